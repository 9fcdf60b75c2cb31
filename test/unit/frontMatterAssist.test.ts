import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applySpanEdits, parsePost } from '../../src/core';
import { contentTypeToSchema } from '../../src/schema/frontMatterCms';
import { cursorContext, dateInBlogFormat, hoverTarget, profileFields, retagEdits, schemaFields } from '../../src/site';

/** The context at the `|` in `text`. */
function at(text: string) {
  const offset = text.indexOf('|');
  const post = parsePost(text.replace('|', ''));
  return { context: cursorContext(post, offset), post, offset };
}

describe('front matter completion context', () => {
  it('a key at the start of a line, with the keys already present', () => {
    const { context } = at('---\ntitle: A\nta|\n---\nbody\n');
    assert.equal(context.kind, 'key');
    assert.ok(context.kind === 'key' && context.prefix === 'ta' && context.present.has('title'));
  });

  it('a value after the colon, in a flow list and in a block list', () => {
    const flow = at('---\ntags: [ai, "we|\n---\n').context;
    assert.deepEqual(flow.kind === 'value' && [flow.key, flow.prefix, flow.list], ['tags', 'we', 'flow']);
    const block = at('---\ntitle: A\ntags:\n  - ai\n  - jek|\n---\n').context;
    assert.deepEqual(block.kind === 'value' && [block.key, block.prefix, block.list, block.listed], ['tags', 'jek', 'block', ['ai', 'jek']]);
    const plain = at('---\ntranslated: t|\n---\n').context;
    assert.deepEqual(plain.kind === 'value' && [plain.key, plain.prefix, plain.list], ['translated', 't', null]);
  });

  it('TOML front matter (Hugo): keys and values among its top-level fields, as TOML writes them; nothing in a table, and a comment after a value stays', () => {
    const key = at('+++\ntitle = "A"\ndr|\n[params]\n+++\n').context;
    assert.deepEqual(key.kind === 'key' && [key.syntax, key.prefix, [...key.present]], ['toml', 'dr', ['title', 'params']]);
    const flow = at('+++\ntags = ["ai", "we|\n+++\n').context;
    assert.deepEqual(flow.kind === 'value' && [flow.syntax, flow.key, flow.prefix, flow.list], ['toml', 'tags', 'we', 'flow']);
    const typed = at('+++\ndraft = t| # for now\n+++\n');
    assert.ok(typed.context.kind === 'value' && typed.context.key === 'draft' && typed.context.prefix === 't');
    assert.equal(typed.context.kind === 'value' && typed.post.text.slice(typed.context.span.start, typed.context.span.end), 't', 'the comment is not replaced');
    assert.equal(at('+++\ntitle = "A"\n[params]\nau|\n+++\n').context.kind, 'none');
    assert.equal(at('+++\ntags:| [a]\n+++\n').context.kind, 'none', 'a YAML colon is no TOML value');
  });

  it('nothing in the body or outside front matter', () => {
    assert.equal(at('---\ntitle: A\n---\nta|gs: x\n').context.kind, 'none');
    assert.equal(at('no front matter |\n').context.kind, 'none');
  });

  it('hover finds a key and a list item', () => {
    const { post } = at('---\ntags: [ai, web]\nreading_time: 3\n---\n|');
    const text = post.text;
    assert.deepEqual(hoverTarget(post, text.indexOf('web') + 1), { kind: 'item', key: 'tags', value: 'web', span: { start: text.indexOf('web'), end: text.indexOf('web') + 3 } });
    assert.equal(hoverTarget(post, text.indexOf('reading_time') + 2)?.kind, 'key');
  });
});

describe('date in the blog format', () => {
  const now = new Date(2026, 10, 30, 9, 5, 7);
  it('follows the most common shape of the blog\'s dates', () => {
    assert.equal(dateInBlogFormat(now, ['2024-01-01', '2024-02-02', '2024-03-03 10:00:00 +0900']), '2026-11-30');
    assert.match(dateInBlogFormat(now, ['2024-03-03 10:00:00 +0900']), /^2026-11-30 09:05:07 [+-]\d{4}$/);
    assert.match(dateInBlogFormat(now, ['2024-03-03T10:00:00+09:00']), /^2026-11-30T09:05:07[+-]\d{2}:\d{2}$/);
    assert.match(dateInBlogFormat(now, []), /^2026-11-30 09:05:07 [+-]\d{4}$/);
  });
});

