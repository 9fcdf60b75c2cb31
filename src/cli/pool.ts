import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LintOptions } from '../core';
import { formatFile, type Format, type FormattedFile } from './format';
import { lintFile } from './lintFile';

export interface RunOptions {
  options: LintOptions;
  fix: boolean;
  dryRun: boolean;
  format: Format;
  quiet: boolean;
  /** Called with each file's output, in input order. */
  onFile: (file: FormattedFile) => void;
  /** Called after each file, with the number done and the bytes read so far. */
  onProgress?: (done: number, total: number, bytes: number) => void;
}

/** What a worker sends back: small and flat, so it crosses threads cheaply. */
export interface WorkerResult {
  index: number;
  bytes: number;
  file: FormattedFile;
}

/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 16;

/** Lints one file and formats its output: the same work in a worker and in-process. */
export async function processFile(path: string, index: number, run: Pick<RunOptions, 'options' | 'fix' | 'dryRun' | 'format' | 'quiet'>): Promise<WorkerResult> {
  const report = await lintFile(path, run.options, run.fix, run.dryRun).catch((error: unknown) => lintFile.failure(path, error));
  return { index, bytes: report.bytes, file: formatFile(report, run.format, run.quiet) };
}

/** Lints files with one worker thread per core (or in-process for a few files); output keeps input order. */
export async function lintFiles(files: readonly string[], run: RunOptions): Promise<void> {
  const threads = Math.min(availableParallelism(), files.length);
  const inOrder = orderedDelivery(files.length, run);
  if (files.length < MIN_FILES_FOR_WORKERS || threads < 2) {
    for (let i = 0; i < files.length; i++) inOrder(await processFile(files[i], i, run));
    return;
  }
  let next = 0;
  const settings = { options: { ...run.options, t: undefined }, fix: run.fix, dryRun: run.dryRun, format: run.format, quiet: run.quiet };
  await Promise.all(
    Array.from({ length: threads }, () => {
      const worker = new Worker(join(__dirname, 'lint-worker.js'), { workerData: settings });
      return new Promise<void>((resolve, reject) => {
        // Two files in flight per worker, so it never waits for the main thread between files.
        const feed = () => {
          if (next < files.length) {
            worker.postMessage({ path: files[next], index: next });
            next++;
            return true;
          }
          return false;
        };
        let pending = 0;
        for (let k = 0; k < 2; k++) if (feed()) pending++;
        if (pending === 0) void worker.terminate().then(() => resolve());
        worker.on('message', (result: WorkerResult) => {
          inOrder(result);
          pending--;
          if (feed()) pending++;
          if (pending === 0) void worker.terminate().then(() => resolve());
        });
        worker.on('error', reject);
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
      run.onFile(ready.file);
    }
  };
}
