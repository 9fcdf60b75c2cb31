import { parentPort, workerData } from 'node:worker_threads';
import { processFile, type RunOptions } from './pool';

/** A lint worker: lints and formats the files the pool sends, one message each way per file. */
const settings = workerData as Pick<RunOptions, 'options' | 'fix' | 'dryRun' | 'format' | 'quiet'>;
parentPort!.on('message', async ({ path, index }: { path: string; index: number }) => {
  parentPort!.postMessage(await processFile(path, index, settings));
});
