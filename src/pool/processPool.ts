import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { PoolRun } from './pool';
import type { PoolTask, ProcessMessage, ProcessTask, WorkerResult } from './protocol';

/**
 * The CLI's lint threads in a background process of their own (src/pool/lintProcess.ts), for the
 * editor's workspace scan: the same `run` and `cancel` as `LintPool`. The process starts when
 * this is made, so it loads while the caller is still finding files; it ends after its one run,
 * on `cancel()`, or with the extension host.
 *
 * Pure Node.js, like LintPool: the extension bundles it cheaply.
 */
export class LintProcess {
  private readonly child: ChildProcess;
  private used = false;
  private cancelled = false;
  private finished = false;
  private stderr = '';

  constructor(
    readonly threads: number,
    script = join(__dirname, 'lint-process.js'),
  ) {
    this.child = fork(script, [], {
      // Not the extension host's flags (an inspector port would clash); V8's own come from the script.
      execArgv: [],
      // In VS Code's desktop extension host `process.execPath` is Electron; this makes it Node.js.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    // Kept for the message of a failed run; errors and exits are handled by `run`.
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-2000)));
    this.child.on('error', () => {});
  }

  /** The process id (tests read its threads' priority). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Lints `task.files` once; `onResults` gets each batch as it arrives, in no particular order. */
  run(task: PoolTask, onResults: (batch: WorkerResult[]) => void, options: { timings?: boolean } = {}): Promise<PoolRun> {
    if (this.used) throw new Error('a LintProcess runs one task');
    this.used = true;
    if (this.cancelled) return Promise.resolve({ cancelled: true, timings: [] });
    return new Promise<PoolRun>((resolve, reject) => {
      this.child.on('message', (message: ProcessMessage) => {
        if ('results' in message) {
          if (!this.cancelled) onResults(message.results);
        } else if ('done' in message) {
          this.finished = true;
          resolve({ cancelled: this.cancelled || message.done.cancelled, timings: message.done.timings });
        } else {
          this.finished = true;
          reject(new Error(`lint process: ${message.error}`));
        }
      });
      this.child.on('error', (error) => {
        this.cancel();
        reject(error);
      });
      // 'close', not 'exit': it comes after the IPC channel has closed, so every message sent before the end has been handled.
      this.child.on('close', (code, signal) => {
        if (this.finished) return;
        if (this.cancelled) resolve({ cancelled: true, timings: [] });
        else reject(new Error(`lint process exited (${signal ?? `code ${code}`})${this.stderr ? `: ${this.stderr.trim()}` : ''}`));
      });
      const message: ProcessTask = { threads: this.threads, task, timings: options.timings === true };
      this.child.send(message);
    });
  }

  /**
   * Stops the process now; a run in progress resolves with `cancelled: true` (unless it had
   * finished). Also ends the process of a pool that was never run. Safe to call twice.
   */
  cancel(): void {
    if (!this.finished) this.cancelled = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
}
