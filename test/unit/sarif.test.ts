import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { BLOG_RULE_IDS, RULE_IDS } from '../../src/core';
import { RULE_DOCS_BASE } from '../../src/core/ruleDocs';
import { ROOT, SEED_000, scratchDir } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });

/** The SARIF 2.1.0 schema, vendored from @microsoft/sarif-multitool-linux 5.7.0 (MIT); see test/data/README.md. */
function sarifValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/data/sarif-schema-2.1.0.json'), 'utf8')));
}

interface JsonReport {
  file: string;
  findings: Array<{ rule: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
}

describe('--format sarif', () => {
  const validate = sarifValidator();
  let dir: string;
  let outside: string;
  let log: Sarif.Log;
  let status: number | null;
  before(() => {
    dir = scratchDir('sarif');
    mkdirSync(join(dir, 'posts', '日本語'), { recursive: true });
    copyFileSync(SEED_000, join(dir, 'posts', '日本語', 'ai draft, #1.md'));
    // An emoji is two UTF-16 code units: SARIF columns count code units, as the engine's positions do.
    writeFileSync(join(dir, 'posts', 'tags.md'), '---\ntitle: 漢字\ntags: [😀, b, 😀]\n---\nBody.\n');
    writeFileSync(join(dir, 'posts', 'binary.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x00, 0x01]));
    outside = join(scratchDir('outside'), 'elsewhere.md');
    copyFileSync(SEED_000, outside);
    const result = run(dir, '--format', 'sarif', 'posts', outside);
    status = result.status;
    log = JSON.parse(result.stdout);
  });

  it('is valid against the SARIF 2.1.0 JSON Schema', () => {
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
    assert.equal(status, 2, 'the unreadable file still makes the exit code 2');
  });

  it('the schema check can fail: a wrong level, a missing message, a zero line are rejected', () => {
    const broken = (mutate: (result: Sarif.Result) => void) => {
      const copy = structuredClone(log);
      mutate(copy.runs[0].results![0]);
      return validate(copy);
    };
    assert.equal(broken((r) => ((r as { level: string }).level = 'fatal')), false);
    assert.equal(broken((r) => delete (r as Partial<Sarif.Result>).message), false);
    assert.equal(broken((r) => (r.locations![0].physicalLocation!.region!.startLine = 0)), false);
  });

  it('lists every rule with descriptions and a helpUri to its page in the repository', () => {
    const { rules } = log.runs[0].tool.driver;
    assert.deepEqual(rules!.map((r) => r.id), [...RULE_IDS, ...BLOG_RULE_IDS]);
    const repository = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).repository.url as string;
    assert.equal(RULE_DOCS_BASE, `${repository}/blob/main/docs/rules/`, 'the docs base follows package.json');
    for (const rule of rules!) {
      assert.equal(rule.helpUri, `${RULE_DOCS_BASE}${rule.id}.md`);
      assert.ok(existsSync(join(ROOT, 'docs/rules', `${rule.id}.md`)), `page for ${rule.id}`);
      assert.ok(rule.shortDescription!.text.length > 10);
      assert.match(rule.fullDescription!.text, /^This rule is triggered /, `${rule.id}: the first paragraph of its page`);
      assert.doesNotMatch(rule.fullDescription!.text, /\n/);
    }
    assert.equal(log.runs[0].tool.driver.version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('names files relative to %SRCROOT% (the working directory), percent-encoded, and others by absolute file URI', () => {
    const run = log.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(dir).href + '/' } });
    const uris = new Set(run.results!.map((r) => JSON.stringify(r.locations![0].physicalLocation!.artifactLocation)));
    assert.deepEqual([...uris].sort(), [
      JSON.stringify({ uri: pathToFileURL(outside).href }),
      JSON.stringify({ uri: 'posts/%E6%97%A5%E6%9C%AC%E8%AA%9E/ai%20draft%2C%20%231.md', uriBaseId: '%SRCROOT%' }),
      JSON.stringify({ uri: 'posts/tags.md', uriBaseId: '%SRCROOT%' }),
    ].sort());
    // Resolving against the base gives back the file.
    const relative = run.results!.find((r) => r.locations![0].physicalLocation!.artifactLocation!.uriBaseId)!;
    const resolved = new URL(relative.locations![0].physicalLocation!.artifactLocation!.uri!, run.originalUriBaseIds!['%SRCROOT%'].uri);
    assert.ok(existsSync(resolved), resolved.href);
  });

  it('carries each finding with its level and a 1-based region in UTF-16 code units, like the JSON output', () => {
    const json = JSON.parse(run(dir, '--format', 'json', 'posts', outside).stdout) as JsonReport[];
    const expected = json.flatMap((report) =>
      report.findings.filter((f) => f.rule !== 'io-error').map((f) => ({
        ruleId: f.rule,
        level: { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[f.severity],
        text: f.message,
        region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
      })),
    );
    const actual = log.runs[0].results!.map((r) => ({ ruleId: r.ruleId, level: r.level, text: r.message.text, region: r.locations![0].physicalLocation!.region }));
    assert.deepEqual(actual, expected);
    const tag = log.runs[0].results!.find((r) => r.ruleId === 'duplicate-tag')!;
    // `tags: [😀, b, 😀]`: the second 😀 spans UTF-16 columns 15–16 (1-based; 14 in code points).
    assert.deepEqual(tag.locations![0].physicalLocation!.region, { startLine: 3, startColumn: 15, endLine: 3, endColumn: 17 });
    assert.equal(log.runs[0].results!.filter((r) => r.ruleId === 'end-marker').every((r) => r.level === 'error' && r.ruleIndex === RULE_IDS.indexOf('end-marker')), true);
    const repeat = log.runs[0].results!.find((r) => r.ruleId === 'duplicate-passage')!;
    assert.ok(repeat.relatedLocations!.length > 0, 'a repeat points to the first copy');
  });

  it('reports an unreadable file as a tool execution notification, not a result', () => {
    const [invocation] = log.runs[0].invocations!;
    assert.equal(invocation.toolExecutionNotifications!.length, 1);
    const [notification] = invocation.toolExecutionNotifications!;
    assert.equal(notification.level, 'error');
    assert.equal(notification.locations![0].physicalLocation!.artifactLocation!.uri, 'posts/binary.md');
    assert.match(notification.message.text!, /binary/);
  });

  it('is a valid empty log when there is nothing to report', () => {
    const clean = scratchDir('sarif-clean');
    writeFileSync(join(clean, 'ok.md'), '---\ntitle: OK\n---\nA short post.\n');
    const result = run(clean, '--format', 'sarif', '.');
    assert.equal(result.status, 0, result.stderr);
    const empty = JSON.parse(result.stdout) as Sarif.Log;
    assert.deepEqual(empty.runs[0].results, []);
    assert.equal(validate(empty), true, JSON.stringify(validate.errors));
  });

  it('keeps stdout one SARIF document with --fix --dry-run (the diff goes to stderr)', () => {
    const result = run(dir, '--format', 'sarif', '--fix', '--dry-run', 'posts/tags.md');
    assert.equal(validate(JSON.parse(result.stdout)), true);
    assert.match(result.stderr, /^--- posts\/tags.md/m);
  });
});
