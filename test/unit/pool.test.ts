import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { decodeUtf8 } from '../../src/cli/fileIO';
import { LintPool, type FileSettings, type Pool, type WorkerResult } from '../../src/pool/pool';
import { LintProcess } from '../../src/pool/processPool';
import { processFile } from '../../src/pool/processFile';
import { ROOT, SEED_000, SEED_003, scratchDir } from './helpers';

const WORKER = join(ROOT, 'dist', 'lint-worker.js');
const PROCESS = join(ROOT, 'dist', 'lint-process.js');

/** The CLI's threads in this process, and the same threads in the editor's background process: one contract. */
const POOLS: Array<[string, (threads: number) => Pool]> = [
  ['lint threads (src/pool)', (threads) => new LintPool(threads, WORKER)],
  ['the background lint process (src/pool/processPool.ts)', (threads) => new LintProcess(threads, PROCESS)],
];
const settings = (extra: Partial<FileSettings> = {}): FileSettings => ({ options: {}, fix: false, dryRun: false, format: 'json', quiet: false, base: '', ...extra });
const findingsOf = (r: WorkerResult) => (JSON.parse(r.file.chunk) as { findings: Array<{ rule: string; message: string }> }).findings;

for (const [name, makePool] of POOLS) describe(name, () => {
  let dir: string;
  let files: string[];
  before(() => {
    dir = scratchDir('pool');
    files = Array.from({ length: 40 }, (_, i) => {
      const path = join(dir, `post-${String(i).padStart(2, '0')}.md`);
      copyFileSync(i % 2 ? SEED_000 : SEED_003, path);
      return path;
    });
  });

  it('gives each file the result the same work gives in-process, with the settings of its folder', async () => {
    const all = [settings(), settings({ options: { rules: { 'end-marker': 'off' } } })];
    const settingsOf = files.map((_, i) => (i < 20 ? 0 : 1));
    const results: WorkerResult[] = [];
    const run = await makePool(2).run({ files, settings: all, settingsOf }, (batch) => results.push(...batch), { timings: true });
    assert.equal(run.cancelled, false);
    assert.deepEqual(results.map((r) => r.index).sort((a, b) => a - b), files.map((_, i) => i), 'every file once');
    for (const result of results) {
      const expected = await processFile(files[result.index], result.index, all[settingsOf[result.index]]);
      assert.deepEqual(result.file, expected.file);
    }
    const markers = (i: number) => findingsOf(results.find((r) => r.index === i)!).filter((f) => f.rule === 'end-marker').length;
    assert.ok(markers(1) > 0 && markers(21) === 0, 'the second folder has end-marker off');
    assert.equal(run.timings.length, 2, 'one timing report per thread');
    assert.equal(run.timings.reduce((n, t) => n + t.files, 0), files.length);
    assert.ok(run.timings.every((t) => t.lint > 0 && t.loadedAt <= t.firstFileAt && t.firstFileAt <= t.doneAt));
  });

  it('translates messages with the bundle it is given, and skips files over maxBytes', async () => {
    const big = join(dir, 'big.md');
    writeFileSync(big, 'x'.repeat(200_000));
    const bundle = { 'AI generation marker "---END---": the model stopped here. Readers would see this line.': 'AI 生成のマーカー「---END---」' };
    const results: WorkerResult[] = [];
    await makePool(2).run({ files: [files[1], big], settings: [settings({ messages: bundle, maxBytes: 100_000 })] }, (batch) => results.push(...batch));
    const seed = results.find((r) => r.index === 0)!;
    assert.ok(findingsOf(seed).some((f) => f.message === 'AI 生成のマーカー「---END---」'));
    const skipped = JSON.parse(results.find((r) => r.index === 1)!.file.chunk);
    assert.equal(skipped.tooLarge, true);
    assert.deepEqual(skipped.findings, []);
  });

  it('stops on cancel: the run resolves as cancelled, before every file is done', async () => {
    const many = Array.from({ length: 400 }, (_, i) => files[i % files.length]);
    const pool = makePool(2);
    let seen = 0;
    const run = await pool.run({ files: many, settings: [settings()] }, (batch) => {
      seen += batch.length;
      pool.cancel();
    });
    assert.equal(run.cancelled, true);
    assert.ok(seen < many.length, `${seen} of ${many.length} files done`);
  });

  it('ends the threads of a pool cancelled before it runs (the test process would not exit otherwise)', async () => {
    const pool = makePool(2);
    pool.cancel();
    pool.cancel(); // twice is fine
    const results: WorkerResult[] = [];
    const run = await pool.run({ files, settings: [settings()] }, (batch) => results.push(...batch));
    assert.deepEqual([run.cancelled, results.length], [true, 0]);
    assert.throws(() => pool.run({ files, settings: [settings()] }, () => {}), /runs one task/);
  });

});

describe('the background lint process', () => {
  it('runs every thread below normal priority (Linux: each thread has its own), the lint threads included, and ends after its run', { skip: process.platform !== 'linux' }, async () => {
    const dir = scratchDir('process');
    const post = join(dir, 'post.md');
    copyFileSync(SEED_000, post);
    const pool = new LintProcess(2, PROCESS);
    const threadsOf = (pid: number) => readdirSync(`/proc/${pid}/task`);
    const niceOf = (pid: number, task: string) => {
      const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    };
    // Started and idle: its main thread and V8's helpers, no lint thread yet.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = threadsOf(pool.pid!).length;
    let during: number[] | undefined;
    let problem: unknown;
    const run = await pool.run({ files: Array(2000).fill(post), settings: [settings()] }, () => {
      // The first batch: both lint threads still have most of the 2,000 posts before them.
      if (during || problem) return;
      try {
        during = threadsOf(pool.pid!).map((task) => niceOf(pool.pid!, task));
      } catch (error) {
        problem = error;
      }
      pool.cancel();
    });
    assert.equal(problem, undefined);
    assert.equal(run.cancelled, true);
    assert.ok(during && during.length >= before + 2, `${before} threads before the run, ${during?.length} during it`);
    assert.deepEqual([...new Set(during)], [constants.priority.PRIORITY_BELOW_NORMAL]);
    await waitUntil(() => !existsSync(`/proc/${pool.pid}`), 'the process to end');
  });

  it('says why when the process fails', async () => {
    const pool = new LintProcess(1, join(ROOT, 'test', 'fixtures', 'no-such-script.js'));
    await assert.rejects(pool.run({ files: [SEED_000], settings: [settings()] }, () => {}), { message: /^lint process exited \(code 1\): Error: Cannot find module '.*no-such-script\.js'$/ });
  });
});

describe('reading posts (src/cli/fileIO.ts)', () => {
  it('decodes UTF-8 natively exactly as Buffer#toString does', () => {
    for (const text of ['', 'abc', '\uFEFF😀𠮷a\u0301 \u3000テスト\n', 'é'.repeat(10_000)]) assert.equal(decodeUtf8(Buffer.from(text)), text);
  });
});

async function waitUntil(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(done(), `waited 5 s for ${what}`);
}
