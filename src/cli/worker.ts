import { parentPort, workerData } from 'node:worker_threads';
import type { LintOptions } from '../core';
import { lintFile } from './lintFile';

/** A lint worker: takes one file at a time from the pool, answers with its report. */
const { options, fix, dryRun } = workerData as { options: LintOptions; fix: boolean; dryRun: boolean };
parentPort!.on('message', async (file: string) => {
  const report = await lintFile(file, options, fix, dryRun).catch((error: unknown) => lintFile.failure(file, error));
  parentPort!.postMessage(report);
});
