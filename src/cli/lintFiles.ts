import { availableParallelism } from 'node:os';
import type { LintOptions } from '../core';
import { LintPool, type FileSettings, type PoolRun, type WorkerResult } from '../pool/pool';
import { processFile } from '../pool/processFile';
import type { SchemaSet } from '../schema/types';
import type { PlannedFile } from './config';
import type { FormattedFile } from './format';
import type { PostEntry } from '../engine';

export interface RunOptions extends Omit<FileSettings, 'options'> {
  /** The distinct lint options of the run; each file names its set by index. */
  optionSets: LintOptions[];
  /** The front matter schema sets files name by index. */
  schemaSets?: SchemaSet[];
  /** Called with each file's output (and with `index`, its blog index entry), in input order. */
  onFile: (file: FormattedFile, entry?: PostEntry) => void;
  /** Called after each file, with the number done and the bytes read so far. */
  onProgress?: (done: number, total: number, bytes: number) => void;
  /** Threads started early (before the files were found); used when there are enough files, else ended. */
  pool?: LintPool;
  /** Measure where the threads' time goes (FRONTLINT_TIMINGS). */
  timings?: boolean;
}

/** Below this many files, starting threads costs more than it saves. */
export const MIN_FILES_FOR_THREADS = 16;

export const lintThreads = () => availableParallelism();

/**
 * Lints files on the lint threads (one per core), or in-process for a few files; output keeps
 * input order.
 */
export async function lintFiles(files: readonly PlannedFile[], run: RunOptions): Promise<PoolRun | undefined> {
  const threads = Math.min(lintThreads(), files.length);
  const inOrder = orderedDelivery(files.length, run);
  const { onFile: _onFile, onProgress: _onProgress, pool: early, timings, optionSets, schemaSets, ...common } = run;
  // One FileSettings per pair of option set and schema set that files use; the threads get plain
  // data (no translator function).
  const settings: FileSettings[] = [];
  const byPair = new Map<string, number>();
  const settingsOf = files.map(({ options, schema }) => {
    const key = `${options}:${schema ?? ''}`;
    let index = byPair.get(key);
    if (index === undefined) {
      const { t: _t, ...plain } = optionSets[options];
      byPair.set(key, (index = settings.push({ ...common, options: plain, schema: schema === undefined ? undefined : schemaSets?.[schema] }) - 1));
    }
    return index;
  });
  if (files.length < MIN_FILES_FOR_THREADS || threads < 2) {
    early?.cancel();
    for (let i = 0; i < files.length; i++) inOrder(await processFile(files[i].path, i, settings[settingsOf[i]]));
    return undefined;
  }
  const pool = early ?? new LintPool(threads);
  const task = { files: files.map((f) => f.path), settings, settingsOf };
  return pool.run(task, (batch) => batch.forEach(inOrder), { timings });
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
      run.onFile(ready.file, ready.entry);
    }
  };
}
