import type { LintOptions } from '../core';
import type { PostEntry } from '../site/postEntry';
import type { SchemaSet } from '../schema/types';
import type { Format, FormattedFile } from '../cli/format';

/**
 * What linting one file needs, as it crosses to a lint thread: plain data only (no functions), so
 * the translation function of the editor travels as its message bundle.
 */
export interface FileSettings {
  options: Omit<LintOptions, 't'>;
  fix: boolean;
  dryRun: boolean;
  format: Format;
  quiet: boolean;
  /** The folder that SARIF and GitHub paths are relative to (the CLI's working directory). */
  base: string;
  /** Translated message templates (English template → translation); English without. */
  messages?: Record<string, string>;
  /** Files larger than this are not linted (the editor's frontlint.maxFileSize). */
  maxBytes?: number;
  /** The blog's front matter schemas for these files (plain data: it crosses to the threads). */
  schema?: SchemaSet;
  /**
   * Also read each post into a blog index entry, from the same parse as its lint. The output then
   * comes back in parts: the blog rules, which wait for every post, add their findings among them.
   */
  index?: boolean;
  /** Only read each post into its blog index entry, without linting it (the editor's blog index). */
  indexOnly?: boolean;
}

/** One run handed to the lint threads: the files, and which settings apply to each. */
export interface PoolTask {
  files: readonly string[];
  settings: readonly FileSettings[];
  /** Index into `settings` per file; all files use settings[0] without it. */
  settingsOf?: readonly number[];
}

/** What a thread is sent to start: the task, and a shared counter from which it takes the next file. */
export interface WorkerTask extends PoolTask {
  /** One Int32 on a SharedArrayBuffer: the index of the next file nobody has taken. */
  next: Int32Array;
  /** Whether to measure where each thread's time goes (FRONTLINT_TIMINGS). */
  timings: boolean;
}

/** What a thread sends back per file: small and flat, so it crosses threads cheaply. */
export interface WorkerResult {
  index: number;
  bytes: number;
  file: FormattedFile;
  /** With `index`: the post's blog index entry. */
  entry?: PostEntry;
}

/** Where one lint thread's time went, in ms (absolute times are ms since the epoch). */
export interface ThreadTimings {
  /** When the thread started, when its code was loaded, when it took its first file and finished. */
  startedAt: number;
  loadedAt: number;
  firstFileAt: number;
  doneAt: number;
  read: number;
  lint: number;
  format: number;
  send: number;
  gc: number;
  /** CPU ms of the thread while linting, and before (loading the engine); NaN off Linux. */
  cpu: number;
  cpuBeforeTask: number;
  files: number;
}

/** Messages from a thread: a batch of results, or its timings just before it ends. */
export type WorkerMessage = { results: WorkerResult[] } | { timings: ThreadTimings };

/** What the lint process is sent to start (src/pool/lintProcess.ts). */
export interface ProcessTask {
  threads: number;
  task: PoolTask;
  timings: boolean;
}

/** Messages from the lint process: a batch of results, the end of the run, or why it failed. */
export type ProcessMessage = { results: WorkerResult[] } | { done: { cancelled: boolean; timings: ThreadTimings[] } } | { error: string };
