import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeData, escapeProperty, workflowCommand } from '../../src/cli/github';
import { ROOT, SEED_000, scratchDir } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');

/**
 * Reads a workflow command back as the Actions runner does (ActionCommand.TryParseV2): the
 * properties end at the first `::`, split at `,` and the first `=`, then each value and the message
 * are unescaped, `%25` last.
 */
function parseCommand(line: string): { name: string; properties: Record<string, string>; message: string } {
  const match = /^::([a-z]+) ?(.*?)::(.*)$/s.exec(line);
  assert.ok(match, `not a workflow command: ${line}`);
  const unescape = (s: string, property: boolean) => {
    let out = s.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
    if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
    return out.replace(/%25/g, '%');
  };
  const properties: Record<string, string> = {};
  for (const pair of match[2] ? match[2].split(',') : []) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
  }
  return { name: match[1], properties, message: unescape(match[3], false) };
}

describe('--format github', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    assert.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext%3A a%2C b');
    assert.equal(escapeData('%0A'), '%250A', 'an escape-like sequence in the text stays text');
    assert.equal(escapeData('日本語、テスト。'), '日本語、テスト。');
  });

  it('builds commands that the runner reads back exactly, whatever the file name and message', () => {
    const file = 'posts/a,b:c%2C d\nx.md';
    const message = 'line one: "x", 50%\r\nline two ::warning file=evil::not a command';
    const line = workflowCommand('warning', { file, line: 3, col: 5, title: 'end-marker' }, message);
    assert.equal(line.endsWith('\n'), true);
    assert.equal(line.slice(0, -1).includes('\n'), false, 'one line');
    const parsed = parseCommand(line.slice(0, -1));
    assert.deepEqual(parsed, { name: 'warning', properties: { file, line: '3', col: '5', title: 'end-marker' }, message });
  });

  it('prints one annotation per finding: error, warning or notice, 1-based, paths relative to the working directory', () => {
    const dir = scratchDir('github');
    mkdirSync(join(dir, 'posts'));
    copyFileSync(SEED_000, join(dir, 'posts', 'ai, draft.md'));
    writeFileSync(join(dir, 'posts', 'no-fm.md'), 'Just text.\n');
    const run = (...args: string[]) => spawnSync(process.execPath, [CLI, '--format', 'github', ...args], { cwd: dir, encoding: 'utf8' });
    const result = run('posts');
    assert.equal(result.status, 1);
    const lines = result.stdout.trimEnd().split('\n');
    const commands = lines.filter((l) => l.startsWith('::')).map(parseCommand);
    const json = JSON.parse(spawnSync(process.execPath, [CLI, '--format', 'json', 'posts'], { cwd: dir, encoding: 'utf8' }).stdout) as Array<{
      file: string;
      findings: Array<{ rule: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
    }>;
    const expected = json.flatMap((report) =>
      report.findings.map((f) => ({
        name: { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' }[f.severity]!,
        properties: {
          file: report.file,
          line: String(f.range.start.line + 1),
          col: String(f.range.start.character + 1),
          endLine: String(f.range.end.line + 1),
          endColumn: String(f.range.end.character + 1),
          title: f.rule,
        },
        message: f.message,
      })),
    );
    assert.deepEqual(commands, expected);
    assert.ok(commands.some((c) => c.name === 'notice' && c.properties.title === 'frontmatter-missing' && c.properties.file === 'posts/no-fm.md'));
    assert.ok(commands.some((c) => c.name === 'error' && c.properties.file === 'posts/ai, draft.md' && c.properties.line === '54'));
    assert.match(lines[lines.length - 1], /^\d+ problems \(7 errors, \d+ warnings\) in 2 files/, 'the summary line for the log');

    const quiet = run('--quiet', 'posts').stdout.split('\n').filter((l) => l.startsWith('::'));
    assert.ok(quiet.length === 7 && quiet.every((l) => l.startsWith('::error ')), '--quiet keeps the errors only');
  });
});
