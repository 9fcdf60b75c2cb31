import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { LintPool, type FileSettings, type ThreadTimings } from '../pool/pool';
import type { Generator, PostEntry } from '../site';

/** Below this many posts, starting threads (each loads the engine) costs more than it saves. */
const MIN_POSTS_FOR_THREADS = 64;
/**
 * Posts per thread. Each thread is a fresh V8 that warms up on its first few hundred posts, and
 * reading a post into its entry is quick: on 2,500 posts (103 MB) one thread took as long as two
 * (985–1,064 against 994–1,339 ms in a real extension host, alternated at load 3–4; rechecked
 * later: 1,143–1,321 against 1,451–1,512 ms) for half the CPU, which leaves a core to the editor.
 * Two pay off from about twice that.
 */
const POSTS_PER_THREAD = 2500;

/**
 * Lint threads for indexing `posts` posts of `folder`, started now: they load the engine while the
 * caller does other work (stamps the posts for the cache). None for a folder not on disk, or too
 * few posts to pay for them.
 */
export function startIndexThreads(folder: vscode.Uri, posts: number): LintPool | undefined {
  if (folder.scheme !== 'file' || posts < MIN_POSTS_FOR_THREADS) return undefined;
  const threads = Math.max(1, Math.min(availableParallelism(), Math.floor(posts / POSTS_PER_THREAD)));
  return new LintPool(threads, join(__dirname, 'lint-worker.js'));
}

/**
 * Reads a blog's posts on disk into index entries on lint threads (the CLI's, which Scan
 * Workspace Posts uses too), off the extension host's thread: `started`'s, if given (see
 * startIndexThreads, made for these `paths`). `paths` are URI paths under `folder`, a `file:`
 * folder. A post a thread could not read has no entry; the index reads those itself.
 */
export async function entriesOnThreads(
  folder: vscode.Uri,
  paths: readonly string[],
  maxBytes: number,
  generator: Generator,
  started?: LintPool,
): Promise<{ entries: Map<string, PostEntry>; timings: ThreadTimings[] }> {
  const entries = new Map<string, PostEntry>();
  const pool = started ?? startIndexThreads(folder, paths.length);
  if (!pool) return { entries, timings: [] };
  // The generator decides how a post is read (Hexo's front matter may have no opening fence).
  const settings: FileSettings = { options: { generator }, fix: false, dryRun: false, format: 'json', quiet: false, base: '', maxBytes, indexOnly: true };
  const files = paths.map((path) => folder.with({ path }).fsPath);
  try {
    const run = await pool.run(
      { files, settings: [settings] },
      (batch) => {
        for (const { index, entry } of batch) if (entry) entries.set(paths[index], { ...entry, path: paths[index] });
      },
      // Cheap (a few clock reads per post), and the build's figures say where its time went.
      { timings: true },
    );
    return { entries, timings: run.timings };
  } catch {
    pool.cancel(); // a thread failed: the index reads the posts it has no entry for
    return { entries, timings: [] };
  }
}
