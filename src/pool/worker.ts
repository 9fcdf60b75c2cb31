import { GCProfiler } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { processFile, type PhaseTimes } from './processFile';
import { threadCpuMs } from './threadCpu';
import type { ThreadTimings, WorkerMessage, WorkerResult, WorkerTask } from './protocol';

/**
 * A lint thread (dist/lint-worker.js). It is started before the files are known, loads the engine,
 * then waits for its task; it takes files from the shared counter until none are left and sends
 * their formatted output in batches, flushed when large or when a progress update is due.
 */
const BATCH_CHARS = 256 * 1024;
const BATCH_MS = 100;

const now = () => performance.timeOrigin + performance.now();
const loadedAt = now();

function send(message: WorkerMessage): void {
  // Output held as bytes (for the blog rules) moves to the main thread instead of being copied.
  const bytes = 'results' in message ? message.results.flatMap((r) => (r.file.parts ? [r.file.parts.bytes.buffer as ArrayBuffer] : [])) : [];
  parentPort!.postMessage(message, bytes);
}

async function work(task: WorkerTask): Promise<void> {
  const { files, settings, settingsOf, next } = task;
  const times: (PhaseTimes & { send: number; gc: number }) | undefined = task.timings ? { read: 0, lint: 0, format: 0, send: 0, gc: 0 } : undefined;
  const gcProfiler = times && new GCProfiler();
  gcProfiler?.start();
  const cpuAtStart = threadCpuMs();
  let firstFileAt = 0;
  let count = 0;
  let batch: WorkerResult[] = [];
  let chars = 0;
  let lastFlush = Date.now();
  const flush = () => {
    const sendStart = times ? performance.now() : 0;
    if (batch.length > 0) send({ results: batch });
    if (times) times.send += performance.now() - sendStart;
    batch = [];
    chars = 0;
    lastFlush = Date.now();
  };
  for (let index = Atomics.add(next, 0, 1); index < files.length; index = Atomics.add(next, 0, 1)) {
    firstFileAt ||= now();
    count++;
    const result = await processFile(files[index], index, settings[settingsOf?.[index] ?? 0], times);
    batch.push(result);
    chars += result.file.chunk.length + (result.file.parts?.bytes.length ?? 0) + result.file.diff.length;
    if (chars >= BATCH_CHARS || Date.now() - lastFlush >= BATCH_MS) flush();
  }
  flush();
  if (times) {
    const doneAt = now();
    times.gc = (gcProfiler?.stop()?.statistics ?? []).reduce((sum, gc) => sum + gc.cost / 1000, 0);
    const cpu = threadCpuMs() - cpuAtStart;
    const timings: ThreadTimings = { startedAt: performance.timeOrigin, loadedAt, firstFileAt: firstFileAt || doneAt, doneAt, files: count, cpu, cpuBeforeTask: cpuAtStart, ...times };
    send({ timings });
  }
}

// One task per thread; with no listener left, the thread ends once its last message is delivered.
parentPort!.once('message', (task: WorkerTask) => void work(task));
