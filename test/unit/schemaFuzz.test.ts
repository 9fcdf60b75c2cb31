/**
 * Fuzz: random schemas × random front matter. Validation never throws, every schema finding and
 * every edit of its fixes stays inside the front matter, and a fix never breaks the YAML.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { applyEdits, fixAll, lint, type Finding, type Range } from '../../src/core';
import { checkForPost } from '../../src/schema/load';
import type { JsonSchema, SchemaSet } from '../../src/schema/types';

const KEYS = ['title', 'date', 'tags', 'draft', 'category', 'author', 'views', 'pubDate', 'series', 'Title', 'tag', '__proto__', 'a b'];
const SCHEMA_RULES = new Set(['required-field', 'field-type', 'field-format']);

const leaf: fc.Arbitrary<JsonSchema> = fc.oneof(
  fc.constantFrom<JsonSchema>(
    { type: 'string' },
    { type: 'number' },
    { type: 'integer', minimum: 0 },
    { type: 'boolean' },
    { type: 'string', format: 'date-time' },
    { type: 'string', format: 'date' },
    { type: 'string', format: 'uri' },
    { type: 'string', minLength: 2, maxLength: 10 },
    { type: 'string', pattern: '^[a-z]+$' },
    { type: ['string', 'null'] },
    { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'string', format: 'date' }, { type: 'integer', format: 'unix-time' }] },
    {},
  ),
  fc.array(fc.constantFrom('news', 'tutorial', 'Release', 'draft', 'ニュース'), { minLength: 1, maxLength: 4 }).map((choices) => ({ type: 'string', enum: choices })),
);

const schemaOf: fc.Memo<JsonSchema> = fc.memo((depth) =>
  depth <= 1
    ? leaf
    : fc.oneof(
        leaf,
        schemaOf(depth - 1).map((items) => ({ type: 'array', items, uniqueItems: true })),
        fc.record({
          properties: fc.dictionary(fc.constantFrom(...KEYS), schemaOf(depth - 1), { maxKeys: 4 }),
          required: fc.subarray(KEYS, { maxLength: 3 }),
          additionalProperties: fc.boolean(),
        }).map((o) => ({ type: 'object', ...o })),
      ),
);

const rootSchema = fc.record({
  $schema: fc.constantFrom('http://json-schema.org/draft-07/schema#', 'https://json-schema.org/draft/2020-12/schema'),
  properties: fc.dictionary(fc.constantFrom(...KEYS), schemaOf(3), { maxKeys: 6 }),
  required: fc.subarray(KEYS, { maxLength: 4 }),
  additionalProperties: fc.boolean(),
}).map((o) => ({ type: 'object', ...o }) as JsonSchema);

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, tie('scalar'), fc.array(tie('any'), { maxLength: 3 }), fc.dictionary(fc.constantFrom(...KEYS), tie('any'), { maxKeys: 3 })),
  scalar: fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.constantFrom('2025-11-07', '2025-11-07 04:38:05 +0000', 'tutorials', 'release', 'Jul 08 2022', 'http://x.example/')),
})).any;

/** Front matter written by the yaml library from random data, sometimes with a hand-made line added. */
const frontMatter = fc.tuple(fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 }), fc.constantFrom('', 'extra: [a, b\n', 'title: C# #x\n', 'tags:\n\t- a\n', 'k: “v”\n', "t: 'a\\'b'\n")).map(
  ([data, line]) => `---\n${Object.keys(data).length > 0 ? stringify(data) : ''}${line}---\n\n本文です。\n`,
);

const inside = (range: Range, end: { line: number; character: number }) =>
  range.start.line >= 0 && (range.end.line < end.line || (range.end.line === end.line && range.end.character <= end.character));

describe('schema fuzz', () => {
  it('random schemas × random front matter: no throw, ranges and fix edits inside the front matter, fixes (one by one and all together) keep the YAML valid', () => {
    fc.assert(
      fc.property(rootSchema, frontMatter, fc.constantFrom<SchemaSet['kind']>('json-schema', 'astro', 'frontmatter-cms'), (schema, text, kind) => {
        const set: SchemaSet = { kind, file: '/fuzz.json', schemas: new Map([['fuzz', schema]]), fallback: 'fuzz' };
        const { check } = checkForPost(set, text);
        const result = lint(text, { schema: check });
        const fm = result.post.frontMatter!;
        const end = result.post.lines.positionAt(fm.span.end);
        const validBefore = !result.findings.some((f) => f.rule === 'frontmatter-syntax');
        for (const finding of result.findings.filter((f: Finding) => SCHEMA_RULES.has(f.rule))) {
          assert.ok(inside(finding.range, end), `${finding.rule} ${JSON.stringify(finding.range)} outside the front matter ending at ${JSON.stringify(end)}`);
          for (const fix of [finding.fix, ...(finding.suggestions ?? [])].filter((f) => f !== undefined)) {
            for (const edit of fix.edits) assert.ok(inside(edit.range, end), `${fix.title} edits outside the front matter`);
            if (validBefore) {
              const fixed = applyEdits(text, fix.edits);
              assert.deepEqual(lint(fixed).findings.filter((f) => f.rule === 'frontmatter-syntax').map((f) => f.message), [], `${fix.title} broke the YAML:\n${fixed}`);
            }
          }
        }
        // Fix-all of the schema's findings (a rename and an insert of the same field never both land: no duplicate key).
        if (validBefore) {
          const fixed = fixAll(text, { schema: check }, SCHEMA_RULES).text;
          assert.deepEqual(lint(fixed).findings.filter((f) => f.rule === 'frontmatter-syntax').map((f) => f.message), [], `fix-all broke the YAML:\n${fixed}`);
        }
      }),
      { numRuns: 400, seed: 42 },
    );
  });
});
