import assert from 'node:assert/strict';
import { cpSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { nodeFileSystem } from '../../src/fs/nodeFileSystem';
import {
  BlogIndex,
  checkBlog,
  detectSite,
  entryCacheHeader,
  entryCacheLine,
  isEntryCacheFor,
  isTrustworthyStamp,
  readEntry,
  readEntryCacheLines,
  stampFiles,
  unchangedEntries,
  type CachedEntry,
  type FileStamp,
  type PostEntry,
} from '../../src/site';
import { FIXTURES, scratchDir } from './helpers';
import { memoryFs } from './memoryFs';

/** Builds the index of the site at `root` as the editor does: cached entries first, the rest read. */
async function buildWithCache(root: string, cacheLines: readonly string[] | undefined, key: string) {
  const site = await detectSite(nodeFileSystem, root);
  const { index, posts, fill } = await BlogIndex.walkSite(nodeFileSystem, site);
  const stamps = await stampFiles(nodeFileSystem, posts);
  const cached = new Map<string, CachedEntry>();
  if (cacheLines && isEntryCacheFor(cacheLines[0], key)) readEntryCacheLines(cacheLines.slice(1), cached);
  const unchanged = unchangedEntries(cached, stamps);
  await fill(new Map(unchanged));
  const lines = [entryCacheHeader(key), ...index.entriesOnDisk().map((entry) => entryCacheLine(entry, stamps.get(entry.path)!))];
  const findings = [...checkBlog(index)].flatMap(([path, list]) => list.map((f) => `${index.relative(path)}:${f.range.start.line + 1} ${f.rule} ${f.message}`));
  return { index, lines, reused: unchanged.size, findings };
}

describe('blog index entry cache', () => {
  it('gives the index of a cached blog the findings of one read from its files, reading only the posts that changed', async () => {
    const root = scratchDir('cache');
    try {
      cpSync(join(FIXTURES, 'sites', 'jekyll'), root, { recursive: true });
      const first = await buildWithCache(root, undefined, 'k');
      assert.ok(first.index.size >= 3 && first.reused === 0);
      const second = await buildWithCache(root, first.lines, 'k');
      assert.equal(second.reused, first.index.size);
      assert.deepEqual(second.findings, first.findings);
      assert.ok(first.findings.length > 0, 'the fixture blog has blog findings to compare');

      // A post edited since (a title another post has): read again, and its finding is there.
      const posts = second.index.entriesOnDisk().map((entry) => entry.path).sort();
      const [edited, other] = posts;
      const otherTitle = second.index.entriesOnDisk().find((entry) => entry.path === other)!.title!;
      writeFileSync(edited, `---\ntitle: ${JSON.stringify(otherTitle)}\n---\n\nNew text.\n`);
      utimesSync(edited, new Date(), new Date(Date.now() + 5000));
      const third = await buildWithCache(root, second.lines, 'k');
      assert.equal(third.reused, first.index.size - 1);
      const fresh = await buildWithCache(root, undefined, 'k');
      assert.deepEqual(third.findings, fresh.findings);
      assert.ok(third.findings.some((f) => f.includes('duplicate-title')), third.findings.join('\n'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('works out URLs anew from the site config: a changed permalink pattern needs no new cache', async () => {
    const root = scratchDir('cache');
    try {
      cpSync(join(FIXTURES, 'sites', 'jekyll'), root, { recursive: true });
      const first = await buildWithCache(root, undefined, 'k');
      writeFileSync(join(root, '_config.yml'), 'permalink: /:title/\n');
      const cached = await buildWithCache(root, first.lines, 'k');
      const fresh = await buildWithCache(root, undefined, 'k');
      assert.equal(cached.reused, first.index.size);
      assert.deepEqual(cached.findings, fresh.findings);
      assert.deepEqual(
        cached.index.entriesOnDisk().map((entry) => entry.permalink),
        fresh.index.entriesOnDisk().map((entry) => entry.permalink),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("trusts no entry of another build's or generator's cache, of another format, or of no cache at all", () => {
    const line = entryCacheLine({ path: '/s/a.md', links: [] } as unknown as PostEntry, { size: 1, mtime: 2 });
    assert.equal(isEntryCacheFor(entryCacheHeader('0.1.0:1|jekyll'), '0.1.0:1|jekyll'), true);
    for (const header of [entryCacheHeader('0.1.0:1|hugo'), JSON.stringify({ format: 0, key: '0.1.0:1|jekyll' }), 'not json', '', undefined, line]) {
      assert.equal(isEntryCacheFor(header, '0.1.0:1|jekyll'), false, String(header));
    }
  });

  it('skips lines that are not a post (a file cut off while written, or edited by hand), so that the blog rules never read half an entry', () => {
    const entry = readEntry('/s/a.md', 'a.md', '---\ntitle: A\n---\n\nText.\n');
    const good = entryCacheLine(entry, { size: 10, mtime: 1.5 });
    const partial = (drop: keyof PostEntry) => entryCacheLine({ ...entry, path: `/s/no-${drop}.md`, [drop]: undefined }, { size: 10, mtime: 1.5 });
    const cached = new Map<string, CachedEntry>();
    readEntryCacheLines([good, good.slice(0, -9), '[1, 2]', '{"path": "/s/b.md"}', '[1, "2", {"path": "/s/c.md", "links": []}]', '[1, 2, {"path": "/s/d.md", "links": []}]', partial('titleTermKeys'), partial('anchorSources'), partial('translated'), '', 'null'], cached);
    assert.deepEqual([...cached.keys()], ['/s/a.md']);
    assert.deepEqual(cached.get('/s/a.md')!.stamp, { size: 10, mtime: 1.5 });
  });

  it('trusts a stamp only with a time, and a file not written in the 2 s before it was stamped (a coarse clock could keep its time through another write)', () => {
    const now = 1_700_000_000_000;
    assert.equal(isTrustworthyStamp({ size: 5, mtime: now - 60_000 }, now), true);
    assert.equal(isTrustworthyStamp({ size: 5, mtime: 0 }, now), false, 'a virtual file system with no times');
    assert.equal(isTrustworthyStamp({ size: 5, mtime: now - 1000 }, now), false);
    assert.equal(isTrustworthyStamp({ size: 5, mtime: now + 5000 }, now), false, 'a time ahead of the clock');
  });

  it('reuses an entry only while its file has the same size and modification time', async () => {
    const entry = (path: string) => ({ path }) as unknown as PostEntry;
    const cached = new Map<string, CachedEntry>([
      ['/s/same.md', { stamp: { size: 5, mtime: 100.25 }, entry: entry('/s/same.md') }],
      ['/s/touched.md', { stamp: { size: 5, mtime: 100 }, entry: entry('/s/touched.md') }],
      ['/s/grown.md', { stamp: { size: 5, mtime: 100 }, entry: entry('/s/grown.md') }],
      ['/s/deleted.md', { stamp: { size: 5, mtime: 100 }, entry: entry('/s/deleted.md') }],
    ]);
    const stamps = new Map<string, FileStamp>([
      ['/s/same.md', { size: 5, mtime: 100.25 }],
      ['/s/touched.md', { size: 5, mtime: 101 }],
      ['/s/grown.md', { size: 6, mtime: 100 }],
      ['/s/new.md', { size: 5, mtime: 100 }],
    ]);
    assert.deepEqual([...unchangedEntries(cached, stamps).keys()], ['/s/same.md']);
    // A size limit lowered since (frontlint.maxFileSize): a post above it is left to the index, which skips it.
    assert.deepEqual([...unchangedEntries(cached, stamps, 4).keys()], []);
    assert.deepEqual([...unchangedEntries(cached, stamps, 5).keys()], ['/s/same.md']);
    // Stamps are files' only: a folder or a missing path has none.
    const fs = memoryFs({ '/s/a.md': 'abc', '/s/sub/b.md': 'de' });
    assert.deepEqual([...(await stampFiles(fs, ['/s/a.md', '/s/sub', '/s/missing.md', '/s/sub/b.md'])).entries()], [
      ['/s/a.md', { size: 3, mtime: 0 }],
      ['/s/sub/b.md', { size: 2, mtime: 0 }],
    ]);
  });
});
