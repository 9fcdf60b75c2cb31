import { parentPort, workerData } from 'node:worker_threads';
import { processFile, type WorkerData, type WorkerResult } from './pool';

/**
 * A lint thread: takes files from the shared counter until none are left, and sends their
 * formatted output in batches, flushed when large or when the progress display is due.
 */
const BATCH_CHARS = 256 * 1024;
const BATCH_MS = 100;

const { settings, files, next } = workerData as WorkerData;

async function work(): Promise<void> {
  let batch: WorkerResult[] = [];
  let chars = 0;
  let lastFlush = Date.now();
  const flush = () => {
    if (batch.length > 0) parentPort!.postMessage(batch);
    batch = [];
    chars = 0;
    lastFlush = Date.now();
  };
  for (let index = Atomics.add(next, 0, 1); index < files.length; index = Atomics.add(next, 0, 1)) {
    const result = await processFile(files[index], index, settings);
    batch.push(result);
    chars += result.file.chunk.length + result.file.diff.length;
    if (chars >= BATCH_CHARS || Date.now() - lastFlush >= BATCH_MS) flush();
  }
  flush();
}

// Returning ends the thread: its message port closes once the last batch is delivered.
void work();
