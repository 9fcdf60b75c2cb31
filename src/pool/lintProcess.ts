import { readdirSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { LintPool } from './pool';
import type { ProcessMessage, ProcessTask } from './protocol';
import { useLintV8Flags } from './v8Flags';

/**
 * The editor's background lint process (dist/lint-process.js, started by `LintProcess`): the CLI's
 * lint threads, in a process of their own at a low priority. Every thread of it yields the cores
 * to the editor (the window, the extension host), V8's compiler and GC helpers included, which as
 * threads of the extension host could not be lowered without lowering the host's own; and it takes
 * the CLI's V8 flags, which the extension host, shared with other extensions, cannot.
 */
useLintV8Flags();
lowerPriority();

// When the extension host goes (closed, crashed), so does this process.
process.on('disconnect', () => process.exit(0));

process.once('message', (message: ProcessTask) => {
  const pool = new LintPool(message.threads);
  const send = (m: ProcessMessage) => process.send!(m);
  // The last message closes the channel once it is out, and with it this process.
  const end = (m: ProcessMessage) => process.send!(m, undefined, undefined, () => process.disconnect());
  pool.run(message.task, (results) => send({ results }), { timings: message.timings }).then(
    (done) => end({ done }),
    (error: unknown) => end({ error: error instanceof Error ? error.message : String(error) }),
  );
});

/**
 * Below normal priority for every thread of this process. On Linux each thread has its own nice
 * value and new threads take their creator's, so the threads that exist (V8's helpers) are
 * lowered one by one, and the lint threads made later from this one follow. Elsewhere the
 * priority is the process's.
 */
function lowerPriority(): void {
  const below = constants.priority.PRIORITY_BELOW_NORMAL;
  try {
    if (process.platform !== 'linux') return setPriority(0, below);
    for (const thread of readdirSync('/proc/self/task')) setPriority(Number(thread), below);
  } catch {
    // Not allowed here: the process runs at the normal priority.
  }
}
