import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { applyEdits, fixAll, lint, type Finding } from '../../src/core';
import { checkForPost } from '../../src/schema/load';
import { checkFor } from '../../src/schema/validator';
import type { JsonSchema, SchemaSet } from '../../src/schema/types';
import { FIXTURES } from './helpers';

const BODY = '\n本文です。\n';
const post = (yaml: string) => `---\n${yaml}---\n${BODY}`;

function setOf(schema: JsonSchema, kind: SchemaSet['kind'] = 'json-schema', name = 'post'): SchemaSet {
  return { kind, file: `/blog/${name}.json`, schemas: new Map([[name, schema]]), fallback: name };
}

function lintWith(text: string, set: SchemaSet): Finding[] {
  const { check, problems } = checkForPost(set, text);
  assert.deepEqual(problems, []);
  return lint(text, { schema: check }).findings.filter((f) => ['required-field', 'field-type', 'field-format'].includes(f.rule));
}

const textOf = (text: string, f: Finding) => {
  const lines = text.split('\n');
  return f.range.start.line === f.range.end.line ? lines[f.range.start.line].slice(f.range.start.character, f.range.end.character) : `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`;
};

const BLOG: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    title: { type: 'string' },
    date: { type: 'string', format: 'date-time' },
    draft: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string' } },
    category: { type: 'string', enum: ['news', 'tutorial', 'Release'] },
    views: { type: 'integer', minimum: 0 },
    author: { type: 'object', properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' } }, required: ['name'], additionalProperties: false },
    series: { type: 'string', default: 'none' },
  },
  required: ['title', 'date', 'series'],
  additionalProperties: false,
};

