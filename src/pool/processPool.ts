import { fork, type ChildProcess, type ForkOptions } from 'node:child_process';
import { join } from 'node:path';
import type { Pool, PoolRun } from './pool';
import type { PoolTask, ProcessMessage, ProcessTask, WorkerResult } from './protocol';

/**
 * The CLI's lint threads in a background process of their own (src/pool/lintProcess.ts), for the
 * editor's workspace scan: the same `run` and `cancel` as `LintPool`. The process starts when
 * this is made, so it loads while the caller is still finding files; it ends after its one run,
 * on `cancel()`, or with the extension host.
 *
 * Pure Node.js, like LintPool: the extension bundles it cheaply.
 */
export class LintProcess implements Pool {
  private readonly child: ChildProcess;
  /** Settles when the process has ended and its channel is closed ('close'), or could not start ('error'). */
  private readonly ended: Promise<{ code: number | null; signal: string | null; error?: Error }>;
  private used = false;
  private cancelled = false;
  private finished = false;
  private stderr = '';

  constructor(
    readonly threads: number,
    script = join(__dirname, 'lint-process.js'),
  ) {
    const options: ForkOptions & { windowsHide: boolean } = {
      // Not the extension host's flags (an inspector port would clash); V8's own come from the script.
      execArgv: [],
      // In VS Code's desktop extension host `process.execPath` is Electron; this makes it Node.js.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      // No console window for a console-program node.exe (passed on to spawn; not in fork's typings).
      windowsHide: true,
    };
    this.child = fork(script, [], options);
    // Kept for the message of a failed run.
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-2000)));
    // Listened to from the start: the process may fail long before `run` (while the caller finds files).
    // 'close', not 'exit': it comes after the IPC channel has closed, so every message sent before the end has been handled.
    this.ended = new Promise((resolve) => {
      this.child.once('error', (error) => resolve({ code: null, signal: null, error }));
      this.child.once('close', (code, signal) => resolve({ code, signal }));
    });
  }

  /** The process id (tests read its threads' priority). */
  get pid(): number | undefined {
    return this.child.pid;
  }

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
      void this.ended.then(({ code, signal, error }) => {
        if (this.finished) return;
        this.finished = true;
        if (this.cancelled) resolve({ cancelled: true, timings: [] });
        else reject(new Error(`lint process ${error ? `failed: ${error.message}` : `exited (${signal ?? `code ${code}`})`}${this.stderr ? `: ${errorLine(this.stderr)}` : ''}`));
      });
      const message: ProcessTask = { threads: this.threads, task, timings: options.timings === true };
      // A process that has already ended has no channel: `ended` says why, as it does for a failed send.
      if (this.child.connected) this.child.send(message, () => undefined);
    });
  }

  cancel(): void {
    if (!this.finished) this.cancelled = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
}

/** The line of a process's stderr that says what went wrong (`Error: Cannot find module …`), not its stack. */
function errorLine(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => /^[A-Za-z]*Error\b/.test(line)) ?? lines[lines.length - 1] ?? '';
}
