import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PoolTask, ThreadTimings, WorkerMessage, WorkerResult, WorkerTask } from './protocol';

export type { FileSettings, PoolTask, ThreadTimings, WorkerResult } from './protocol';

/**
 * A lint thread's young generation, in MB (V8's default is about three times this). What a post's
 * lint allocates is garbage once the post is done, so a smaller one keeps each thread's memory
 * low: the CLI's peak RSS on 2,500 posts fell by 20–40 MB, with no CPU time to see (README).
 */
const YOUNG_GENERATION_MB = 16;

export interface PoolRun {
  /** True when `cancel()` stopped the run before every file was done. */
  cancelled: boolean;
  /** Where each thread's time went, when asked for. */
  timings: ThreadTimings[];
}

/** Lint threads that run one task: `LintPool` here, `LintProcess` in a background process. */
export interface Pool {
  /** Lints `task.files` once; `onResults` gets each batch as it arrives, in no particular order. */
  run(task: PoolTask, onResults: (batch: WorkerResult[]) => void, options?: { timings?: boolean }): Promise<PoolRun>;
  /**
   * Stops every thread (and the process that holds them) now; a run in progress resolves with
   * `cancelled: true` (unless it had finished). Also ends a pool that was never run. Safe to call twice.
   */
  cancel(): void;
}

/**
 * Lint threads shared by the CLI, the editor's blog index and (in a process of its own,
 * `LintProcess`) the editor's workspace scan. The threads start when the pool
 * is made, so they load the engine while the caller is still finding files; `run` then hands them
 * the files, which they take one at a time from a shared counter (a large post on one thread does
 * not hold up the others). Results come back in batches: a message per file would wake the main
 * thread thousands of times, and on two cores every wake-up preempts a lint thread.
 *
 * Pure Node.js: no engine here (the threads load it), so the extension can bundle this cheaply.
 */
export class LintPool implements Pool {
  private readonly workers: Worker[];
  private used = false;
  private cancelled = false;
  private running = 0;

  constructor(
    readonly threads: number,
    script = join(__dirname, 'lint-worker.js'),
  ) {
    this.workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  }

  run(task: PoolTask, onResults: (batch: WorkerResult[]) => void, options: { timings?: boolean } = {}): Promise<PoolRun> {
    if (this.used) throw new Error('a LintPool runs one task');
    this.used = true;
    if (this.cancelled) return Promise.resolve({ cancelled: true, timings: [] });
    const message: WorkerTask = { ...task, next: new Int32Array(new SharedArrayBuffer(4)), timings: options.timings === true };
    const timings: ThreadTimings[] = [];
    return Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.on('message', (m: WorkerMessage) => ('results' in m ? onResults(m.results) : timings.push(m.timings)));
            worker.on('error', reject);
            this.running++;
            worker.on('exit', (code) => {
              this.running--;
              if (code === 0 || this.cancelled) resolve();
              else reject(new Error(`lint thread exited with code ${code}`));
            });
            worker.postMessage(message);
          }),
      ),
    ).then(
      () => ({ cancelled: this.cancelled, timings }),
      (error: unknown) => {
        this.cancel(); // no thread is left waiting or working
        throw error;
      },
    );
  }

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = this.running > 0 || !this.used;
    for (const worker of this.workers) void worker.terminate();
  }
}
