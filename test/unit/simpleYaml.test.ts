/**
 * The front matter fast path against yaml itself: whenever `parseSimpleYaml` accepts a source, it
 * must build what yaml's parser builds (values, types, formats, ranges, list styles), and yaml must
 * find nothing wrong with it. Sources it does not model must go to yaml.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { parseSimpleYaml, YAML_OPTIONS } from '../../src/core/parse/simpleYaml';

/** A comparable picture of a node tree; NaN and -0 spelled out so that deepEqual sees them. */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return node ?? null;
  if (isMap(node)) return { map: node.items.map((pair) => [shape(pair.key), shape(pair.value)]) };
  if (isSeq(node)) return { seq: node.items.map(shape), flow: !!node.flow, range: node.range };
  if (isScalar(node)) {
    const value = typeof node.value === 'number' && (Number.isNaN(node.value) || Object.is(node.value, -0)) ? `number:${String(node.value)}` : node.value;
    return { value, type: node.type, format: node.format, range: node.range };
  }
  return { unexpected: String(node) };
}

/** Checks one source; returns whether the fast path took it. */
function agreesWithYaml(source: string): boolean {
  const fast = parseSimpleYaml(source);
  if (fast === null) return false;
  const doc = parseDocument(source, YAML_OPTIONS);
  assert.deepEqual([...doc.errors, ...doc.warnings].map((e) => e.message), [], `yaml finds problems in a source the fast path took: ${JSON.stringify(source)}`);
  assert.deepEqual(shape(fast), shape(doc.contents), JSON.stringify(source));
  return true;
}

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const key = fc.oneof(pick(['title', 'tags', 'date', 'reading_time', 'lang', 'model', 'translated', 'true', 'null', 'yes', '_x', 'a-b', 'k1']), fc.stringMatching(/^[a-z_][a-z0-9_-]{0,6}$/));
/** Text that is sometimes a plain scalar and sometimes needs quotes or yaml: every tricky character is here. */
/** Values a post would have, all of which the fast path should take. */
const cleanText = pick(['hello', '生成された記事 700026', 'AI', '投資', '12', '-5', '+3', '1.5', '1e3', '.5', '0x1F', '0o17', '.inf', '-.Inf', '.nan', 'true', 'False', 'yes', 'on', '~', 'null', 'Null', '2025-11-07 04:38:05 +0000', '2025-01-01', 'gpt-4o', 'openai/gpt-4', 'ja', 'en-US', 'a, b', 'Why? Because', '100%', 'a:b', 'é', '🎉 party', '日本語のタイトル：副題']);
/** The same, and text made of every character that matters to YAML. */
const anyText = fc.oneof(cleanText, fc.string({ unit: pick([...'ab あ漢 -:,[]{}#&*!|>\'"%@`?.\\/0123456789'.split(''), '🎉']), minLength: 0, maxLength: 12 }));
const spaces = fc.integer({ min: 0, max: 2 }).map((n) => ' '.repeat(n));
const ODD_ENTRIES = ['', '# a comment', 'key: value # comment', 'a:\tb', 'nested:\n  child: 1', 'text: |\n  block', 'x: "esc\\"aped"', ' indented: 1', 'k : v', 'trailing: space ', 'x: a: b', 'y: [1, [2]]'];

/** Front matter sources: entries of every form the fast path models, and (when `odd`) some it does not. */
function sources(text: fc.Arbitrary<string>, odd: boolean): fc.Arbitrary<string> {
  const scalarText = fc.oneof(
    text,
    text.map((t) => `"${t.replace(/["\\]/g, '')}"`),
    text.map((t) => `'${t.replace(/'/g, '')}'`),
    ...(odd ? [text.map((t) => `"${t}"`), text.map((t) => `'${t}'`)] : []),
  );
  const flowItem = odd ? scalarText : fc.oneof(cleanText.filter((t) => !t.includes(',')), scalarText.filter((t) => /^["']/.test(t)));
  const flowList = fc.tuple(fc.array(fc.tuple(spaces, flowItem, spaces), { maxLength: 4 }), spaces).map(([items, inner]) => (items.length === 0 ? `[${inner}]` : `[${items.map(([a, v, b]) => `${a}${v}${b}`).join(',')}]`));
  const blockList = fc.tuple(pick([0, 2, 4]), fc.array(fc.tuple(pick([' ', '  ']), scalarText, fc.boolean()), { minLength: 1, maxLength: 4 })).map(
    ([indent, items]) => items.map(([gap, value, blank], i) => `${blank && i > 0 ? '\n' : ''}${' '.repeat(indent)}-${gap}${value}`).join('\n'),
  );
  const forms = [
    fc.tuple(key, pick([' ', '  ']), scalarText).map(([k, gap, v]) => `${k}:${gap}${v}`),
    fc.tuple(key, pick([' ', '  ']), flowList).map(([k, gap, v]) => `${k}:${gap}${v}`),
    fc.tuple(key, blockList).map(([k, list]) => `${k}:\n${list}`),
    key.map((k) => `${k}:`),
  ];
  const entry = odd ? fc.oneof(...forms, pick(ODD_ENTRIES)) : fc.oneof(...forms);
  return fc.tuple(fc.array(entry, { minLength: 1, maxLength: 8 }), fc.boolean()).map(([lines, finalBreak]) => lines.join('\n') + (finalBreak ? '\n' : ''));
}

describe('front matter fast path', () => {
  it('builds what yaml builds for every source it accepts', () => {
    fc.assert(
      fc.property(sources(anyText, true), (src) => {
        agreesWithYaml(src);
      }),
      { numRuns: 3000, seed: 20261124 },
    );
  });

  it('takes nearly all front matter made of the forms it models', () => {
    // A fast path that always declined would pass the check above.
    let accepted = 0;
    let total = 0;
    fc.assert(
      fc.property(sources(cleanText, false), (src) => {
        total++;
        if (agreesWithYaml(src)) accepted++;
      }),
      { numRuns: 1000, seed: 20261124 },
    );
    assert.ok(accepted >= total * 0.9, `accepted ${accepted} of ${total}`);
  });

  it('takes the front matter of the seed posts and the examples', () => {
    const root = join(__dirname, '../../..');
    const files = ['test/fixtures/000_b773296d3b563b01.txt', 'test/fixtures/003_90677ba6db7355f9.txt', ...readdirSync(join(root, 'examples')).map((name) => `examples/${name}`)];
    const posts = files.map((path) => readFileSync(join(root, path), 'utf8'));
    for (const post of posts.filter((p) => p.startsWith('---'))) {
      const yaml = /^---\r?\n([\s\S]*?\r?\n)---/.exec(post)?.[1] ?? '';
      assert.ok(agreesWithYaml(yaml.replace(/\r\n/g, '\n')), yaml);
    }
  });

  it('leaves to yaml what it does not model', () => {
    for (const src of ['# comment\ntitle: a\n', 'title: a # note\n', 'a:\n  b: 1\n', 'a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: |\n  text\n', 'a: "x\\ty"\n', 'a: {b: 1}\n', 'a: [1, [2]]\n', 'a: [1,]\n', 'a:\tb\n', 'a: b\r\n', 'a: "x\\y"\n', 'a: b #c\n', 'a: [b #c]\n', 'a: [b: c]\n', 'a: [b, c] # tags\n', '- a\n- b\n', 'just text\n', 'a: b: c\n', 'a: - b\n', 'a: 1\n  b: 2\n']) {
      assert.equal(parseSimpleYaml(src), null, JSON.stringify(src));
    }
  });
});