describe('validation against a blog schema', () => {
  it('a valid post has no schema finding, and the built-in expectations are off', () => {
    const text = post('title: A\ndate: 2025-11-07\nseries: x\nreading_time: "five"\nlang: nope-nope-nope\n');
    assert.deepEqual(lintWith(text, setOf({ ...BLOG, additionalProperties: true })), []);
  });
  it('YAML timestamps are dates and date-times, as Astro and Jekyll read them', () => {
    for (const date of ['2025-11-07', '2025-11-07 04:38:05 +0000', '2025-11-07T04:38:05Z', '2025-11-07T04:38:05.123+09:00', '"2025-11-07"']) {
      assert.deepEqual(lintWith(post(`title: A\ndate: ${date}\nseries: x\n`), setOf(BLOG)), [], date);
    }
    const [f] = lintWith(post('title: A\ndate: 2025-13-07\nseries: x\n'), setOf(BLOG));
    assert.equal(f.rule, 'field-format');
    assert.match(f.message, /"2025-13-07" is not a valid date/);
  });
  it('a missing required field: on the whole front matter, named, with a fix that inserts the default or a placeholder', () => {
    const text = post('date: 2025-11-07\n');
    const found = lintWith(text, setOf(BLOG)).filter((f) => f.rule === 'required-field');
    assert.deepEqual(found.map((f) => f.message), ['Required field "title" is missing. (JSON Schema post.json)', 'Required field "series" is missing. (JSON Schema post.json)']);
    assert.deepEqual(found[0].range, { start: { line: 0, character: 0 }, end: { line: 2, character: 3 } });
    const fixed = fixAll(text, { schema: checkForPost(setOf(BLOG), text).check }).text;
    assert.equal(fixed, post('date: 2025-11-07\ntitle: ""\nseries: none\n'));
    assert.deepEqual(parse(fixed.split('---')[1]), { date: '2025-11-07', title: '', series: 'none' });
  });
  it('an unknown field: on the key; the one close name is the rename fix', () => {
    const text = post('title: A\ndate: 2025-11-07\nseries: x\ndarft: true\nextra: 1\n');
    const found = lintWith(text, setOf(BLOG));
    assert.deepEqual(found.map((f) => [f.rule, textOf(text, f)]), [['field-type', 'darft'], ['field-type', 'extra']]);
    assert.match(found[0].message, /"darft" is not a field here; did you mean "draft"\?/);
    assert.equal(found[0].fix!.title, 'Rename "darft" to "draft"');
    assert.equal(applyEdits(text, found[0].fix!.edits), post('title: A\ndate: 2025-11-07\nseries: x\ndraft: true\nextra: 1\n'));
  });
  it('a wrong type: on the value, with the fixes the built-in rule had', () => {
    const text = post('title: 2024\ndate: 2025-11-07\nseries: x\ndraft: "yes"\ntags: a b\nviews: "12"\n');
    const found = lintWith(text, setOf(BLOG));
    assert.deepEqual(found.map((f) => [f.rule, textOf(text, f), f.fix?.title]), [
      ['field-type', '2024', 'Quote 2024'],
      ['field-type', '"yes"', 'Change "draft" to true'],
      ['field-type', 'a b', 'Convert "tags" to the list ["a", "b"]'],
      ['field-type', '"12"', 'Change "views" to 12'],
    ]);
    const fixed = fixAll(text, { schema: checkForPost(setOf(BLOG), text).check }).text;
    assert.deepEqual(lintWith(fixed, setOf(BLOG)), []);
  });
  it('a value outside the choices: the one close choice (or the one differing by case alone) is the fix, several are suggestions', () => {
    const text = post('title: A\ndate: 2025-11-07\nseries: x\ncategory: tutorials\n');
    const [f] = lintWith(text, setOf(BLOG));
    assert.equal(f.rule, 'field-format');
    assert.equal(textOf(text, f), 'tutorials');
    assert.match(f.message, /"category" is not one of the allowed values: "news", "tutorial", "Release"/);
    assert.equal(f.fix!.title, 'Change to "tutorial"');
    assert.equal(f.suggestions, undefined);
    const cased = post('title: A\ndate: 2025-11-07\nseries: x\ncategory: release\n');
    const [g] = lintWith(cased, setOf(BLOG));
    assert.equal(g.fix!.title, 'Change to "Release"');
    assert.equal(applyEdits(cased, g.fix!.edits), post('title: A\ndate: 2025-11-07\nseries: x\ncategory: Release\n'));
    const [far] = lintWith(post('title: A\ndate: 2025-11-07\nseries: x\ncategory: zzzzzzzz\n'), setOf(BLOG));
    assert.equal(far.suggestions, undefined);
    const pets: JsonSchema = { type: 'object', properties: { pet: { enum: ['Cat', 'bat', 'hat'] } } };
    const [several] = lintWith(post('pet: mat\n'), setOf(pets));
    assert.equal(several.fix, undefined, 'three choices one edit away: the writer picks');
    assert.deepEqual(several.suggestions!.map((s) => s.title), ['Change to "Cat"', 'Change to "bat"', 'Change to "hat"']);
    const [oneByCase] = lintWith(post('pet: cat\n'), setOf(pets));
    assert.equal(oneByCase.fix!.title, 'Change to "Cat"', 'the one differing by case alone, although "bat" and "hat" are close too');
    assert.deepEqual(oneByCase.suggestions, undefined);
  });
  it('nested fields: the exact key or value, and a missing nested field inserted at the right indentation', () => {
    const text = post('title: A\ndate: 2025-11-07\nseries: x\nauthor:\n  url: not a uri\n  nmae: B\n');
    const found = lintWith(text, setOf(BLOG));
    assert.deepEqual(found.map((f) => [f.rule, textOf(text, f)]), [['required-field', 'author'], ['field-format', 'not a uri'], ['field-type', 'nmae']]);
    assert.match(found[0].message, /"author.name" is missing/);
    // The rename of `nmae` supplies the missing field; without it, the field is inserted.
    assert.equal(found[0].fix, undefined);
    assert.equal(applyEdits(text, found[2].fix!.edits), post('title: A\ndate: 2025-11-07\nseries: x\nauthor:\n  url: not a uri\n  name: B\n'));
    const without = post('title: A\ndate: 2025-11-07\nseries: x\nauthor:\n  url: not a uri\n  alias: B\n');
    const [missing] = lintWith(without, setOf(BLOG));
    assert.equal(applyEdits(without, missing.fix!.edits), post('title: A\ndate: 2025-11-07\nseries: x\nauthor:\n  url: not a uri\n  alias: B\n  name: ""\n'));
  });
  it('a missing field of a list item\'s mapping is inserted under its other keys', () => {
    const set = setOf({ type: 'object', properties: { authors: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, url: { type: 'string' } }, required: ['name'] } } } });
    const text = post('authors:\n  - url: https://a.example\n    bio: x\n  - name: B\n');
    const [f] = lintWith(text, set);
    assert.match(f.message, /"authors\[0\]\.name" is missing/);
    const fixed = applyEdits(text, f.fix!.edits);
    assert.equal(fixed, post('authors:\n  - url: https://a.example\n    bio: x\n    name: ""\n  - name: B\n'));
    assert.deepEqual(parse(fixed.split('---')[1]), { authors: [{ url: 'https://a.example', bio: 'x', name: '' }, { name: 'B' }] });
    const nested = post('authors:\n- - url: u\n');
    const deep = setOf({ type: 'object', properties: { authors: { type: 'array', items: { type: 'array', items: { type: 'object', required: ['name'] } } } } });
    const [g] = lintWith(nested, deep);
    assert.deepEqual(parse(applyEdits(nested, g.fix!.edits).split('---')[1]), { authors: [[{ url: 'u', name: null }]] });
  });
  it('list items: the item itself', () => {
    const text = post('title: A\ndate: 2025-11-07\nseries: x\ntags:\n  - ok\n  - 42\n');
    const [f] = lintWith(text, setOf(BLOG));
    assert.equal(textOf(text, f), '42');
  });
  it('Astro draft-07 dates (anyOf date-time, date, unix-time) and $ref/definitions', () => {
    const astro: JsonSchema = {
      $ref: '#/definitions/blog',
      definitions: {
        blog: {
          type: 'object',
          properties: {
            title: { type: 'string' },
            pubDate: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'string', format: 'date' }, { type: 'integer', format: 'unix-time' }] },
            $schema: { type: 'string' },
          },
          required: ['title', 'pubDate'],
          additionalProperties: false,
        },
      },
      $schema: 'http://json-schema.org/draft-07/schema#',
    };
    const set = setOf(astro, 'astro', 'blog');
    assert.deepEqual(lintWith(post('title: A\npubDate: 2025-11-07\n'), set), []);
    assert.deepEqual(lintWith(post('title: A\npubDate: 1731000000\n'), set), []);
    const text = post('title: A\npubDate: next week\n');
    const [f] = lintWith(text, set);
    assert.equal(f.rule, 'field-format');
    assert.equal(textOf(text, f), 'next week');
    assert.match(f.message, /is not a valid date.*\(Astro collection "blog"\)$/);
    const [g] = lintWith(post('title: A\npubDate: true\n'), set);
    assert.match(g.message, /"pubDate" must be one of: string \(date-time\), string \(date\), integer \(unix-time\)/);
  });
  it('Astro 2020-12 schemas, with dates as date-time strings', () => {
    const schema: JsonSchema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { title: { type: 'string' }, pubDate: { type: 'string', format: 'date-time' }, tags: { type: 'array', items: { type: 'string' }, default: [] } },
      required: ['title', 'pubDate', 'tags'],
      additionalProperties: false,
    };
    const set = setOf(schema, 'astro', 'notes');
    assert.deepEqual(lintWith(post('title: A\npubDate: 2025-11-07\ntags: []\n'), set), []);
    const text = post('title: A\npubDate: 2025-11-07\n');
    const [f] = lintWith(text, set);
    assert.equal(applyEdits(text, f.fix!.edits), post('title: A\npubDate: 2025-11-07\ntags: []\n'));
  });
  it('dates as Astro reads them, in the schemas Astro generates (draft-07 and 2020-12): what z.coerce.date() takes passes', () => {
    const dir = join(FIXTURES, 'sites', 'astro-schemas', '.astro', 'collections');
    const generated = (name: string) => setOf(JSON.parse(readFileSync(join(dir, `${name}.schema.json`), 'utf8')) as JsonSchema, 'astro', name);
    const fields = { blog: 'title: A\ndescription: B\n', notes: 'title: A\n' };
    for (const name of ['blog', 'notes'] as const) {
      const set = generated(name);
      const dateFindings = (value: string) => lintWith(post(`${fields[name]}pubDate: ${value}\nlastReviewed: ${value}\n`), set).map((f) => f.message);
      for (const value of ['2024-01-05', '2024-01-05 10:00:00 +0900', '2024-01-05T10:00:00Z', '2024-01-05T10:00:00.123+09:00', '"2024-01-05"', "'Jul 08 2022'", 'Jul 8, 2022', '"2024"']) {
        assert.deepEqual(dateFindings(value), [], `${name}: ${value}`);
      }
      for (const value of ['next tuesday', '2024-02-30', '2024-13-01', '"2024-01-05 25:00"']) {
        assert.equal(dateFindings(value).length, 2, `${name}: ${value}`);
        assert.match(dateFindings(value)[0], /is not a valid date/);
      }
    }
    // A field with a default is not required, as Astro reads the input (both generators leave it out of `required`).
    assert.deepEqual(lintWith(post('title: A\npubDate: 2024-01-05\n'), generated('notes')), []);
    // Any other JSON Schema keeps the strict reading: YAML timestamps and ISO 8601 only.
    const plain = setOf({ type: 'object', properties: { date: { type: 'string', format: 'date' } } });
    assert.match(lintWith(post("date: 'Jul 08 2022'\n"), plain)[0].message, /is not a valid date/);
    assert.deepEqual(lintWith(post('date: 2024-01-05\n'), plain), []);
  });
  it('a misspelt key that the rename fix turns into a missing required field: the missing field gets no insert fix (no duplicate key)', () => {
    const set = setOf({ type: 'object', properties: { title: { type: 'string' }, pubDate: { type: 'string' } }, required: ['title', 'pubDate'], additionalProperties: false });
    const text = post('title: A\npubdate: 2024-01-05\n');
    const found = lintWith(text, set);
    assert.deepEqual(found.map((f) => [f.rule, f.fix?.title]), [['required-field', undefined], ['field-type', 'Rename "pubdate" to "pubDate"']]);
    const fixed = fixAll(text, { schema: checkForPost(set, text).check }).text;
    assert.equal(fixed, post('title: A\npubDate: 2024-01-05\n'));
    // Without the misspelt key the insert fix is there.
    assert.equal(lintWith(post('title: A\n'), set)[0].fix!.title, 'Add "pubDate: \"\""');
  });
  it('Front Matter CMS: the post\'s type field picks the content type', () => {
    const set: SchemaSet = {
      kind: 'frontmatter-cms',
      file: '/blog/frontmatter.json',
      schemas: new Map([
        ['default', { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] }],
        ['event', { type: 'object', properties: { title: { type: 'string' }, venue: { type: 'string' } }, required: ['title', 'venue'] }],
      ]),
      fallback: 'default',
      typeField: 'type',
    };
    assert.deepEqual(lintWith(post('title: A\n'), set), []);
    const [f] = lintWith(post('title: A\ntype: event\n'), set);
    assert.equal(f.message, 'Required field "venue" is missing. (Front Matter CMS content type "event")');
    assert.deepEqual(lintWith(post("title: A\ntype: 'unknown'\n"), set), []);
  });
  it('messages are translated', () => {
    const t = (template: string, ...args: Array<string | number>) => `<${template}|${args.join(',')}>`;
    const text = post('date: 2025-11-07\nseries: x\n');
    const [f] = lint(text, { t, schema: checkForPost(setOf(BLOG), text).check }).findings.filter((x) => x.rule === 'required-field');
    assert.equal(f.message, '<{0} ({1})|<Required field "{0}" is missing.|title>,<JSON Schema {0}|post.json>>');
  });
});

