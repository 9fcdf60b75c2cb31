import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LintOptions } from '../core';
import { lintFile, type FileReport } from './lintFile';

export interface RunOptions {
  options: LintOptions;
  fix: boolean;
  dryRun: boolean;
  /** Called after each file, with the number done and the bytes read so far. */
  onProgress?: (done: number, total: number, bytes: number) => void;
}

/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 16;

/** Lints files with one worker thread per core (or in-process for a few files); reports keep input order. */
export async function lintFiles(files: readonly string[], run: RunOptions): Promise<FileReport[]> {
  const threads = Math.min(availableParallelism(), files.length);
  if (files.length < MIN_FILES_FOR_WORKERS || threads < 2) return lintInProcess(files, run);
  const reports = new Array<FileReport>(files.length);
  let next = 0;
  let done = 0;
  let bytes = 0;
  const workerFile = join(__dirname, 'lint-worker.js');
  await Promise.all(
    Array.from({ length: threads }, () => {
      const worker = new Worker(workerFile, { workerData: { options: { ...run.options, t: undefined }, fix: run.fix, dryRun: run.dryRun } });
      return new Promise<void>((resolve, reject) => {
        let current = -1;
        const feed = () => {
          if (next >= files.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          current = next++;
          worker.postMessage(files[current]);
        };
        worker.on('message', (report: FileReport) => {
          reports[current] = report;
          bytes += report.bytes;
          run.onProgress?.(++done, files.length, bytes);
          feed();
        });
        worker.on('error', reject);
        feed();
      });
    }),
  );
  return reports;
}

async function lintInProcess(files: readonly string[], run: RunOptions): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  let bytes = 0;
  for (const file of files) {
    const report = await lintFile(file, run.options, run.fix, run.dryRun);
    reports.push(report);
    bytes += report.bytes;
    run.onProgress?.(reports.length, files.length, bytes);
  }
  return reports;
}
