import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { setContentCaching, type LintOptions, type LintResult } from '../core';
import { entryFromPost, type PostEntry } from '../site/postEntry';
import { toFsPath, type PlannedFile } from './config';
import { formatFile, type Format, type FormattedFile } from './format';
import { lintFile } from './lintFile';

export interface RunOptions {
  /** The distinct lint options of the run; each file names its set by index. */
  optionSets: LintOptions[];
  fix: boolean;
  dryRun: boolean;
  format: Format;
  quiet: boolean;
  /** The folder that SARIF and GitHub paths are relative to (the working directory). */
  base: string;
  /** Also read each post into a blog index entry (from the same parse as its lint). */
  index?: boolean;
  /** Called with each file's output (and index entry, with `index`), in input order. */
  onFile: (file: FormattedFile, entry?: PostEntry) => void;
  /** Called after each file, with the number done and the bytes read so far. */
  onProgress?: (done: number, total: number, bytes: number) => void;
}

/** What a worker sends back: small and flat, so it crosses threads cheaply. */
export interface WorkerResult {
  index: number;
  bytes: number;
  file: FormattedFile;
  entry?: PostEntry;
}

/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 16;

/** What linting and formatting one file needs of the run's options (and a lint thread is given). */
type FileSettings = Pick<RunOptions, 'optionSets' | 'fix' | 'dryRun' | 'format' | 'quiet' | 'base' | 'index'>;

/** Lints one file and formats its output: the same work in a worker and in-process. */
export async function processFile({ path, options }: PlannedFile, index: number, run: FileSettings): Promise<WorkerResult> {
  // Each post is linted once, so block caches would only cost; fixing re-lints between passes and keeps them.
  setContentCaching(run.fix);
  let entry: PostEntry | undefined;
  const onLinted = run.index ? (result: LintResult) => (entry = entryFromPost(toFsPath(path), '', result.post, run.optionSets[options].mdx === true)) : undefined;
  const report = await lintFile(path, run.optionSets[options], run.fix, run.dryRun, onLinted).catch((error: unknown) => lintFile.failure(path, error));
  return { index, bytes: report.bytes, file: formatFile(report, run.format, run.quiet, run.base), entry };
}

/** What a worker is given: the whole list, and a shared counter from which it takes the next file. */
export interface WorkerData {
  settings: FileSettings;
  files: readonly PlannedFile[];
  /** One Int32 on a SharedArrayBuffer: the index of the next file nobody has taken. */
  next: Int32Array;
}

/**
 * Lints files with one worker thread per core (or in-process for a few files); output keeps input
 * order. Workers take files from a shared counter and send results in batches: a message per file
 * would wake the main thread thousands of times, and on two cores every wake-up preempts a worker.
 */
export async function lintFiles(files: readonly PlannedFile[], run: RunOptions): Promise<void> {
  const threads = Math.min(availableParallelism(), files.length);
  const inOrder = orderedDelivery(files.length, run);
  if (files.length < MIN_FILES_FOR_WORKERS || threads < 2) {
    for (let i = 0; i < files.length; i++) inOrder(await processFile(files[i], i, run));
    return;
  }
  const data: WorkerData = {
    settings: { optionSets: run.optionSets.map((options) => ({ ...options, t: undefined })), fix: run.fix, dryRun: run.dryRun, format: run.format, quiet: run.quiet, base: run.base, index: run.index },
    files,
    next: new Int32Array(new SharedArrayBuffer(4)),
  };
  await Promise.all(
    Array.from({ length: threads }, () => {
      const worker = new Worker(join(__dirname, 'lint-worker.js'), { workerData: data });
      worker.on('message', (batch: WorkerResult[]) => batch.forEach(inOrder));
      return new Promise<void>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lint thread exited with code ${code}`))));
      });
    }),
  );
}

/** Hands results to `onFile` in input order, holding early ones until their turn. */
function orderedDelivery(total: number, run: RunOptions): (result: WorkerResult) => void {
  const early = new Map<number, WorkerResult>();
  let expected = 0;
  let done = 0;
  let bytes = 0;
  return (result) => {
    done++;
    bytes += result.bytes;
    run.onProgress?.(done, total, bytes);
    early.set(result.index, result);
    for (let ready = early.get(expected); ready; ready = early.get(expected)) {
      early.delete(expected++);
      run.onFile(ready.file, ready.entry);
    }
  };
}