describe('bad schema input', () => {
  const problemOf = (schema: JsonSchema) => checkFor(setOf(schema), undefined);
  it('an unknown $schema: one problem naming the file, and no check', () => {
    const { check, problems } = problemOf({ $schema: 'http://example.com/my-schema', type: 'object' });
    assert.equal(check, undefined);
    assert.deepEqual(problems.map((p) => [p.file, p.message]), [['/blog/post.json', 'unknown $schema "{0}"; Frontlint reads JSON Schema draft-07, 2019-09 and 2020-12.']]);
  });
  it('a $ref that does not resolve', () => {
    const { check, problems } = problemOf({ type: 'object', properties: { a: { $ref: '#/definitions/missing' } } });
    assert.equal(check, undefined);
    assert.match(problems[0].message, /does not resolve/);
  });
  it('a schema that is not a schema', () => {
    const { problems } = problemOf({ type: 'objekt' });
    assert.match(problems[0].message, /not a valid JSON Schema/);
  });
  it('recursive $refs compile and validate without hanging', () => {
    const schema: JsonSchema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      definitions: { node: { type: 'object', properties: { child: { $ref: '#/definitions/node' }, name: { type: 'string' } } }, loop: { $ref: '#/definitions/loop2' }, loop2: { $ref: '#/definitions/node' } },
      $ref: '#/definitions/loop',
    };
    const text = post('name: a\nchild:\n  child:\n    child:\n      name: 5\n');
    const [f] = lintWith(text, setOf(schema));
    assert.equal(textOf(text, f), '5');
  });
  it('a schema that is its own $ref, directly or round a cycle, is a problem, never a hang', () => {
    for (const schema of [{ $ref: '#' }, { definitions: { a: { $ref: '#/definitions/b' }, b: { $ref: '#/definitions/a' } }, $ref: '#/definitions/a' }]) {
      const { problems, check } = problemOf(schema);
      assert.equal(check, undefined);
      assert.match(problems[0].message, /refers to itself without end/);
    }
  });
});
