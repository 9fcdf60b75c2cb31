import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applySpanEdits, formatJekyllDate, frontMatterSnippet, missingFieldsEdit, setFieldEdit, suggestTitle } from '../../src/core';
import { parse as parseToml } from 'smol-toml';

const apply = (text: string, edit: ReturnType<typeof setFieldEdit>) => applySpanEdits(text, [edit!]);

describe('front matter commands (engine side)', () => {
  it('formats dates in Jekyll style with the local zone offset', () => {
    assert.match(formatJekyllDate(new Date(2025, 10, 7, 4, 38, 5)), /^2025-11-07 04:38:05 [+-]\d{4}$/);
  });

  it('suggests the first heading as the title, else the file name', () => {
    assert.equal(suggestTitle('intro\n\n## 私の記事\n', 'x.md'), '私の記事');
    assert.equal(suggestTitle('no heading', 'my-first_post.md'), 'my first post');
  });

  it('reads a heading as CommonMark does: closing #s dropped, C# kept, setext headings, not inside code', () => {
    assert.equal(suggestTitle('## Title ##  \n', 'x.md'), 'Title');
    assert.equal(suggestTitle('# Learn C#\n', 'x.md'), 'Learn C#');
    assert.equal(suggestTitle('My title\n========\n\nbody\n', 'x.md'), 'My title');
    assert.equal(suggestTitle('```\n# not a title\n```\n\n# Real\n', 'x.md'), 'Real');
    assert.equal(suggestTitle('#\n', 'empty-heading.md'), 'empty heading');
  });

  it('takes linear time on a long heading of " #" (a lazy regex took seconds)', () => {
    const line = `# a${' #'.repeat(50_000)} b`;
    assert.equal(suggestTitle(line, 'x.md'), line.slice(2));
  });

  it('builds a snippet with tab stops and the detected language', () => {
    const snippet = frontMatterSnippet('# タイトル\n\nこれは日本語の本文です。ひらがなもあります。\n', 'a.md', new Date(2025, 0, 2, 3, 4, 5));
    assert.match(snippet, /^---\ntitle: \$\{1:"タイトル"\}\ndate: \$\{2:2025-01-02 03:04:05 [+-]\d{4}\}\ntags: \[\$\{3\}\]\ncategories: \[\$\{4\}\]\nlang: \$\{5:ja\}\n---\n\n\$0$/);
  });

  it('escapes snippet syntax in a title', () => {
    assert.match(frontMatterSnippet('# Price: $5 {a}\n', 'a.md', new Date()), /title: \$\{1:"Price: \\\$5 \{a\\\}"\}/);
  });

  it('adds only missing required fields, before the closing fence, in the post\'s line breaks', () => {
    const text = '---\r\ndate: 2025-01-01\r\n---\r\n\r\n# Hello\r\n';
    assert.equal(apply(text, missingFieldsEdit(text, 'a.md', ['title', 'date'], new Date())), '---\r\ndate: 2025-01-01\r\ntitle: "Hello"\r\n---\r\n\r\n# Hello\r\n');
    assert.equal(missingFieldsEdit('---\ntitle: A\n---\n', 'a.md', ['title'], new Date()), null);
  });

  it('sets a field: replaces its value, fills an empty one, or adds it', () => {
    assert.equal(apply('---\nreading_time: 8\n---\n', setFieldEdit('---\nreading_time: 8\n---\n', 'reading_time', '34')), '---\nreading_time: 34\n---\n');
    assert.equal(apply('---\nreading_time:\n---\n', setFieldEdit('---\nreading_time:\n---\n', 'reading_time', '34')), '---\nreading_time: 34\n---\n');
    assert.equal(apply('---\ntitle: A\n---\n', setFieldEdit('---\ntitle: A\n---\n', 'reading_time', '34')), '---\ntitle: A\nreading_time: 34\n---\n');
    assert.equal(setFieldEdit('---\ntitle: [\n---\n', 'reading_time', '3'), null, 'never writes into broken YAML');
  });

  it('writes TOML front matter (Hugo) in TOML: `key = value`, before its first table, a title quoted and a date in RFC 3339', () => {
    const text = '+++\ndraft = true\n[params]\n  author = "me"\n+++\n\n# Hello "world"\n';
    const fixed = apply(text, missingFieldsEdit(text, 'a.md', ['title', 'date'], new Date(2025, 0, 2, 3, 4, 5)));
    assert.match(fixed, /^\+\+\+\ndraft = true\ntitle = "Hello \\"world\\""\ndate = 2025-01-02T03:04:05[+-]\d{2}:\d{2}\n\[params\]\n/);
    assert.doesNotThrow(() => parseToml(fixed.slice(4, fixed.indexOf('\n+++', 4))));
    assert.equal(apply('+++\nreading_time = 8 # min\n+++\n', setFieldEdit('+++\nreading_time = 8 # min\n+++\n', 'reading_time', '34')), '+++\nreading_time = 34 # min\n+++\n');
    assert.equal(apply('+++\ntitle = "A"\n[params]\n+++\n', setFieldEdit('+++\ntitle = "A"\n[params]\n+++\n', 'reading_time', '34')), '+++\ntitle = "A"\nreading_time = 34\n[params]\n+++\n');
    assert.equal(setFieldEdit('+++\ntitle = "A\n+++\n', 'reading_time', '3'), null, 'never writes into TOML that does not parse');
    assert.equal(missingFieldsEdit('+++\ntitle = "A\n+++\n', 'a.md', ['date'], new Date()), null);
  });
});
