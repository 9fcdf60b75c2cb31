import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixAll } from '../../src/core';
import { ROOT, SEED_000, SEED_003, scratchDir } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('frontlint CLI', () => {
  let dir: string;
  before(() => {
    dir = scratchDir('cli');
    mkdirSync(join(dir, 'posts', 'node_modules'), { recursive: true });
    copyFileSync(SEED_000, join(dir, 'posts', 'ai.md'));
    copyFileSync(SEED_003, join(dir, 'posts', 'clean.markdown'));
    copyFileSync(SEED_000, join(dir, 'posts', 'node_modules', 'skipped.md'));
  });

  it('prints path:line:col severity rule message, 1-based, with a summary, and exits 1 on errors', () => {
    const result = run(join(dir, 'posts'));
    assert.equal(result.status, 1);
    const lines = result.stdout.trim().split('\n');
    assert.ok(lines.includes(`${join(dir, 'posts', 'ai.md')}:54:1 error end-marker AI generation marker "---END---": the model stopped here. Readers would see this line.`));
    assert.ok(!result.stdout.includes('skipped.md'), 'node_modules is skipped');
    // Seed 003's title names a person its body never mentions: the blog rule says so, and nothing else does.
    assert.deepEqual(lines.filter((l) => l.includes('clean.markdown:')).map((l) => l.split(' ').slice(1, 3).join(' ')), ['information title-mismatch']);
    assert.match(lines[lines.length - 1], /^\d+ problems \(7 errors, \d+ warnings\) in 2 files; \d+ fixable with --fix$/);
  });

  it('exits 0 when nothing is at error severity', () => {
    assert.equal(run(join(dir, 'posts', 'clean.markdown')).status, 0);
  });

  it('prints JSON with 0-based UTF-16 positions and the reading time', () => {
    const result = run('--format', 'json', join(dir, 'posts', 'ai.md'));
    const [report] = JSON.parse(result.stdout);
    assert.equal(report.readingTime.minutes, 34);
    assert.ok(report.readingTime.minutesWithoutDuplicates < 34);
    const marker = report.findings.find((f: { rule: string }) => f.rule === 'end-marker');
    assert.deepEqual(marker.range, { start: { line: 53, character: 0 }, end: { line: 53, character: 9 } });
    assert.equal(marker.fixable, true);
    assert.ok(Array.isArray(marker.related));
  });

  it('reports binary and invalid UTF-8 files, still lints the others, and exits 2', () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed);
    writeFileSync(join(mixed, 'binary.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x00, 0x01]));
    writeFileSync(join(mixed, 'latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    copyFileSync(SEED_003, join(mixed, 'ok.md'));
    const result = run('--format', 'json', mixed);
    assert.equal(result.status, 2);
    const reports = JSON.parse(result.stdout) as Array<{ file: string; findings: Array<{ rule: string; message: string }> }>;
    assert.equal(reports.length, 3);
    const byName = (n: string) => reports.find((r) => r.file.endsWith(n))!;
    assert.equal(byName('binary.md').findings[0].rule, 'io-error');
    assert.match(byName('latin1.md').findings[0].message, /UTF-8/);
    assert.deepEqual(byName('ok.md').findings.filter((f) => f.rule === 'io-error'), []);
  });

  it('exits 2 on usage errors and missing paths', () => {
    assert.equal(run().status, 2);
    assert.equal(run('--format', 'xml', dir).status, 2);
    assert.equal(run(join(dir, 'does-not-exist')).status, 2);
  });

  it('lints a linked post, and does not follow a linked directory (a loop ends)', () => {
    const linked = scratchDir('links');
    copyFileSync(SEED_003, join(linked, 'real.md'));
    symlinkSync(join(linked, 'real.md'), join(linked, 'link.md'));
    symlinkSync(linked, join(linked, 'loop'));
    const result = run('--format', 'json', linked);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual((JSON.parse(result.stdout) as Array<{ file: string }>).map((r) => r.file), [join(linked, 'link.md'), join(linked, 'real.md')]);
  });

  it('--fix rewrites only changed files, atomically, keeping BOM, CRLF and mode', () => {
    const fixDir = join(dir, 'fix');
    mkdirSync(fixDir);
    const crlf = readFileSync(SEED_000, 'utf8').replace(/\n/g, '\r\n');
    const target = join(fixDir, 'post.md');
    writeFileSync(target, '\uFEFF' + crlf);
    chmodSync(target, 0o640);
    copyFileSync(SEED_003, join(fixDir, 'clean.md'));
    const cleanBefore = statSync(join(fixDir, 'clean.md'));

    const result = run('--fix', fixDir);
    assert.equal(result.status, 0, result.stdout);
    const written = readFileSync(target, 'utf8');
    assert.ok(written.startsWith('\uFEFF---\r\n'), 'BOM and CRLF kept');
    assert.equal(written.slice(1), fixAll(crlf).text);
    assert.ok(!/[^\r]\n/.test(written), 'no bare LF');
    assert.equal(statSync(target).mode & 0o777, 0o640);
    assert.equal(statSync(join(fixDir, 'clean.md')).mtimeMs, cleanBefore.mtimeMs, 'unchanged file untouched');

    const again = statSync(target).mtimeMs;
    assert.equal(run('--fix', fixDir).status, 0);
    assert.equal(statSync(target).mtimeMs, again, 'a second --fix changes nothing');
  });
});

describe('frontlint CLI at scale', () => {
  it('shows progress on a terminal (files and MB/s on stderr), and none with --quiet or when stderr is not a terminal', () => {
    const dir = scratchDir('progress');
    for (let i = 0; i < 20; i++) copyFileSync(SEED_000, join(dir, `post-${i}.md`));
    // util-linux's `script` gives the CLI a terminal (bsdutils is part of every Debian system).
    const onTerminal = (args: string) => spawnSync('script', ['-qc', `"${process.execPath}" "${CLI}" ${args} "${dir}" >/dev/null`, '/dev/null'], { encoding: 'utf8' }).stdout;
    const shown = onTerminal('');
    assert.match(shown, /\r\x1b\[K20\/20 files · [\d.]+ MB\/s/, 'the last update counts every file');
    assert.ok(shown.endsWith('\r\x1b[K'), 'and the line is cleared at the end');
    assert.doesNotMatch(onTerminal('--quiet'), /files ·/);
    assert.equal(run(dir).stderr, '', 'no progress when stderr is a pipe');
  });

  it('lints many files with worker threads and reports them in input order', () => {
    const dir = scratchDir('many');
    const names: string[] = [];
    for (let i = 0; i < 24; i++) {
      const name = `post-${String(i).padStart(2, '0')}.md`;
      copyFileSync(i % 2 ? SEED_000 : SEED_003, join(dir, name));
      names.push(join(dir, name));
    }
    const result = run('--format', 'json', dir);
    assert.equal(result.status, 1);
    const reports = JSON.parse(result.stdout) as Array<{ file: string; readingTime: { minutes: number } }>;
    assert.deepEqual(reports.map((r) => r.file), names);
    assert.deepEqual(reports.map((r) => r.readingTime.minutes), names.map((_, i) => (i % 2 ? 34 : 6)));
  });

  it('lints a 20 MB post (the editor skips it; the CLI does not): every marker found, the time is in `npm run bench`', () => {
    const seed = readFileSync(SEED_000, 'utf8');
    const body = seed.slice(seed.indexOf('\n---', 3) + 5);
    const copies = Math.ceil(20e6 / Buffer.byteLength(body));
    const path = join(scratchDir('huge'), 'huge.md');
    writeFileSync(path, seed + body.repeat(copies - 1));
    assert.ok(statSync(path).size >= 20e6);
    const result = run('--quiet', path);
    assert.equal(result.status, 1);
    const markers = result.stdout.split('\n').filter((line) => line.includes(' error end-marker '));
    assert.equal(markers.length, 7 * copies, 'seven markers in each copy');
  });

  it('--dry-run prints a unified diff and writes nothing', () => {
    const dir = scratchDir('dry');
    const target = join(dir, 'post.md');
    copyFileSync(SEED_000, target);
    const before = readFileSync(target);
    const result = run('--fix', '--dry-run', target);
    assert.ok(readFileSync(target).equals(before), 'file untouched');
    assert.match(result.stdout, new RegExp(`^--- ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n\\+\\+\\+ `));
    assert.match(result.stdout, /^-reading_time: 8$/m);
    assert.match(result.stdout, /^----END---$/m);
    assert.doesNotMatch(result.stdout, /^\+---END---$/m);
  });

  it('stops printing without a crash when the reader closes the pipe early, and still finishes fixing', () => {
    const many = scratchDir('piped');
    const original = readFileSync(SEED_000, 'utf8');
    const name = (i: number) => join(many, `post-${String(i).padStart(3, '0')}.md`);
    for (let i = 0; i < 200; i++) writeFileSync(name(i), original);
    const piped = (args: string) => spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" ${args} "${many}" | head -c 1 >/dev/null`], { encoding: 'utf8' });
    assert.equal(piped('').stderr, '', 'no EPIPE stack trace');
    assert.equal(piped('--fix').stderr, '');
    const fixed = fixAll(original).text;
    for (let i = 0; i < 200; i++) assert.equal(readFileSync(name(i), 'utf8'), fixed, `post ${i} fixed`);
  });
});

describe('--max-warnings', () => {
  const dir = scratchDir('max-warnings');
  // Two warnings (a duplicate tag in each post), no errors.
  writeFileSync(join(dir, 'a.md'), '---\ntitle: A\ntags: [x, x]\n---\nText.\n');
  writeFileSync(join(dir, 'b.md'), '---\ntitle: B\ntags: [y, y]\n---\nText.\n');

  it('exits 1 when there are more warnings than N, as ESLint does, and says so on stderr', () => {
    assert.equal(run(dir).status, 0, 'warnings alone do not fail a run');
    assert.equal(run('--max-warnings', '2', dir).status, 0, 'exactly N is fine');
    const over = run('--max-warnings', '1', dir);
    assert.equal(over.status, 1);
    assert.match(over.stderr, /too many warnings \(2, maximum 1\)/);
    assert.equal(run('--max-warnings=-1', dir).status, 0, '-1 means no limit, as in ESLint');
  });

  it('keeps JSON output valid, and rejects a limit that is not a whole number', () => {
    const json = run('--format', 'json', '--max-warnings', '0', dir);
    assert.equal(json.status, 1);
    assert.equal(JSON.parse(json.stdout).length, 2);
    for (const bad of ['x', '1.5', '-2', '']) assert.equal(run('--max-warnings', bad, dir).status, 2, bad);
  });

  it('an unreadable file still exits 2', () => {
    const broken = scratchDir('max-warnings-binary');
    writeFileSync(join(broken, 'bin.md'), Buffer.from([0, 1, 2]));
    copyFileSync(join(dir, 'a.md'), join(broken, 'a.md'));
    assert.equal(run('--max-warnings', '0', broken).status, 2);
  });
});
