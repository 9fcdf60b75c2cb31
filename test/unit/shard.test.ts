import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseShard, selectShard, shardOf } from '../../src/cli/shard';
import { ROOT, scratchDir } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');

describe('--shard i/n', () => {
  it('parses i/n, 1-based, and rejects anything else', () => {
    assert.deepEqual(parseShard('1/3'), { index: 1, count: 3 });
    assert.deepEqual(parseShard('3/3'), { index: 3, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', '1', '1/3/4', 'a/b', '-1/3', '1.5/3', '']) assert.ok('error' in parseShard(bad), bad);
  });

  it('puts every file in exactly one shard, for every shard count', () => {
    const base = '/blog';
    const files = Array.from({ length: 500 }, (_, i) => `/blog/_posts/${2020 + (i % 5)}/${String(i).padStart(3, '0')}-投稿.md`);
    for (let count = 1; count <= 9; count++) {
      const shards = Array.from({ length: count }, (_, i) => selectShard(files, { index: i + 1, count }, base, (file) => file));
      const all = shards.flat();
      assert.equal(all.length, files.length, `n=${count}: no file twice`);
      assert.deepEqual([...all].sort(), [...files].sort(), `n=${count}: every file once`);
      // A hash spreads files evenly enough: no shard of 500 files is empty or holds twice its share.
      for (const shard of shards) assert.ok(shard.length > 0 && shard.length < (2 * files.length) / count, `n=${count}: ${shard.length}`);
    }
  });

  it('depends only on the path relative to the base: the same on every machine and checkout', () => {
    assert.equal(shardOf('/home/ci/work/blog/_posts/a.md', '/home/ci/work/blog', 7), shardOf('/Users/me/blog/_posts/a.md', '/Users/me/blog', 7));
    assert.equal(shardOf('_posts/a.md', '/somewhere', 7), shardOf('/somewhere/_posts/a.md', '/somewhere', 7), 'relative and absolute paths agree');
    // Pinned: a change here would move files between CI jobs for every user.
    assert.deepEqual(['_posts/a.md', '_posts/b.md', 'content/post/日本語.md'].map((f) => shardOf(f, '/x', 4)), [2, 3, 1]);
  });

  it('the CLI lints each file in exactly one of the shards, from any working directory', () => {
    const dir = scratchDir('shard');
    mkdirSync(join(dir, 'blog', 'posts'), { recursive: true });
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, 'blog', 'posts', `post-${i}.md`), `---\ntitle: Post ${i}\n---\nText ${i}.\n`);
    const filesOf = (cwd: string, ...args: string[]) => {
      const result = spawnSync(process.execPath, [CLI, '--format', 'json', ...args], { cwd, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      return (JSON.parse(result.stdout) as Array<{ file: string }>).map((r) => r.file);
    };
    const everything = filesOf(join(dir, 'blog'), 'posts');
    assert.equal(everything.length, 40);
    const shards = [1, 2, 3].map((i) => filesOf(join(dir, 'blog'), '--shard', `${i}/3`, 'posts'));
    assert.deepEqual(shards.flat().sort(), [...everything].sort());
    assert.ok(shards.every((s) => s.length > 0));
    // The same split from a clone elsewhere, given the same relative paths.
    const clone = scratchDir('shard-clone');
    mkdirSync(join(clone, 'posts'));
    for (let i = 0; i < 40; i++) writeFileSync(join(clone, 'posts', `post-${i}.md`), `---\ntitle: Post ${i}\n---\nText ${i}.\n`);
    assert.deepEqual(filesOf(clone, '--shard', '2/3', 'posts'), shards[1]);
    assert.equal(spawnSync(process.execPath, [CLI, '--shard', '4/3', 'posts'], { cwd: clone }).status, 2);
  });
});