describe('rename and merge tags', () => {
  const retag = (text: string, from: string[], to: string) => applySpanEdits(text, retagEdits(parsePost(text), 'tags', new Set(from), to));

  it('renames in flow and block lists, keeping quotes and style, and only in front matter', () => {
    assert.equal(retag('---\ntags: [ai, "web", jekyll]\n---\ntags: [ai]\n', ['ai'], 'AI'), '---\ntags: [AI, "web", jekyll]\n---\ntags: [ai]\n');
    assert.equal(retag("---\ntags:\n  - 'ai'\n  - web\n---\n", ['ai'], "it's"), "---\ntags:\n  - 'it''s'\n  - web\n---\n");
    assert.equal(retag('---\ntags: [web]\n---\n', ['ai'], 'x'), '---\ntags: [web]\n---\n');
    assert.equal(retag('---\ntags: [ai]\n---\n', ['ai'], 'a: b'), '---\ntags: ["a: b"]\n---\n');
    assert.equal(retag('---\ntags: ai\n---\n', ['ai'], 'ml'), '---\ntags: ml\n---\n');
  });

  it('merges: the first becomes the target, the others go, and a target already listed stays once', () => {
    assert.equal(retag('---\ntags: [ml, web, ai]\n---\n', ['ml', 'ai'], 'AI'), '---\ntags: [AI, web]\n---\n');
    assert.equal(retag('---\ntags:\n  - ml\n  - web\n  - ai\n---\n', ['ml', 'ai'], 'AI'), '---\ntags:\n  - AI\n  - web\n---\n');
    assert.equal(retag('---\ntags: [ml, AI, ai]\n---\n', ['ml', 'ai'], 'AI'), '---\ntags: [AI]\n---\n');
    assert.equal(retag('---\ntags: [ml, ai]\n---\n', ['ml', 'ai'], 'AI'), '---\ntags: [AI]\n---\n');
  });

  it('TOML front matter (Hugo): items renamed and removed in place, in their own quotes, on one line or several', () => {
    assert.equal(retag('+++\ntitle = "A"\ntags = ["ml", \'web\', "ai"] # topics\n+++\ntags = ["ml"]\n', ['ml', 'ai'], 'AI'), '+++\ntitle = "A"\ntags = ["AI", \'web\'] # topics\n+++\ntags = ["ml"]\n');
    assert.equal(retag("+++\ntags = ['ml']\n+++\n", ['ml'], "it's"), '+++\ntags = ["it\'s"]\n+++\n', 'a literal string cannot hold a quote');
    assert.equal(retag("+++\ntags = ['ml']\n+++\n", ['ml'], 'a\\b'), "+++\ntags = ['a\\b']\n+++\n", 'a literal string keeps a backslash as it is');
    assert.equal(retag('+++\ntags = [\n  "ml", # first\n  "web",\n  "ai",\n]\n+++\n', ['ml', 'ai'], 'AI'), '+++\ntags = [\n  "AI", # first\n  "web",\n]\n+++\n');
    assert.equal(retag('+++\ntags = "ai"\n+++\n', ['ai'], 'say "AI"'), '+++\ntags = "say \\"AI\\""\n+++\n');
    assert.equal(retag('+++\ntags = ["web"]\n+++\n', ['ai'], 'x'), '+++\ntags = ["web"]\n+++\n');
    assert.equal(retag('+++\ntags = [\n  "ai",\n]\n+++\n', ['ai'], 'x'), '+++\ntags = [\n  "x",\n]\n+++\n');
    assert.equal(retag('+++\ntags.list = ["ai"]\n+++\n', ['ai'], 'x'), '+++\ntags.list = ["ai"]\n+++\n', 'a dotted key is no list of tags');
    assert.equal(retag('+++\n[params]\ntags = ["ai"]\n+++\n', ['ai'], 'x'), '+++\n[params]\ntags = ["ai"]\n+++\n', 'a table\'s key is no front matter field');
    assert.equal(retag('+++\ntags = """ai"""\n+++\n', ['ai'], 'x'), '+++\ntags = "x"\n+++\n', 'a multi-line string is one value');
  });
});

describe('fields from a front matter schema', () => {
  const profile = profileFields((template) => template);
  it('a Front Matter CMS content type: its fields with their kinds and choices, the profile describing what it does not', () => {
    const translation = contentTypeToSchema({
      name: 'blog',
      fields: [
        { name: 'title', type: 'string', description: 'Shown on the card' },
        { name: 'category', type: 'choice', choices: ['news', { id: 'tutorial', title: 'Tutorial' }] },
        { name: 'date', type: 'datetime' },
        { name: 'draft', type: 'draft' },
        { name: 'tags', type: 'tags' },
        { name: 'seats', type: 'number' },
      ],
    });
    assert.ok('schema' in translation && translation.schema);
    const fields = schemaFields(translation.schema, profile);
    assert.deepEqual(fields.field('category'), { key: 'category', description: '', kind: 'string', values: ['news', 'tutorial'] });
    assert.equal(fields.field('title')?.description, 'Shown on the card');
    assert.equal(fields.field('tags')?.description, profile.field('tags')?.description);
    assert.deepEqual(['date', 'draft', 'tags', 'seats'].map((key) => fields.field(key)?.kind), ['date', 'boolean', 'list', 'number']);
    // The schema allows other fields: the profile's others are still offered, after the schema's own.
    assert.deepEqual(fields.fields().slice(0, 6).map((f) => f.key), ['title', 'category', 'date', 'draft', 'tags', 'seats']);
    assert.ok(fields.field('lang'));
  });

  it('a closed schema offers only its own fields', () => {
    const fields = schemaFields({ type: 'object', properties: { title: { type: 'string' }, kind: { enum: ['a', 'b'] } }, additionalProperties: false }, profile);
    assert.deepEqual(fields.fields().map((f) => f.key), ['title', 'kind']);
    assert.deepEqual(fields.field('kind')?.values, ['a', 'b']);
  });
});
