import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, extractLinks, fixAll, lint, parsePost, type Finding } from '../../src/core';
import { lostSentences, ofRule } from './helpers';
import { parse as parseToml } from 'smol-toml';

const post = (frontMatter: string, body = 'これはテスト用の本文です。ひらがなも含みます。\n') => `---\n${frontMatter}\n---\n\n${body}`;
const findingsOf = (text: string, rule: string): Finding[] => ofRule(lint(text).findings, rule);
const fixOne = (text: string, finding: Finding) => applyEdits(text, finding.fix!.edits);

describe('Hexo front matter without its opening fence (jhmt/blog-hexo-source: 16 of 20 posts)', () => {
  const bare = 'title: Create "Download" Link\ndate: 2016-04-22 18:53:03\ntags: [HTML5, JavaScript]\n---\n## HTML5\nText.\n';
  it('is front matter on a blog Hexo builds: from the first line, a `key:`, to the first `---`', () => {
    const post = parsePost(bare, { generator: 'hexo' });
    assert.deepEqual([...post.frontMatter!.fields.keys()], ['title', 'date', 'tags']);
    assert.deepEqual([post.frontMatter!.openLine, post.frontMatter!.closeLine, post.bodyLine], [-1, 3, 4]);
    assert.deepEqual(lint(bare, { generator: 'hexo' }).findings.map((f) => f.rule), []);
    // A missing required field is said on the closing fence, there being no opening one.
    const [missing] = lint('date: 2016-04-22\n---\nText.\n', { generator: 'hexo' }).findings;
    assert.deepEqual([missing.rule, missing.range.start.line], ['required-field', 1]);
  });
  it('is text anywhere else, and on Hexo too without a closing `---` or with a first line that is no key', () => {
    assert.equal(parsePost(bare).frontMatter, null);
    assert.deepEqual(lint(bare, { generator: 'jekyll' }).findings.map((f) => f.rule), ['frontmatter-missing']);
    assert.equal(parsePost('title: A\nText.\n', { generator: 'hexo' }).frontMatter, null);
    assert.equal(parsePost('Some text: a colon\n---\n', { generator: 'hexo' }).frontMatter, null);
    // Only YAML that parses: a paragraph opening with `Note:` above a rule is text.
    assert.equal(parsePost('Note: this post\nis about [links](/a/): see below.\n\n- a\n---\n', { generator: 'hexo' }).frontMatter, null);
  });
});

describe('frontmatter-missing', () => {
  it('reports a post without front matter, and nothing else about fields', () => {
    const findings = lint('# Hello\n\nJust text.\n').findings;
    assert.deepEqual(findings.map((f) => f.rule), ['frontmatter-missing']);
  });
  it('treats an empty file as having no front matter without crashing', () => {
    assert.deepEqual(lint('').findings.map((f) => f.rule), ['frontmatter-missing']);
  });
});

describe('frontmatter-syntax', () => {
  it('places a YAML error exactly', () => {
    const [f] = findingsOf(post('title: A\nauthor: a: b\ndate: 2025-01-01'), 'frontmatter-syntax');
    assert.ok(f);
    assert.equal(f.range.start.line, 2);
  });
  it('reports a duplicate key on the second key', () => {
    const found = findingsOf(post('title: A\ntitle: B'), 'frontmatter-syntax');
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, 2);
    assert.match(found[0].message, /Duplicate key/);
  });
  it('reports an unterminated block on the opening line', () => {
    const [f] = findingsOf('---\ntitle: A\n\nbody text\n', 'frontmatter-syntax');
    assert.match(f.message, /not closed/);
    assert.equal(f.range.start.line, 0);
  });
  it('reads a field whose value is an alias as the node it names (PyYAML\'s `tags: *id001` under `keywords: &id001`, a real Notion-to-Hugo blog)', () => {
    const text = post("author: Gunn Kim\nkeywords: &id001\n- life\n- life\ntags: *id001\ntitle: '[인생] 매일 한 시간씩 **하기'");
    assert.deepEqual(findingsOf(text, 'field-type'), []);
    assert.deepEqual(findingsOf(text, 'duplicate-tag').map((f) => f.range.start.line), [4], 'the repeat is in the list the alias names');
    assert.equal(findingsOf(post('title: A\nt: &t 2024\ntags: *t'), 'field-type').length, 1, 'an alias of a number is still no list');
    assert.deepEqual(findingsOf(post('title: A\ntags: *nowhere'), 'field-type').map((f) => f.rule), ['field-type'], 'an alias that names nothing');
  });
  it('does not expand a YAML alias bomb', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const started = Date.now();
    const result = lint(post('title: bomb\n' + lines.join('\n')));
    assert.ok(Date.now() - started < 2000);
    assert.ok(Array.isArray(result.findings));
  });
});

describe('required-field', () => {
  it('requires a title', () => {
    const [f] = findingsOf(post('date: 2025-01-01'), 'required-field');
    assert.match(f.message, /"title" is missing/);
  });
  it('asks nothing of a DocFX include (`ms.topic: include`, MicrosoftDocs/edge-developer.zh-CN\'s `includes/*.md`): pages pull it in, it is no page', () => {
    assert.deepEqual(findingsOf(post('author: MSEdgeTeam\nms.author: msedgedevrel\nms.topic: include'), 'required-field'), []);
    assert.equal(findingsOf(post('author: MSEdgeTeam\nms.topic: article'), 'required-field').length, 1);
  });
  it('takes a home page\'s title from the site (`layout: home`, the index.md `jekyll new` writes)', () => {
    assert.deepEqual(findingsOf(post('# Feel free to add content\nlayout: home', ''), 'required-field'), []);
    assert.equal(findingsOf(post('layout: post', ''), 'required-field').length, 1);
  });
  it('rejects an empty title', () => {
    const [f] = findingsOf(post('title: ""'), 'required-field');
    assert.match(f.message, /empty/);
    assert.equal(f.range.start.line, 1);
  });
  it('takes a first `#` heading for the title, as Docusaurus and GitHub Pages do', () => {
    for (const body of ['# Getting started\n\nText.\n', '<!-- licence -->\n\nGetting started\n===\n\nText.\n']) {
      assert.deepEqual(findingsOf(post('date: 2025-01-01', body), 'required-field'), [], body);
    }
  });
  it('still requires a title over a body that opens otherwise', () => {
    for (const body of ['## Section\n\nText.\n', 'Text.\n\n# Later heading\n', 'Section\n---\n\nText.\n', '#\n\nText.\n']) {
      assert.equal(findingsOf(post('date: 2025-01-01', body), 'required-field').length, 1, body);
    }
    // An empty title is a mistake, whatever the body holds; and other fields are not taken from headings.
    assert.equal(findingsOf(post('title: ""', '# Heading\n'), 'required-field').length, 1);
    assert.equal(ofRule(lint(post('title: A', '# Heading\n'), { profile: { requiredFields: ['title', 'date'] } }).findings, 'required-field').length, 1);
  });
  it('honours profile overrides', () => {
    const text = post('title: A');
    assert.equal(ofRule(lint(text, { profile: { requiredFields: ['title', 'date'] } }).findings, 'required-field').length, 1);
  });
});

describe('TOML front matter (Hugo\'s default): the same checks as YAML, with fixes written in TOML', () => {
  const toml = (fields: string, body = 'これはテスト用の本文です。ひらがなも含みます。\n') => `+++\n${fields}\n+++\n\n${body}`;
  const blockOf = (text: string) => text.slice(4, text.indexOf('\n+++', 4));
  it('finds what it finds in YAML, on the value as written', () => {
    const text = toml('title = ""\ndraft = "false"\ntags = "hugo, toml" # topics\ncategories = [\n  "a", # first\n  "b",\n  "a",\n  3,\n]\nreading_time = "5"\ntranslated = true\n[params]\n  author = "me"');
    const found = lint(text).findings.filter((f) => f.rule !== 'reading-time-mismatch');
    const at = (f: Finding) => text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character);
    assert.deepEqual(found.map((f) => [f.rule, at(f)]), [
      ['required-field', 'title'],
      ['field-type', '"false"'],
      ['field-type', '"hugo, toml"'],
      ['duplicate-tag', '"a"'],
      ['field-type', '3'],
      ['field-type', '"5"'],
      ['translation-metadata', 'translated = true'], // needs lang
      ['translation-metadata', 'translated = true'], // and model
    ]);
    assert.match(found[1].message, /must be a TOML boolean/);
    // Every fix is TOML that parses, and fix-all's result too, with the comments kept.
    for (const f of found.filter((x) => x.fix)) assert.doesNotThrow(() => parseToml(blockOf(fixOne(text, f))), f.message);
    const fixed = fixAll(text).text;
    assert.deepEqual(JSON.parse(JSON.stringify(parseToml(blockOf(fixed)))), { title: '', draft: false, tags: ['hugo', 'toml'], categories: ['a', 'b', '3'], reading_time: 1, translated: true, params: { author: 'me' } });
    assert.match(fixed, /tags = \["hugo", "toml"\] # topics\n/);
    assert.match(fixed, /"a", # first\n/);
  });
  it('a slashed date stays text (TOML reads a bare date only with seconds); TOML dates are dates', () => {
    const [slashed] = lint(toml('title = "A"\ndate = "2018/08/27 18:00"')).findings;
    assert.equal(slashed.fix?.edits[0].newText, '"2018-08-27 18:00"');
    assert.deepEqual(lint(toml('title = "A"\ndate = 2018-08-27T18:00:00+09:00\nlastmod = 2018-08-27')).findings, []);
    assert.deepEqual(ofRule(lint(toml('title = "A"\ndate = 18:00:00')).findings, 'field-format').map((f) => f.message), ['"18:00:00.000" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +ZZZZ or ISO 8601.']);
  });
  it('places keys and values: quoted keys, literal and multi-line strings, inline tables, dotted keys, arrays of tables', () => {
    const text = toml(`"quoted key" = 'literal'\nbody = """\nline "one"\n"""\nmeta = { a = [1, 2], b = "x" }\nsite.name = "dotted"\n[[menu]]\nname = "m"\n[params]\ntags = ["not", "top-level"]`);
    const fm = parsePost(text).frontMatter!;
    const written = (key: string) => { const f = fm.fields.get(key)!; return [text.slice(f.keySpan.start, f.keySpan.end), text.slice(f.valueSpan.start, f.valueSpan.end)]; };
    assert.deepEqual(written('quoted key'), ['"quoted key"', "'literal'"]);
    assert.deepEqual(written('body'), ['body', '"""\nline "one"\n"""']);
    assert.deepEqual(written('meta'), ['meta', '{ a = [1, 2], b = "x" }']);
    assert.deepEqual(written('params'), ['params', '[params]\ntags = ["not", "top-level"]']);
    assert.equal(fm.fields.get('tags'), undefined, 'a table\'s key is no front matter field');
    // Unplaced (a dotted key, an array of tables): their values are there, on the block's first line.
    assert.deepEqual([fm.fields.get('site')!.keySpan.start, fm.fields.get('menu')!.keySpan.start], [4, 4]);
    assert.deepEqual(lint(text).findings.map((f) => f.rule), ['required-field']);
  });
});

describe('field-type', () => {
  it('flags the string "true" and fixes it to a boolean', () => {
    const text = post('title: A\ntranslated: "true"\nlang: ja\nmodel: x-ai/grok-4-fast');
    const [f] = findingsOf(text, 'field-type');
    assert.equal(fixOne(text, f), post('title: A\ntranslated: true\nlang: ja\nmodel: x-ai/grok-4-fast'));
  });
  it('accepts the day a post was translated or generated (a translation repository\'s `translated: 2026-09-14`), not other text', () => {
    assert.deepEqual(findingsOf(post('title: A\ntranslated: 2026-09-14\ngenerated: "2026-09-14 10:00:00 +0900"'), 'field-type'), []);
    assert.equal(findingsOf(post('title: A\ntranslated: by hand'), 'field-type').length, 1);
    assert.equal(findingsOf(post('title: A\ndraft: 2026-09-14'), 'field-type').length, 1, 'a draft is one or not');
  });
  it('accepts an image path but flags an image "false" string', () => {
    assert.deepEqual(findingsOf(post('title: A\nimage: /img/a.png'), 'field-type'), []);
    assert.equal(findingsOf(post('title: A\nimage: "false"'), 'field-type').length, 1);
  });
  it('turns space-separated tags into a YAML list', () => {
    const text = post('title: A\ntags: AI 投資 チップ');
    const [f] = findingsOf(text, 'field-type');
    assert.equal(fixOne(text, f), post('title: A\ntags: ["AI", "投資", "チップ"]'));
  });
  it('accepts one word alone and Hexo\'s category paths (real Hexo blogs: `categories: 前端`, `- [框架, jquery]`), and still flags more than one word in a string', () => {
    assert.deepEqual(findingsOf(post('title: A\ntags: jquery\ncategories: 前端'), 'field-type'), []);
    assert.deepEqual(findingsOf(post('title: A\ncategories:\n- [框架, jquery]\n- [js]'), 'field-type'), []);
    // Docusaurus: a tag as `{ label, permalink }`.
    assert.deepEqual(findingsOf(post('title: A\ntags:\n  - label: Release\n    permalink: /release\n  - docusaurus'), 'field-type'), []);
    assert.equal(findingsOf(post('title: A\ntags:\n  - permalink: /release'), 'field-type').length, 1, 'an object without a label is no tag');
    assert.equal(findingsOf(post('title: A\ntags: AI, 投資'), 'field-type').length, 1);
    assert.equal(findingsOf(post('title: A\ntags:\n- [a, b]'), 'field-type').length, 1, 'a nested list in tags is no tag');
    assert.equal(findingsOf(post('title: A\ncategories:\n- [a, ""]'), 'field-type').length, 1);
    // On a blog Hexo builds, a string is one item as written (kebingzao/blog_hexo: `categories: git 操作`), unless commas say several were meant.
    const fieldType = (text: string, generator: 'hexo' | 'jekyll' | 'hugo') => ofRule(lint(text, { generator }).findings, 'field-type').length;
    // Hugo takes a string as one term too (chroju's Hugo blog: `categories = "Ruby on Rails"`), and an empty one as none.
    assert.deepEqual([fieldType(post('title: A\ncategories: git 操作'), 'hexo'), fieldType(post('title: A\ncategories: git 操作'), 'hugo'), fieldType('+++\ntitle = "A"\ncategories = "Ruby on Rails"\ntags = ""\n+++\n\nText.\n', 'hugo')], [0, 0, 0]);
    assert.equal(fieldType(post('title: A\ntags: AI, 投資'), 'hexo'), 1);
    // On a blog Jekyll builds, its words are the items, as Jekyll documents (GenjiApp's `tags: jekyll dev`,
    // takeyaqa's `tags: Selenium テスト テスト自動化 Chrome`, and `jekyll new`'s `categories: jekyll update`).
    assert.deepEqual([fieldType(post('title: A\ntags: jekyll dev\ncategories: jekyll update'), 'jekyll'), fieldType(post('title: A\ntags: AI, 投資'), 'jekyll')], [0, 1]);
    // Hugo reads front matter keys in any case: `Title:` is its title (elsewhere it is not).
    assert.deepEqual(ofRule(lint(post('Title: A\ndate: 2024-01-01'), { generator: 'hugo' }).findings, 'required-field'), []);
    assert.equal(ofRule(lint('---\nTitle: A\n---\n\nText.\n', { generator: 'jekyll' }).findings, 'required-field').length, 1);
    // DEV (dev.to) documents comma-separated tags (maxime1992/my-dev.to: `published`, `cover_image`,
    // `tags: typescript, types, generics`); without DEV's own fields, a comma string is still flagged.
    assert.deepEqual(findingsOf(post('published: false\ntitle: A\ncover_image: "https://example.com/c.png"\ntags: typescript, types, generics'), 'field-type'), []);
    assert.deepEqual(findingsOf(post('published: true\ntitle: A\nseries: RxJS\ntags: rxjs, angular'), 'field-type'), []);
    assert.equal(findingsOf(post('published: true\ntitle: A\ntags: rxjs, angular'), 'field-type').length, 1);
    assert.equal(fieldType(post('published: true\ntitle: A\ncover_image: c.png\ntags: rxjs, angular'), 'hugo'), 1, 'a Hugo blog reads the string as one tag');
  });
  it('reports 100 items of a list one by one and the rest as one finding, whose fix quotes them all (a list of thousands would flood the editor)', () => {
    const text = post(`title: A\ntags: [${Array.from({ length: 250 }, (_, i) => i).join(', ')}]`);
    const found = findingsOf(text, 'field-type');
    assert.equal(found.length, 101);
    assert.equal(found[100].message, '150 more items of "tags" are not non-empty strings.');
    assert.match(fixAll(text).text, /tags: \["0", "1", .*"249"\]/);
    assert.equal(findingsOf(post(`title: A\ntags: [${Array(150).fill('[1]').join(', ')}]`), 'field-type')[100].fix, undefined, 'a nested list has no fix');
  });
  it('flags empty list items and unquoted numbers', () => {
    const found = findingsOf(post('title: A\ntags: ["", 2025]'), 'field-type');
    assert.equal(found.length, 2);
  });
  it('requires reading_time to be a positive integer', () => {
    assert.equal(findingsOf(post('title: A\nreading_time: -3'), 'field-type').length, 1);
    assert.equal(findingsOf(post('title: A\nreading_time: 2.5'), 'field-type').length, 1);
    const text = post('title: A\nreading_time: "1"');
    assert.equal(fixOne(text, findingsOf(text, 'field-type')[0]), post('title: A\nreading_time: 1'));
  });
});

describe('field-format', () => {
  const formats = (fm: string) => findingsOf(post(`title: A\n${fm}`), 'field-format').length;
  it('accepts Jekyll, ISO 8601 and plain dates', () => {
    for (const d of ['2025-11-07 04:38:05 +0000', '2025-11-07T04:38:05Z', '2025-11-07T04:38:05.123+09:00', '2025-11-07']) assert.equal(formats(`date: ${d}`), 0, d);
  });
  it('rejects impossible dates', () => {
    for (const d of ['2025-02-30', '2025-13-01', '2025-11-07 25:00:00', 'yesterday']) assert.equal(formats(`date: ${d}`), 1, d);
  });
  it('checks BCP 47 tags', () => {
    for (const tag of ['ja', 'en-US', 'zh-Hant-TW']) assert.equal(formats(`lang: ${tag}`), 0, tag);
    for (const tag of ['japanese!', 'j', 'en_US']) assert.equal(formats(`lang: ${tag}`), 1, tag);
  });
  it('checks model ids: the vendors\' own, OpenRouter\'s and Hugging Face\'s', () => {
    const ids = ['x-ai/grok-4-fast', 'openai/gpt-4o:free', 'anthropic/claude-3.5-sonnet', 'Qwen/Qwen2.5-72B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct'];
    // The vendors' own ids, as real AI blogs write them, name one model too.
    const bare = ['gpt-4o', 'gemini-2.5-flash', 'claude-3-5-sonnet-20241022', 'grok-4', 'llama3.1:8b'];
    for (const m of [...ids, ...bare]) assert.equal(formats(`model: ${m}`), 0, m);
    for (const m of ['x-ai/', 'x ai/grok', 'Grok 4 Fast', '/gpt-4o', 'openai/gpt-4o/extra', '"gpt-4o:"']) assert.equal(formats(`model: ${m}`), 1, m);
  });
});

describe('duplicate-tag', () => {
  it('finds case- and width-insensitive repeats and removes the later one (flow list)', () => {
    const text = post('title: A\ntags: ["AI", "投資", "ａｉ"]');
    const [f] = findingsOf(text, 'duplicate-tag');
    assert.equal(f.related[0].range.start.line, 2);
    assert.equal(fixOne(text, f), post('title: A\ntags: ["AI", "投資"]'));
  });
  it('leaves empty items to field-type: an archetype\'s `tags: ["", ""]` is no repeated tag', () => {
    const text = post('title: A\ntags: ["", " ", "ai"]');
    assert.deepEqual(findingsOf(text, 'duplicate-tag'), []);
    assert.equal(findingsOf(text, 'field-type').length, 2);
  });
  it('removes the whole line in a block list', () => {
    const text = post('title: A\ntags:\n  - ai\n  - web\n  - AI');
    const [f] = findingsOf(text, 'duplicate-tag');
    assert.equal(fixOne(text, f), post('title: A\ntags:\n  - ai\n  - web'));
  });
  it('reports 100 repeats one by one and the rest as one finding whose fix removes them all', () => {
    for (const [flow, list] of [[true, `[x, ${Array(150).fill('a').join(', ')}]`], [false, `\n  - x${'\n  - a'.repeat(150)}`]] as const) {
      const text = post(`title: A\ntags: ${list}`.replace(': \n', ':\n'));
      const found = findingsOf(text, 'duplicate-tag');
      assert.equal(found.length, 101, `flow: ${flow}`);
      const rest = found[100];
      assert.match(rest.message, /^49 more repeated items in tags\.$/);
      assert.equal(rest.fix!.edits.length, 1, 'the removals of neighbouring items merge into one edit');
      assert.equal(fixAll(text).text, post(flow ? 'title: A\ntags: [x, a]' : 'title: A\ntags:\n  - x\n  - a'));
    }
  });
});

describe('accidental-heading', () => {
  it('reports a paragraph a `---` right under it made a heading (an AI Zenn repository\'s closing line; an AI .NET blog\'s label and its text), offering a blank line that fix-all never inserts', () => {
    const closing = 'AIを怖れるより、AIを監視・制御・活用する側に立つ。それが今この瞬間に取れる最善の一手だ。\n---\n\n関連記事はこちら。\n';
    const labelled = '**Practical takeaway for .NET devs:**\nKeep quality checks consistent across unit tests and CI.\n---\n\n## 2. Model Retirement\n';
    for (const body of [closing, labelled]) {
      const text = post('title: A', body);
      const [found, ...more] = findingsOf(text, 'accidental-heading');
      assert.equal(more.length, 0);
      assert.match(found.message, /This paragraph is a heading: the "---" right under it/);
      assert.equal(found.fix, undefined, 'a heading goes: the writer chooses');
      assert.equal(applyEdits(text, found.suggestions![0].edits), post('title: A', body.replace('\n---\n', '\n\n---\n')));
      assert.equal(fixAll(text).text, text);
    }
    // The blank line keeps the post's line breaks.
    const crlf = post('title: A', closing).replace(/\n/g, '\r\n');
    assert.equal(findingsOf(crlf, 'accidental-heading')[0].suggestions![0].edits[0].newText, '\r\n');
  });

  it('leaves headings meant as headings, front matter fences, `===` and short dashes alone', () => {
    for (const body of [
      'Introduction\n------------\n\nText.\n',
      'Why does Rust feel so strict about this?\n---\n',
      'Done.\n---\n',
      'Summary: what we learned today about caching\n---\n',
      'This paragraph is a first-level heading on purpose.\n===\n',
      'This paragraph is a heading on purpose, with one dash.\n-\n',
      // Front matter glued on (frontmatter-in-body reports it) and an example of front matter in a shortcode (Docsy).
      'A paragraph that ends the first article right here.\n---\ntitle: "B"\ndate: 2025-01-01\n---\n',
      '{{< tab lang="yaml" >}}\n---\ntitle: "My amazing new section"\ndescription: >\n  A special section with a docs layout.\n---\n{{< /tab >}}\n',
      '```\nSome sentence in code that ends here.\n---\n```\n',
      // Notes and a rule under them; a link's definition; an admonition, a Liquid comment, math, an HTML block around it.
      'Text[^1][^2].\n\n[^1]: See the paper.\n[^2]: Another note.\n---\n',
      '[foo]: https://example.com "Long title that ends here."\n---\n',
      ':::tip\nDone.\n---\n:::\n',
      '{% comment %}\nA sentence the generator removes before Markdown.\n---\n{% endcomment %}\n',
      '$$\nx = 1.\n---\n$$\n',
      // `!=` and an image are no second sentence.
      'Use `a != b` now.\n---\n',
      '![logo](a.png) Version 2.\n---\n',
    ]) assert.deepEqual(findingsOf(post('title: A', body), 'accidental-heading'), [], body);
  });
});

describe('frontmatter-in-body', () => {
  // A real Zenn repository of AI-written news glued articles into one file: each next one's front
  // matter right under the last paragraph (its `---` the paragraph's underline) or under a rule.
  const glued = '---\ntitle: A\n---\n\nエージェントの実運用には、まだ課題が多いようです。\n---\ntitle: "Karpathy「10年かかる」"\nemoji: "⏰"\ntype: "tech"\ntopics: ["AI", "LLM"]\npublished: true\n---\n\n## 元記事\n\n本文です。\n\n---\n\n**更新日**: 2025年10月22日\n---\nTitle: B\nCategory:\n- diary\n---\n';

  it('reports another post\'s front matter in the body, with its title, and offers no fix', () => {
    const found = findingsOf(glued, 'frontmatter-in-body');
    assert.deepEqual(found.map((f) => [f.range.start.line, f.range.end.line]), [[5, 11], [20, 24]]);
    assert.match(found[0].message, /Front matter of "Karpathy「10年かかる」" in the body \(lines 6-12\)/);
    assert.match(found[1].message, /"B"/);
    assert.ok(found.every((f) => !f.fix));
  });

  it('leaves rules, front matter shown in code, a key line or two in prose, and MDX alone', () => {
    const clean = [
      '---\ntitle: A\n---\n\nText.\n\n---\n\nMore text.\n\n---\n',
      '---\ntitle: A\n---\n\nExample:\n\n```yaml\n---\ntitle: B\ndate: 2024-01-01\n---\n```\n',
      '---\ntitle: A\n---\n\n---\ntitle: x\nAnd prose between the keys.\ndate: y\n---\n',
      '---\ntitle: A\n---\n\n---\ncolor: red\nsize: 2\n---\n',
      '---\ntitle: A\n---\n\n---\ntitle: B\n---\n',
      // Inside a Hugo shortcode that renders it as code (Docsy's user guide, a tab per format).
      '---\ntitle: A\n---\n\n{{< tab header="yaml" lang="yaml" >}}\n---\ntitle: "My amazing new section"\nweight: 1\n---\n{{< /tab >}}\n',
    ];
    for (const text of clean) assert.deepEqual(findingsOf(text, 'frontmatter-in-body'), [], text);
    assert.deepEqual(ofRule(lint(glued, { mdx: true }).findings, 'frontmatter-in-body'), []);
  });
});

describe('wrapper-debris', () => {
  // amu815/ai-tech-blog: a script asked qwen3 for JSON in a code fence, and 4 of its 23 Japanese posts end so.
  const ending = '高度な自動化機能を持つシステムを作成できます。';
  it('finds the `"`, `}` and fence left after the last paragraph (as its lazy lines, or as paragraphs of their own), and deletes them down to the prose', () => {
    for (const [tail, shown] of [['\n"\n}\n```\n', '" } ```'], ['\n\n"\n}\n\n```json\n', '" } ```json'], ['\n}\n', '}'], ['\r\n"\r\n}\r\n```\r\n', '" } ```']] as const) {
      const text = post('title: A', `## まとめ\n\n${ending}${tail}`);
      const [f, ...more] = findingsOf(text, 'wrapper-debris');
      assert.equal(more.length, 0, JSON.stringify(tail));
      assert.equal(f?.message, `What is left of the JSON the AI model answered in: ${shown} after the last paragraph. Readers would see it.`);
      const eol = tail.startsWith('\r') ? '\r\n' : '\n';
      assert.equal(fixAll(text).text, post('title: A', `## まとめ\n\n${ending}${eol}`), JSON.stringify(tail));
    }
  });
  it('finds a post kept whole in the ```markdown fence the model answered in (amu815/ai-tech-blog\'s Ollama guide), and deletes the fence\'s two lines, which pairs the post\'s own fences again', () => {
    const inner = '## Installing Ollama\nInstall it first.\n\n```shell\nollama --version\n```\n\n## Running a model\nThen run one:\n\n```shell\nollama run llama3\n```\n\nStart exploring today!\n';
    const text = post('title: Run LLMs Locally', `\`\`\`markdown\n${inner}\`\`\`\n`);
    const [f] = findingsOf(text, 'wrapper-debris');
    assert.equal(f?.message, 'The post is inside a "```markdown" code block that closes only at its end, as the AI model answered it: readers see its text as code.');
    assert.equal(f.range.start.line, 4);
    assert.equal(fixAll(text).text, post('title: Run LLMs Locally', inner));
    // A Markdown example with text around it, or one with no heading, is the writer's.
    assert.deepEqual(findingsOf(post('title: A', `Write it so:\n\n\`\`\`markdown\n${inner}\`\`\`\n`), 'wrapper-debris'), []);
    assert.deepEqual(findingsOf(post('title: A', '```md\n- a list item\n- another\n```\n'), 'wrapper-debris'), []);
  });
  it('an answer in the fence that begins with front matter of its own (a real AI news blog): said, with no fix, since the fence lines alone would leave its YAML to be read as a rule, a paragraph and a list', () => {
    const text = post('title: \'\'\ncheck: true', '```markdown\n---\ntitle: "Google、オクラホマ州の取り組み"\ntags:\n  - "ai-news"\n---\n\n# 概要\nGoogleは発表しました。\n```\n');
    const [f] = findingsOf(text, 'wrapper-debris');
    assert.match(f?.message ?? '', /begins with front matter of its own/);
    assert.equal(f.fix, undefined);
    assert.equal(fixAll(text).text, text);
  });
  it('leaves code, a quote mark alone, MDX and a post of nothing else', () => {
    assert.deepEqual(findingsOf(post('title: A', `${ending}\n\n\`\`\`json\n{\n  "a": 1\n}\n\`\`\`\n`), 'wrapper-debris'), [], 'a post ending with JSON in code');
    assert.deepEqual(findingsOf(post('title: A', `He said: "To be,\nor not to be\n"\n`), 'wrapper-debris'), [], 'a quote mark closes no JSON');
    assert.deepEqual(ofRule(lint(post('title: A', `${ending}\n}\n`), { mdx: true }).findings, 'wrapper-debris'), [], 'in MDX a `}` may close an expression');
    assert.deepEqual(findingsOf(post('title: A', '}\n'), 'wrapper-debris'), [], 'no prose before it');
  });
  it('leaves the closing lines of JSON or code written without a fence, and a bracket after a rule (fuzzing, seed 9802)', () => {
    assert.deepEqual(findingsOf(post('title: A', `${ending}\n\n{\n  "a": [1, 2]\n}\n`), 'wrapper-debris'), [], 'an unfenced object');
    assert.deepEqual(findingsOf(post('title: A', `${ending}\n\nconst a = [\n  1,\n]\n`), 'wrapper-debris'), [], 'unfenced code');
    assert.deepEqual(findingsOf('----\n]\n', 'wrapper-debris'), [], 'a rule is no prose');
  });
});

describe('translation-metadata', () => {
  it('asks translated posts for lang and model', () => {
    const found = findingsOf(post('title: A\ntranslated: true'), 'translation-metadata');
    assert.equal(found.length, 2);
  });
  it('flags lang: ja on a body without kana', () => {
    const [f] = findingsOf(post('title: A\nlang: ja', 'This body is written entirely in English, with no Japanese at all in it.\n'), 'translation-metadata');
    assert.match(f.message, /does not match/);
  });
  it('accepts lang: ja on Japanese text', () => {
    assert.deepEqual(findingsOf(post('title: A\nlang: ja'), 'translation-metadata'), []);
  });
  it('reads Chinese that quotes Japanese phrases as Chinese (lzwjava/jekyll-ai-blog\'s Japanese proverbs, explained in Chinese), and Japanese with many kanji as Japanese', () => {
    const quotes = '日本文化中蕴含着丰富的谚语和格言，折射出对生命、爱情、自然与智慧的思考。\n\n1. **七転び八起き** —— "七跌八起"。这句谚语彰显坚韧不拔的精神，启示人们纵使屡遭挫折也应永不言弃。\n\n2. **一期一会** —— "一生一会"。此语强调每次相遇的独特性，劝勉人们珍惜永不重来的每个瞬间。\n';
    assert.deepEqual(findingsOf(post('title: 日本谚语\nlang: zh', quotes), 'translation-metadata'), []);
    assert.equal(findingsOf(post('title: A\nlang: ja', quotes), 'translation-metadata').length, 0, 'some kana: not ruled out as Japanese');
    assert.equal(findingsOf(post('title: A\nlang: zh', '東京都知事選挙の結果が発表された。投票率は前回を上回った。\n'), 'translation-metadata').length, 1);
  });
});

describe('reading-time-mismatch', () => {
  it('allows max(1 min, 20%) and sets the computed value otherwise', () => {
    const body = 'あ'.repeat(5000) + '。\n'; // 10 minutes
    assert.equal(lint(post('title: A', body)).readingTime.minutes, 10);
    assert.deepEqual(findingsOf(post('title: A\nreading_time: 9', body), 'reading-time-mismatch'), []);
    const text = post('title: A\nreading_time: 3', body);
    const [f] = findingsOf(text, 'reading-time-mismatch');
    assert.equal(fixOne(text, f), post('title: A\nreading_time: 10', body));
  });
});

describe('field-format dates as real blogs write them', () => {
  it('takes an hour of one digit (Karpathy\'s blog: 2019-04-25 9:00:00); a date with slashes (Hexo: 2019/07/17) gets a message that says who reads it, and a fix to hyphens', () => {
    assert.deepEqual(findingsOf(post('title: A\ndate: 2019-04-25 9:00:00'), 'field-format'), []);
    // And hyphens with a one-digit month or day (Chinese Hexo blogs: `2016-8-27 20:22:33`; a Docusaurus blog: "2021-6-10").
    for (const [written, fixed] of [['2019/07/17', '2019-07-17'], ['2018/08/27 18:00:00', '2018-08-27 18:00:00'], ['2019/7/5', '2019-07-05'], ['2016-8-27 20:22:33', '2016-08-27 20:22:33'], ['"2021-6-10"', '2021-06-10'], ['2016-08-2', '2016-08-02'], ['2016-02-07 23:59:59 +900', '2016-02-07 23:59:59 +0900'], ['2017/5/17 0:00:00 -500', '2017-05-17 0:00:00 -0500'], ['2020-03-15 20:57 PDT', '2020-03-15 20:57 -0700'], ['2008-08-10 21:41:47 UTC', '2008-08-10 21:41:47 +0000'], ['2019/07/17 18:00:00 +09:00', '2019-07-17 18:00:00 +09:00']]) {
      const text = post(`title: A\ndate: ${written}`);
      const [f] = findingsOf(text, 'field-format');
      assert.match(f.message, /Jekyll and Hexo, but not to Hugo/);
      assert.equal(fixOne(text, f), post(`title: A\ndate: ${fixed}`));
      assert.deepEqual(findingsOf(fixOne(text, f), 'field-format'), []);
    }
    // No such date: the message says it is none, with no fix.
    const [bad] = findingsOf(post('title: A\ndate: 2019/02/30'), 'field-format');
    assert.match(bad.message, /is not a valid date/);
    assert.equal(bad.fix, undefined);
  });
  it('leaves slashes alone on a blog Jekyll builds (Hexo\'s `_config.yml` reads as Jekyll\'s), and not on one Hugo builds or one not known', () => {
    const text = post('title: A\ndate: 2019/07/17');
    assert.deepEqual(ofRule(lint(text, { generator: 'jekyll' }).findings, 'field-format'), []);
    for (const generator of ['jekyll', 'hexo'] as const) assert.deepEqual(ofRule(lint(post('title: A\ndate: 2016-8-31'), { generator }).findings, 'field-format'), [], generator);
    // An offset of three digits (a Japanese Hexo blog's `2016-02-07 23:59:59 +900`, every post): Ruby and JavaScript read it as +09:00.
    for (const generator of ['jekyll', 'hexo'] as const) assert.deepEqual(ofRule(lint(post('title: A\ndate: 2016-02-07 23:59:59 +900'), { generator }).findings, 'field-format'), [], generator);
    // A zone by name (an English Jekyll blog's `2020-03-15 20:57 PDT`); one only Ruby knows (`JST`) is a date to Jekyll alone.
    for (const generator of ['jekyll', 'hexo'] as const) assert.deepEqual(ofRule(lint(post('title: A\ndate: 2020-03-15 20:57 PDT'), { generator }).findings, 'field-format'), [], generator);
    assert.deepEqual(ofRule(lint(post('title: A\ndate: 2020-03-15 20:57 JST'), { generator: 'jekyll' }).findings, 'field-format'), []);
    // Elsewhere it is none, and the fix writes the zone's offset.
    for (const [zone, offset] of [['JST', '+0900'], ['CET', '+0100'], ['EET', '+0200'], ['AEDT', '+1100']]) {
      assert.deepEqual(ofRule(lint(post(`title: A\ndate: 2020-03-15 20:57 ${zone}`), { generator: 'jekyll' }).findings, 'field-format'), [], zone);
      for (const generator of ['hexo', 'hugo'] as const) {
        const [finding] = ofRule(lint(post(`title: A\ndate: 2020-03-15 20:57 ${zone}`), { generator }).findings, 'field-format');
        assert.match(finding.message, /only Jekyll reads/, `${zone} on ${generator}`);
        assert.deepEqual(finding.fix?.edits.map((e) => e.newText), [`2020-03-15 20:57 ${offset}`]);
      }
    }
    // An abbreviation of several zones (IST: India, Ireland, Israel; BST: British Summer, Bangladesh)
    // has no one offset to write. Ruby reads any zone word (as local time), so Jekyll still takes the date.
    for (const zone of ['IST', 'BST']) assert.deepEqual(ofRule(lint(post(`title: A\ndate: 2020-03-15 20:57 ${zone}`), { generator: 'hugo' }).findings, 'field-format').map((f) => [f.message, f.fix]), [[`"2020-03-15 20:57 ${zone}" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +ZZZZ or ISO 8601.`, undefined]]);
    assert.deepEqual(ofRule(lint(post('title: A\ndate: 2020-03-15 20:57 IST'), { generator: 'jekyll' }).findings, 'field-format'), []);
    assert.deepEqual(ofRule(lint(post('title: A\ndate: 2016-02-07 23:59:59 +0900'), { generator: 'hugo' }).findings, 'field-format'), []);
    for (const generator of ['hugo', 'astro', 'none', undefined] as const) assert.equal(ofRule(lint(text, { generator }).findings, 'field-format').length, 1, String(generator));
    // A date that is none is one to Jekyll too.
    assert.match(ofRule(lint(post('title: A\ndate: 2019/02/30'), { generator: 'jekyll' }).findings, 'field-format')[0].message, /is not a valid date/);
  });
});

describe('conflicting-link', () => {
  const post = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;
  it('reads no links in template code: a real Hexo post\'s `{% codeblock %}` of minified JavaScript (kebingzao/blog_hexo), or Jekyll\'s `{% highlight %}`', () => {
    const script = "<script>\n  E[r]('id',b);\n  E[r]('src',I+g+T);\n  (F[e]('head')[0]||F[e]('body')[0]).appendChild(E);\n</script>";
    for (const [open, close] of [['{% codeblock lang:html %}', '{% endcodeblock %}'], ['{% highlight html %}', '{% endhighlight %}']]) {
      const text = post(`其实就是在html标签后面嵌入一段js：\n${open}\n${script}\n${close}`);
      assert.deepEqual(lint(text).findings.filter((f) => f.rule === 'conflicting-link' || f.rule === 'broken-link'), [], open);
    }
  });
  it('reports one link text with two destinations, on the later link', () => {
    const found = findingsOf(post('- [生成AIの法的リスク](/2025/03/01/generative-ai-legal-risks/)\n- [生成AIの法的リスク](/2025/03/01/ai-legal-risk/)'), 'conflicting-link');
    assert.deepEqual(found.map((f) => f.range.start.line), [5]);
  });
  it('takes a page and a section of it for one target, and texts that name only a kind of target (real Zenn articles) or Zenn\'s embeds for none', () => {
    const text = post(
      [
        'See [OAuth2.0の流れをまとめてみる](https://zenn.dev/a/articles/oauth2) first.',
        'Then [OAuth2.0の流れをまとめてみる](https://zenn.dev/a/articles/oauth2#oauth2.0%E3%81%AE%E6%B5%81%E3%82%8C) again.',
        '',
        '@[tweet](https://twitter.com/a/status/1)',
        '',
        '@[tweet](https://twitter.com/b/status/2)',
        '',
        '- [Aidan Steele\'s blog](https://awsteele.com/blog/x.html) ([Tweet](https://twitter.com/c/status/3))',
        '- [github-actions-oidc-test](https://github.com/t/x) ([Tweet](https://twitter.com/d/status/4))',
      ].join('\n'),
    );
    assert.deepEqual(findingsOf(text, 'conflicting-link'), []);
  });
  it('passes over texts that name a kind of target in English, Japanese and Chinese, and numbered steps (real Hexo blogs, overreacted.io)', () => {
    const text = post(
      [
        '- Chrome: 见[issue](https://bugs.chromium.org/p/chromium/issues/detail?id=2508)',
        '- Firefox: 见[issue](https://bugzilla.mozilla.org/show_bug.cgi?id=431098)',
        '',
        '下载服务端[脚本](http://example.com/tools/nps.sh)，然后下载客户端[脚本](http://example.com/tools/npc.sh)。',
        '',
        '[Try it here](https://codesandbox.io/s/a), and then [try it here](https://codesandbox.io/s/b) (overreacted.io).',
        '',
        'Presets [on npm](https://www.npmjs.com/search?q=babel-preset) and plugins [on npm](https://www.npmjs.com/search?q=babel-plugin) (Babel\'s blog).',
        '',
        '[The paper](https://arxiv.org/abs/2011.08002) is short; see [the paper](https://arxiv.org/pdf/2011.08002) for the proofs, and [this post](/a/) and [this post](/b/).',
        '',
        'Hugo の[公式ページ](https://gohugo.io/installation/)、Docker の[公式ページ](https://docs.docker.com/engine/install/debian/)、VS Code の[ダウンロードサイト](https://code.visualstudio.com/download)、Hugo の[ダウンロードサイト](https://github.com/gohugoio/hugo/releases) (a Japanese Hugo blog).',
      ].join('\n'),
    );
    assert.deepEqual(findingsOf(text, 'conflicting-link'), []);
    // Tracking parameters do not make another page (react.dev's conference recap); other queries do.
    assert.deepEqual(findingsOf(post('[Ag Grid](https://www.ag-grid.com) and [Ag Grid](https://www.ag-grid.com/?utm_source=react-conf&utm_medium=web)'), 'conflicting-link'), []);
    assert.equal(findingsOf(post('[Search](https://example.com/s?q=a&utm_source=x) and [Search](https://example.com/s?q=b)'), 'conflicting-link').length, 1);
    // Vite's announcements: one discussion thread per topic.
    assert.deepEqual(findingsOf(post('见[讨论帖](https://github.com/vitejs/vite/discussions/1)和[讨论帖](https://github.com/vitejs/vite/discussions/2)。'), 'conflicting-link'), []);
    // A full URL of the site and a path from its root are one page (astro.build's blog).
    assert.deepEqual(findingsOf(post('Join the [Agency Directory](/agencies/).\n\nSee the [Agency Directory](https://astro.build/agencies/).'), 'conflicting-link'), []);
    assert.equal(findingsOf(post('[Setup guide](/docs/a) and [Setup guide](https://example.com/docs/b)'), 'conflicting-link').length, 1);
    // What to do with a generic target (a Chinese Hexo blog's demos), and numbered steps of two algorithms (its post on JavaScript's spec).
    assert.deepEqual(findingsOf(post('[查看 demo](http://codepen.io/a/pen/1)，[查看 demo](http://codepen.io/a/pen/2)，[view the demo](/d/3) and [view the demo](/d/4).'), 'conflicting-link'), []);
    assert.deepEqual(findingsOf(post('Unary + Operator, [step 2](#plus_op_2); Logical NOT, [step 2](#not_op_2); [第2步](#a) 与 [第2步](#b)。'), 'conflicting-link'), []);
    assert.deepEqual(findingsOf(post('参照 [这个](https://github.com/moby/moby/issues/16137) 和 [这个](https://stackoverflow.com/questions/33600154) 做法均无法消除这种错误日志。'), 'conflicting-link'), []);
    // A plugin of each of two tools, a Helm chart of two projects, `like so` under two snippets (an English Hugo blog).
    assert.deepEqual(findingsOf(post('The SSO [plugin](https://github.com/a/sso) and the DNS [plugin](https://coredns.io/p). Two [Helm chart](/a)s: [Helm chart](/b). Set it [like so](/v.yaml#L35), and [like so](/m.yaml#L70).'), 'conflicting-link'), []);
    assert.deepEqual(findingsOf(post('I hear [again](http://news.ycombinator.com/item?id=879181) and [again](http://www.reddit.com/r/programming/c26er9).'), 'conflicting-link'), []);
    // Two operators' links, whose names are code (an English dev.to blog): the code is the text's
    // own, not blanked out of it; the download page of each of two apps.
    const operators = post('- The [`timestamp` operator](https://rxjs.dev/api/operators/timestamp) wraps a value\n- The [`scan` operator](https://rxjs.dev/api/operators/scan) is like reduce');
    assert.deepEqual(findingsOf(operators, 'conflicting-link'), []);
    assert.deepEqual(extractLinks(parsePost(operators)).map((link) => link.text), ['`timestamp` operator', '`scan` operator']);
    assert.equal(findingsOf(post('The [`scan` operator](https://rxjs.dev/a) and the [`scan` operator](https://rxjs.dev/b)'), 'conflicting-link').length, 1);
    // Code alone names a file relative to where it lives: the README of each of two repositories (a Zenn article).
    assert.deepEqual(findingsOf(post('[`README.md`](https://github.com/a/b/blob/main/README.md) と [`README.md`](https://github.com/c/d/blob/main/README.md)'), 'conflicting-link'), []);
    // The registry of each of two packages, and the code of each of two experiments (a Hatena Blog post).
    assert.deepEqual(findingsOf(post('[Homebrew](https://formulae.brew.sh/formula/lima) で入れる。\n\n[Homebrew](https://formulae.brew.sh/formula/docker) でも入れる。\n\n[検証に使ったコード](https://github.com/a/p/tree/x/go) と [検証に使ったコード](https://github.com/a/p/tree/x/docker)。'), 'conflicting-link'), []);
    // CodePen's embed code: "See the Pen <a>title</a>" inside each iframe is shown by no browser
    // (an English Astro blog, two pens with one title); the same links outside an iframe count.
    const pen = (id: string) => `<iframe title="font-variant-caps example" src="https://codepen.io/caraya/embed/${id}">See the Pen <a href="https://codepen.io/caraya/pen/${id}"> font-variant-caps example</a> by Carlos Araya.</iframe>`;
    assert.deepEqual(findingsOf(post(`${pen('zYddyme')}\n\nText.\n\n${pen('wvqrKbB')}`), 'conflicting-link'), []);
    assert.equal(findingsOf(post(`${pen('zYddyme')}\n\n<p><a href="https://codepen.io/caraya/pen/x">font-variant-caps example</a> and <a href="https://codepen.io/caraya/pen/y">font-variant-caps example</a></p>`), 'conflicting-link').length, 1);
    assert.deepEqual(extractLinks(parsePost(post('<video src="a.mp4"><a href="/a.mp4">Download</a></video> <VIDEO><a href="/b.mp4">Download</a></VIDEO> <a href="/c">C</a>'))).map((link) => link.target), ['/c']);
    // A custom element's content is shown: its links are read.
    assert.deepEqual(extractLinks(parsePost(post('<video-js id="p"><a href="/d">D</a></video-js>'))).map((link) => link.target), ['/d']);
    // The repository both targets are in, each a folder of it (a Japanese Astro blog introducing
    // each tool of a repository); a text naming only one of them is compared.
    assert.deepEqual(findingsOf(post('- [makotow/dailyutils](https://github.com/makotow/dailyutils/tree/master/tmux-ssh)\n- [makotow/dailyutils](https://github.com/makotow/dailyutils/tree/master/gosetup)\n- [docs/guide](/docs/guide/a) [docs/guide](/docs/guide/b)'), 'conflicting-link'), []);
    assert.equal(findingsOf(post('[makotow/dailyutils](https://github.com/makotow/dailyutils) and [makotow/dailyutils](https://github.com/makotow/other)'), 'conflicting-link').length, 1);
    // Twitter's embed code links each tweet's date to the tweet: two tweets of one day (a Japanese meetup report).
    const tweet = (user: string, id: string, date: string) => `<blockquote class="twitter-tweet"><p lang="ja" dir="ltr">発表です</p>&mdash; ${user} (@${user}) <a href="https://twitter.com/${user}/status/${id}?ref_src=twsrc%5Etfw">${date}</a></blockquote>`;
    for (const date of ['January 29, 2020', '29 Jan 2020', '2020-01-29', '2020年1月29日']) {
      assert.deepEqual(findingsOf(post(`${tweet('tzkb', '1222481489687760899', date)}\n\n${tweet('ysakashita3', '1222481491176771584', date)}`), 'conflicting-link'), [], date);
    }
    // The rest of each story: `Read more →` under each item of an AI news digest, `[詳細情報]` after each feature in Adobe's Japanese docs.
    assert.deepEqual(findingsOf(post('- A. [Read more →](/news/a)\n- B. [Read more →](/news/b)\n- C. [続きを読む »](/c) [続きを読む »](/d) [→ 詳細](/e) [→ 詳細](/f)\n- D. [詳細情報](../email/url-tracking.md) E. [詳細情報](../email/message-tracking.md)'), 'conflicting-link'), []);
    assert.equal(findingsOf(post('[The model →](/a) and [The model →](/b)'), 'conflicting-link').length, 1);
    // A package or hashtag named as code names it, linked to two pages of its own (a Japanese Jekyll
    // blog): its repository and its site or registry page, a hashtag's page and a search for it.
    assert.deepEqual(findingsOf(post('[marked](https://github.com/markedjs/marked) と [marked](https://marked.js.org/#/USING_ADVANCED.md)、[export-onenote-to-html](https://github.com/azu/export-onenote-to-html) と [export-onenote-to-html](https://www.npmjs.com/package/export-onenote-to-html)、[#RunningOnStreetView](https://twitter.com/search?q=%23RunningOnStreetView&src=typed_query) と [#RunningOnStreetView](https://twitter.com/hashtag/RunningOnStreetView?src=hash)、[@scope/name](https://github.com/a/b/tree/master/packages/name) と [@scope/name](https://www.npmjs.com/package/@scope/name)。APIの[リファレンス](https://developer.apple.com/a) と [リファレンス](https://developer.apple.com/b)。'), 'conflicting-link'), []);
    // Not a post of the blog that a model linked under a made-up address, nor a page that does not carry the name.
    assert.equal(findingsOf(post('[Kubernetes](/2024/01/kubernetes/) and [Kubernetes](/blog/kubernetes/)'), 'conflicting-link').length, 1);
    assert.equal(findingsOf(post('[@kvs/env](https://github.com/azu/kvs) and [@kvs/env](https://github.com/azu/kvs/tree/master/packages/env)'), 'conflicting-link').length, 1);
    // Two addresses on one site that carry the name: two pages of it, or one made up.
    assert.equal(findingsOf(post('[Kubernetes](https://myblog.dev/2024/01/kubernetes/) and [Kubernetes](https://myblog.dev/blog/kubernetes/)'), 'conflicting-link').length, 1);
    assert.equal(findingsOf(post('[GPT-5](https://openai.com/index/gpt-5/) and [GPT-5](https://www.openai.com/blog/gpt-5)'), 'conflicting-link').length, 1);
    // Who passed each fact on (an English Jekyll blog's yearly list of facts): `via J.` for several.
    assert.deepEqual(findingsOf(post('- Fact one ([via J.](https://a.example/1)).\n- Fact two ([via J.](https://b.example/2)), [h/t Sam](https://c.example/3), [h/t Sam](https://d.example/4), [via _The Economist_.](https://economist.com/a) [via _The Economist_.](https://economist.com/b)'), 'conflicting-link'), []);
    // Unless it names the site of one target and not the other's: a model's misattribution.
    assert.equal(findingsOf(post('A ([via Reuters](https://www.reuters.com/a)) and B ([via Reuters](https://apnews.com/b)).'), 'conflicting-link').length, 1);
    // A playground named by its tool under each of two snippets (a Gatsby blog on Elm).
    assert.deepEqual(findingsOf(post('Play with this [Ellie app](https://ellie-app.com/cDq7). Later, in this [Ellie app](https://ellie-app.com/cDqj), we see it; a [CodePen](https://codepen.io/a/1) and a [CodePen](https://codepen.io/a/2).'), 'conflicting-link'), []);
    // A shared chat under each of two prompts (a Zola blog's guide to AI chatbots).
    assert.deepEqual(findingsOf(post('Prompt one ([link to the conversation](https://chat.openai.com/share/a2d8)). Prompt two ([link to the conversation](https://chat.openai.com/share/3255)).'), 'conflicting-link'), []);
    // "This RFC" for each of three RFCs (a Rust blog), and the same in Japanese and Chinese.
    assert.deepEqual(findingsOf(post('[This RFC](https://r.example/2071) adds it. [this RFC](https://r.example/1951) and [that paper](/a), [that paper](/b); [この論文](/c)と[この論文](/d)；[这篇文章](/e)和[这篇文章](/f)。'), 'conflicting-link'), []);
    // Two notes citing two documents of one title (an AI-written Jekyll blog's footnotes); in the text, still one.
    assert.deepEqual(findingsOf(post('Text.[^4] More.[^8]\n\n[^4]: Shiller. "[Narrative Economics](https://paulgp.com/shiller.pdf)." AER, 2017.\n[^8]: Cato. "[Narrative Economics](https://www.cato.org/regulation/narrative-economics)," 2019.'), 'conflicting-link'), []);
    assert.equal(findingsOf(post('See [Narrative Economics](https://a.example/1) and [Narrative Economics](https://b.example/2).'), 'conflicting-link').length, 1);
    assert.deepEqual(findingsOf(post('Go to the [download page](https://obsidian.md/download). Syncthing: the [download page](https://syncthing.net/downloads).'), 'conflicting-link'), []);
    // "See" each of two sections (a Qiita article's `（[参照](#記号)）`).
    assert.deepEqual(findingsOf(post('文書の種類（[参照](#ドキュメントクラス)）。記号（[参照](#記号)）。'), 'conflicting-link'), []);
    // Where the target is (`Wikipedia` for two articles), a plural of a kind (`issues` of two projects).
    assert.deepEqual(findingsOf(post('[Wikipedia](https://en.wikipedia.org/wiki/A), [Wikipedia](https://en.wikipedia.org/wiki/B); [issues](https://github.com/a/b/issues), [issues](https://github.com/c/d/issues).'), 'conflicting-link'), []);
    // One page in another view: the same parameters and more (a Chinese Astro blog's marketplace link).
    assert.deepEqual(findingsOf(post('[Tools](https://m.example.com/items?itemName=Y.tools) … [Tools](https://m.example.com/items?itemName=Y.tools&ssr=false#review-details)'), 'conflicting-link'), []);
    assert.equal(findingsOf(post('[Results](/search?q=a&page=1) … [Results](/search?q=b&page=1)'), 'conflicting-link').length, 1, 'another value is another page');
    // Two series, each with its next part (a Chinese Hugo blog).
    assert.deepEqual(findingsOf(post('（[上篇](/posts/concepts/)和[下篇](/posts/concepts-part-two/)）……\n\n[下篇](/posts/real-world-2/)我们来尝试下。\n\n[Next](/a/) and [next](/b/); [次回](/c/)と[次回](/d/)。'), 'conflicting-link'), []);
    // A contest write-up: one problem link under each problem (a Chinese Hexo blog).
    assert.deepEqual(findingsOf(post('## A\n\n[题目链接](https://atcoder.jp/contests/abc237/tasks/abc237_a)\n\n## B\n\n[题目链接](https://atcoder.jp/contests/abc237/tasks/abc237_b)\n\n## C\n\n[题目直达](https://ac.nowcoder.com/acm/contest/11222/C) [题目直达](https://ac.nowcoder.com/acm/contest/11222/D)\n'), 'conflicting-link'), []);
    // A hand-made footnote: the marker links to the note, the note's marker back (an English Jekyll blog).
    assert.deepEqual(findingsOf(post('is often cursing the latter<a href="#note1" id="note1ref"><sup>[1]</sup></a>.\n\n<a id="note1" href="#note1ref">[1]</a> Why your previous developer was terrible\n\nSee [1](#n1) and [1](#n1ref), [↩](#a) and [↩](#b).'), 'conflicting-link'), []);
    // Two generic words are still a kind: a launch week's `Blog post` under each day (a Docusaurus
    // blog), a `GitHub リポジトリ` of each of two tools (a Japanese tech blog).
    assert.deepEqual(findingsOf(post('## Day 1\n\n[Blog post](/blog/launch-week-1/day-1)\n\n## Day 2\n\n[Blog post](/blog/launch-week-1/day-2)\n\n[GitHub リポジトリ](https://github.com/a/x)と[GitHubリポジトリ](https://github.com/b/y)、[the demo video](/v/1) and [demo video](/v/2).'), 'conflicting-link'), []);
    // A call to action under each newsletter, a report under each event (in Japanese), an address (Chinese).
    assert.deepEqual(findingsOf(post('### ViewBox\n\n[Subscribe now](https://viewbox.club/)\n\n### Front End Horse\n\n[Subscribe now](https://frontend.horse/archives)\n\n- SecCamp\n  - [Report in Japanese](https://d.example/ja/posts/seccamp/)\n- SecHack365\n  - [Report in Japanese](https://d.example/ja/posts/sechack/)\n\n[地址](https://a.example/1)、[地址](https://b.example/2)，[资料（英文）](/x)和[资料（英文）](/y)。'), 'conflicting-link'), []);
    // Each book's affiliate box (a Japanese Hugo blog), and a section of this post named as the guide's section it follows (a Zenn article).
    assert.deepEqual(findingsOf(post('<a href="http://www.amazon.co.jp/exec/obidos/ASIN/4048860682/">Amazon.co.jpで詳細を見る</a>\n\n<a href="http://www.amazon.co.jp/exec/obidos/ASIN/4839941009/">Amazon.co.jpで詳細を見る</a>\n\n- [チャネルアクセストークンを準備する](https://developers.line.biz/ja/docs/#issue-a-channel-access-token)\n\n「[チャネルアクセストークンを準備する](#チャネルアクセストークンを準備する)」で発行した…'), 'conflicting-link'), []);
    // The site's own name, for its home and a page of it, or two pages of it (a Next.js blog's `Yelp`, `BeerAdvocate`).
    assert.deepEqual(findingsOf(post('After browsing [Yelp](https://www.yelp.com), … lists from [Yelp](https://www.yelp.com/c/des-moines/bars). [BeerAdvocate](https://www.beeradvocate.com/place/list/?city=Des+Moines) and [BeerAdvocate](https://www.BeerAdvocate.com/lists/top/).'), 'conflicting-link'), []);
    assert.equal(findingsOf(post('[Yelp](https://www.yelp.com) and [Yelp](https://yelp-clone.example.com/)'), 'conflicting-link').length, 1, 'another site');
    // A name whose site's host adds hyphens or a project's suffix to it (Docusaurus's blog: `Redwood`
    // for redwoodjs.com and learn.redwoodjs.com; F-Droid's: `F-Droid` for its home and its app's page).
    assert.deepEqual(findingsOf(post('[Redwood](https://learn.redwoodjs.com/) went live. [Redwood](https://redwoodjs.com/) is a framework. **[F-Droid](https://f-droid.org/)** and **[F-Droid](https://f-droid.org/packages/org.fdroid.fdroid/)** 1.5.'), 'conflicting-link'), []);
    assert.equal(findingsOf(post('[Elixir](https://elixir-lang.org/) and [Elixir](https://nerves-project.org/)'), 'conflicting-link').length, 1, 'one target on another site: a copy-paste slip (a Qiita post)');
    // A label with an affix names the site only when both targets are on it: `cursorapp.com` beside `cursor.com` may be made up.
    for (const [a, b] of [['https://cursor.com/docs', 'https://www.cursorapp.com/pricing'], ['https://docs.docker.com/get-started/', 'https://getdocker.io/install'], ['https://cursor.com/a', 'https://cur-sor.net/b']]) {
      const name = /cursor/.test(a) ? 'Cursor' : 'Docker';
      assert.equal(findingsOf(post(`[${name}](${a}) and [${name}](${b})`), 'conflicting-link').length, 1, b);
    }
    // Emphasis around the whole text leaves the text as it was: a generic one (a Zenn article's
    // `[**引用元**]` under each quoted listing) or a project's name in each of two places (F-Droid's `[_fdroiddata_]`).
    assert.deepEqual(findingsOf(post('**リスト 1-1 (**[**引用元**](https://www.conventionalcommits.org/en/v1.0.0/#summary)**)**\n\n**リスト 2-1 (**[**引用元**](https://github.com/amannn/action-semantic-pull-request#configuration)**)**\n\n[_fdroiddata_](https://gitlab.com/fdroid/fdroiddata/issues) and [_fdroiddata_](https://fdroid.gitlab.io/fdroiddata/issuebot/sourceUrls.json)'), 'conflicting-link'), []);
    assert.equal(findingsOf(post('[*a* and *b*](https://a.example/) and [*a* and *b*](https://b.example/)'), 'conflicting-link').length, 1, 'two emphases are kept');
    // A source cited under each item of a news digest (a Chinese AI digest's `📎 [IT之家](…)` and
    // `[来源-x](…)`): one outlet, many articles. Unless the name is one target's site and not the other's.
    assert.deepEqual(findingsOf(post('- A 📎 [IT之家](https://www.ithome.com/0/961/868.htm)\n- B 📎 [IT之家](https://www.ithome.com/0/961/792.htm)\n- C. [来源-x](https://x.com/a/status/1)\n- D. [来源-x](https://x.com/b/status/2)\n- E. Source: [Hugging Face Blog](https://huggingface.co/blog/a)\n- F. Source: [Hugging Face Blog](https://huggingface.co/blog/b)'), 'conflicting-link'), []);
    assert.equal(findingsOf(post('News A. via [Reuters](https://www.reuters.com/a)\n\nNews B. via [Reuters](https://apnews.com/b)'), 'conflicting-link').length, 1, 'a misattribution');
    // What happened to each of several apps, in a weekly digest (F-Droid's `[updated](…)` to each changelog).
    assert.deepEqual(findingsOf(post('* **[DuckDuckGo](https://f-droid.org/app/ddg)** was [updated](https://github.com/duckduckgo/Android/releases) to 5.15.1\n* **[Riot.im](https://f-droid.org/app/riot)** [updated](https://github.com/vector-im/riot-android/blob/HEAD/CHANGES.rst) to 0.8.20, and [this update](https://github.com/Neamar/KISS/releases) and [this update](https://github.com/erickok/transdroid/releases)'), 'conflicting-link'), []);
    // The site's address, as a model that searched cites each source (a real AI .NET blog: `([github.blog](…))` after each claim).
    assert.deepEqual(findingsOf(post('It ships. ([github.blog](https://github.blog/changelog/month/04-2026/))\n\nIt costs more. ([github.blog](https://github.blog/changelog/2026-04-16-opus/)) Docs at [docs.nscale.com](https://docs.nscale.com/docs/overview) and [docs.nscale.com](https://docs.nscale.com); [yelp.com](https://www.yelp.com/a) and [yelp.com](https://yelp.com/b).'), 'conflicting-link'), []);
    assert.equal(findingsOf(post('[github.blog](https://github.blog/a) and [github.blog](https://evil.example/b)'), 'conflicting-link').length, 1, 'another site');
    // A kind in a language, `this [Python script]` for each of four scripts (a real MkDocs blog).
    assert.deepEqual(findingsOf(post('I used this [Python script](https://g.example/a.py) to copy, and this [Python script](https://g.example/b.py) to convert; a [bash script](/c.sh) and a [Bash script](/d.sh).'), 'conflicting-link'), []);
    assert.equal(findingsOf(post('[Python 3.12](/a) and [Python 3.12](/b)'), 'conflicting-link').length, 1, 'a language alone names a thing');
    // http and https of one URL are one page (a Chinese Hugo blog: `[hugo](http://gohugo.io/)`, later `[Hugo](https://gohugo.io/)`).
    assert.deepEqual(findingsOf(post('[hugo](http://gohugo.io/) and [Hugo](https://gohugo.io/)'), 'conflicting-link'), []);
    // A theme's preview under each theme, and a site's name before a kind (made-mistakes: `Disqus API`).
    assert.deepEqual(findingsOf(post('* **Minimal Mistakes:** [Theme preview](http://mm.github.io/minimal-mistakes)\n* **So Simple:** [Theme preview](http://mm.github.io/so-simple-theme)\n\nThe [Disqus API](https://disqus.com/api/docs/) … register with the [Disqus API](http://disqus.com/api/applications/).'), 'conflicting-link'), []);
    // A text that names its target is still compared.
    assert.equal(findingsOf(post('[Launch post](/a/) and [launch post](/b/); [Astro blog](/c/) and [Astro blog](/d/).'), 'conflicting-link').length, 2);
    assert.equal(findingsOf(post('见[nps 脚本](http://example.com/a.sh)和[nps 脚本](http://example.com/b.sh)。'), 'conflicting-link').length, 1);
    assert.equal(findingsOf(post('[View pricing](/pricing/) and [view pricing](/plans/); [Step 2 of setup](/a/) and [step 2 of setup](/b/).'), 'conflicting-link').length, 2);
  });
});

describe('AI-draft artifacts', () => {
  const paragraph = 'これは十分に長い最初の段落の文章です。二番目の文もここにあります。';
  it('end-marker ignores markers inside code fences', () => {
    const text = post('title: A', '```\n---END---\n```\n\n本文です。\n');
    assert.deepEqual(findingsOf(text, 'end-marker'), []);
  });
  it('end-marker keeps text above and below apart: one blank line stays, markers next to each other all go', () => {
    const fixed = (body: string) => fixAll(post('title: A', body)).text.slice(post('title: A', '').length);
    assert.equal(fixed('一つ目の段落です。\n---END---\n---END---\n二つ目の段落です。\n'), '一つ目の段落です。\n\n二つ目の段落です。\n');
    assert.equal(fixed('- 項目です。\n---END---\n\n段落です。\n'), '- 項目です。\n\n段落です。\n');
    assert.equal(fixed('---END---\n---END---\n---END---\n'), '');
  });
  it('near-duplicate: the reworded sentence of a restart, between two repeated passages, with no fix', async () => {
    const { readFileSync } = await import('node:fs');
    const { SEED_000 } = await import('./helpers');
    const seed = readFileSync(SEED_000, 'utf8');
    const [near, ...more] = findingsOf(seed, 'near-duplicate');
    assert.deepEqual(more, []);
    assert.equal(near.range.start.line + 1, 122);
    assert.equal(near.severity, 'information');
    assert.match(near.message, /^Almost a repeat of line 36, with "加速するこ" where it has "加速させるこ"/);
    assert.deepEqual(near.related.map((r) => r.range.start.line + 1), [36]);
    assert.equal(near.fix, undefined);
    const fixed = fixAll(seed).text;
    assert.ok(fixed.includes('加速させることが可能になります') && fixed.includes('加速することが可能になります'), 'both wordings stay for the writer to choose');
  });
  it('near-duplicate: a similar sentence elsewhere is not a near repeat', () => {
    const a = 'Alibabaはチップから基盤モデルまでを自社で手がけています。';
    const b = '自社で垂直に統合することで、AI技術の進化を自社のペースで加速させることができます。';
    const c = 'これは非常に戦略的な動きだと言えるでしょう。';
    const reworded = b.replace('加速させる', '加速する');
    // After a restart (the marker): a copy of one short paragraph alone is not evidence of one.
    assert.equal(findingsOf(post('title: A', `${a}${b}${c}\n\n---END---\n\n${a}${reworded}${c}\n`), 'near-duplicate').length, 1);
    assert.equal(findingsOf(post('title: A', `${a}${b}${c}\n\n---END---\n\n新しい文です。${reworded}${c}\n`), 'near-duplicate').length, 0, 'no repeat before it');
    assert.equal(findingsOf(post('title: A', `${a}${b}${c}\n\n---END---\n\n${a}${reworded.replace('AI技術の進化を', '私たちの仕事の進め方そのものを')}${c}\n`), 'near-duplicate').length, 0, 'too different');
  });
  it('near-duplicate: a short question with one word swapped in a restarted dialogue (lzwjava/jekyll-ai-blog\'s DeepSeek conversation, copied twice after its sign-off)', () => {
    const a = 'A: That explains the strong performance on coding and math tasks.';
    const b = 'But what about multilingual performance?';
    const c = 'Does it handle other languages well?\n\nB: Yes, DeepSeek-V3 is trained on a multilingual corpus, and it performs well on benchmarks like MMMLU.';
    const text = post('title: DeepSeek V3', `${a} ${b} ${c}\n\nA: Thanks for walking me through all of this.\n\n${a} ${b.replace('performance', 'tasks')} ${c}\n`);
    const [near] = findingsOf(text, 'near-duplicate');
    assert.match(near?.message ?? '', /with "multilingual tasks\?" where it has "multilingual performance\?"/);
    assert.ok(fixAll(text).text.includes('But what about multilingual tasks?'), 'the other wording stays for the writer');
    // A whole sentence and its copy cut off (on an opening bracket) are no two wordings: truncated-text's.
    const cut = post('title: A', `前文です。AIの挑戦も忘れてはなりません。後の文です。\n\n前文です。AIの挑（「\n\n---END---\n\n前文です。AIの挑戦も忘れてはなりません。後の文です。\n`);
    assert.deepEqual(findingsOf(cut, 'near-duplicate'), []);
  });
  it('near-duplicate leaves a copy cut off at the end of its paragraph to truncated-text', () => {
    const a = 'Alibabaはチップから基盤モデルまでを自社で手がけています。';
    const b = 'AI技術の進化を自社のペースで加速させることができます。';
    const c = 'これは非常に戦略的な動きだと言えるでしょう。';
    const text = post('title: A', `${a}${b}\n\n${c}\n\n---END---\n\n${a}${b.slice(0, -2)}\n\n${c}\n`);
    assert.deepEqual(findingsOf(text, 'near-duplicate'), []);
    assert.equal(findingsOf(text, 'truncated-text').length, 1);
  });
  it('empty-section reports a run of markers once, counting them', () => {
    const [two] = findingsOf(post('title: A', '本文です。\n\n---END---\n\n---END---\n\n続きです。\n'), 'empty-section');
    assert.match(two.message, /twice in a row \(lines 7 and 9\)/);
    const found = findingsOf(post('title: A', `本文です。\n\n${'---END---\n'.repeat(5)}\n続きです。\n`), 'empty-section');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /5 times in a row \(lines 7 to 11\)/);
    assert.deepEqual([found[0].range.start.line, found[0].range.end.line], [6, 10]);
  });
  it('end-marker deletes the line and the blank lines after it', () => {
    const text = post('title: A', `${paragraph}\n\n---END---\n\n続きの文章です。\n`);
    const [f] = findingsOf(text, 'end-marker');
    assert.equal(fixOne(text, f), post('title: A', `${paragraph}\n\n続きの文章です。\n`));
  });
  it('deleting a repeat keeps the shape of what stays: no blank line splits the paragraph, no prose turns into a heading', () => {
    const repeat = 'これは十分に長い繰り返しの文で、テストのために書かれています。';
    // A marker between the copies: the repeat follows a restart.
    const repeated = (rest: string) => post('title: A', `${repeat}\n\n---END---\n\n${rest}`);
    // The repeat is a whole line inside a paragraph: the line goes, with its line break.
    let text = repeated(`一行目です。\n${repeat}\n三行目です。\n`);
    assert.equal(fixOne(text, findingsOf(text, 'duplicate-passage')[0]), repeated('一行目です。\n三行目です。\n'));
    // What follows it on its line would start the line as a heading: the line joins the one before.
    text = repeated(`一行目です。\n${repeat}# 見出しではない。\n`);
    assert.equal(fixOne(text, findingsOf(text, 'duplicate-passage')[0]), repeated('一行目です。# 見出しではない。\n'));
    // The same on the paragraph's first line: there is no line before, so the repeat stays, without a fix.
    text = repeated(`${repeat}- リストではない。\n`);
    const [kept] = findingsOf(text, 'duplicate-passage');
    assert.equal(kept.fix, undefined);
    assert.equal(fixAll(text).text.includes(`${repeat}- リストではない。`), true);
  });
  it('duplicate-passage survives re-flow, width and emphasis differences', () => {
    const first = 'The **quick** brown fox jumps over the lazy dog.\nIt was a sunny day in the park.';
    const again = 'The quick brown fox jumps over the lazy dog. It was a sunny day in the park.';
    const text = post('title: A', `${first}\n\nSomething new and different here.\n\n---END---\n\n${again}\n`);
    const [f] = findingsOf(text, 'duplicate-passage');
    assert.equal(f.range.start.line, 11);
    assert.equal(f.related[0].range.start.line, 4);
    assert.equal(fixOne(text, f), post('title: A', `${first}\n\nSomething new and different here.\n\n---END---\n`));
  });
  it('duplicate-passage matches full-width and half-width forms', () => {
    const text = post('title: A', `ＡＢＣ１２３のテストは大切な文章の一部です。\n\n---END---\n\nABC123のテストは大切な文章の一部です。\n`);
    assert.equal(findingsOf(text, 'duplicate-passage').length, 1);
  });
  it('does not report short repeats, tables or code alone', () => {
    const table = '| a | b |\n|---|---|\n| 1 | 2 |\n';
    const code = '```js\nconsole.log("hello world, this is long enough");\n```\n';
    const text = post('title: A', `はい。\n\n${table}\n${code}\nはい。\n\n${table}\n${code}`);
    assert.deepEqual(findingsOf(text, 'duplicate-passage'), []);
  });
  it('duplicate-passage keeps the unique sentences of a partly repeated paragraph', () => {
    const text = post('title: A', `${paragraph}\n\n新しい内容の文です。${paragraph}\n`);
    const fixed = fixAll(text).text;
    assert.deepEqual(lostSentences(text, fixed), []);
    assert.ok(fixed.includes('新しい内容の文です。'));
  });
  it('truncated-text offers no fix when the fragment is not restated', () => {
    const text = post('title: A', `${paragraph}途中で切れた文章\n\n---END---\n`);
    const [f] = findingsOf(text, 'truncated-text');
    assert.equal(f.fix, undefined);
  });
  it('truncated-text finds a fragment that a later sentence restarts', () => {
    // (A marker earlier in the post shows the restart.)
    const text = post('title: A', `前置きです。\n\n---END---\n\n${paragraph}私たちは改めて\n\n私たちは改めて考え直す必要があります。\n`);
    const [f] = findingsOf(text, 'truncated-text');
    assert.match(f.message, /starts over/);
    assert.deepEqual(lostSentences(text, fixOne(text, f)), []);
  });
  it('does not call a paragraph ending in a URL or punctuation truncated', () => {
    assert.deepEqual(findingsOf(post('title: A', 'See https://example.com/page\n'), 'truncated-text'), []);
    assert.deepEqual(findingsOf(post('title: A', `${paragraph}\n`), 'truncated-text'), []);
  });
});

describe('positions', () => {
  it('are UTF-16 and survive astral characters, CRLF and a leading BOM stripped by the caller', () => {
    const text = post('title: A', '😀😀 text\r\n\r\n---END---\r\n').replace(/\n/g, '\r\n').replace(/\r\r\n/g, '\r\n');
    const [f] = findingsOf(text, 'end-marker');
    assert.equal(f.range.start.line, 6);
    assert.equal(f.range.end.character, 9);
  });
});

describe('fix hygiene', () => {
  it('keeps the final newline when the last line is a marker', () => {
    const text = post('title: A', '最初の段落です。\n\n---END---\n');
    assert.equal(fixAll(text).text, post('title: A', '最初の段落です。\n'));
  });
  it('leaves no runs of blank lines after fix-all on seed 000', async () => {
    const { readFileSync } = await import('node:fs');
    const { SEED_000 } = await import('./helpers');
    const fixed = fixAll(readFileSync(SEED_000, 'utf8')).text;
    assert.ok(!fixed.includes('\n\n\n'), 'no triple line break');
    assert.ok(!/\s$/.test(fixed), 'the seed has no final newline, and fix-all adds none');
  });
  it('underlines the whole duplicate key', () => {
    const [f] = findingsOf(post('title: 旅行記\ntitle: 京都旅行記'), 'frontmatter-syntax');
    assert.deepEqual([f.range.start.character, f.range.end.character], [0, 5]);
  });
});

describe('frontmatter-missing', () => {
  it('front matter under blank lines (a real Kubernetes post, which Hugo reads): its own message, and a fix that makes it front matter', () => {
    const text = '\n---\nlayout: blog\ntitle: \'Client-Goへのフィーチャーゲートの導入\'\n---\n\n本文です。\n';
    const [f] = findingsOf(text, 'frontmatter-missing');
    assert.match(f.message, /under blank lines/);
    const fixed = fixAll(text).text;
    assert.equal(fixed, text.slice(1));
    assert.equal(lint(fixed).post.frontMatter?.fields.get('layout')?.value?.toString(), 'blog');
    // Blank lines over a `---` that nothing closes, or over text: no front matter to move up.
    assert.match(findingsOf('\n---\n\n本文です。\n', 'frontmatter-missing')[0].message, /no front matter/);
    assert.equal(findingsOf('\n---\n\n本文です。\n', 'frontmatter-missing')[0].fix, undefined);
    assert.equal(findingsOf('\n---\n\n本文です。\n\n---\n\n続きです。\n', 'frontmatter-missing')[0].fix, undefined);
  });
});

describe('merge-conflict', () => {
  const P1 = 'アリババは2028年までにAIクラウドインフラに巨額を投じると発表しました。';
  const P2 = 'これは単なる設備投資の増強というレベルの話ではありません。';
  it('reports a conflict across the front matter and the body (a real translated React blog) once, on its first marker, and nothing else between its markers', () => {
    const text = `---\n<<<<<<< HEAD:content/blog/a.md\ntitle: "サーバコンポーネント"\n---\n\n${P1}\n=======\ntitle: "Server Components"\n---\n\n${P1} ${P2}\n>>>>>>> 543c7a0dcaf11e0400a9deb2465190467e272171:src/content/blog/a.md\n\n${P2}\n`;
    const { findings } = lint(text);
    const [conflict] = ofRule(findings, 'merge-conflict');
    assert.equal(conflict.range.start.line, 1);
    assert.equal(conflict.message, 'Unresolved merge conflict (lines 2 to 12): "HEAD" above the ======= line, "543c7a0" below it. Keep what the post should say, and delete the marker lines.');
    assert.deepEqual(conflict.related.map((r) => [r.range.start.line, r.message]), [[6, 'The other side starts here'], [11, 'The conflict ends here']]);
    // No YAML error on a marker line, no repeat between the two sides: only what is outside the conflict.
    assert.deepEqual(findings.filter((f) => f.range.start.line >= 1 && f.range.start.line <= 11).map((f) => f.rule), ['merge-conflict']);
  });

  it('counts Git\'s three-way style, several conflicts, and markers without labels', () => {
    const text = post('title: A', `<<<<<<< ours\n${P1}\n||||||| base\n${P2}\n=======\n${P2}\n>>>>>>> theirs\n\nMiddle text that stays as it is.\n\n<<<<<<<\nA\n=======\nB\n>>>>>>>\n`);
    const found = findingsOf(text, 'merge-conflict');
    assert.deepEqual(found.map((f) => f.range.start.line), [4, 14]);
    assert.match(found[1].message, /^Unresolved merge conflict \(lines 15 to 19\): one side above/);
  });

  it('leaves alone markers in code (a post about Git), markers of another length, and a conflict that never closes', () => {
    const example = '```diff\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> main\n```\n';
    const indented = '    <<<<<<< HEAD\n    ours\n    =======\n    theirs\n    >>>>>>> main\n';
    const markerByMarker = '```\n<<<<<<< HEAD\n```\n\nmarks your side, then\n\n```\n=======\n```\n\nand finally\n\n```\n>>>>>>> feature\n```\n';
    for (const body of [example, `Git shows:\n\n${indented}`, markerByMarker, '<<<<<<<< HEAD\nours\n========\ntheirs\n>>>>>>>> main\n', `<<<<<<< HEAD\n${P1}\n=======\n${P2}\n`, `<<<<<<< HEAD\n${P1}\n>>>>>>> main\n`]) {
      assert.deepEqual(findingsOf(post('title: A', body), 'merge-conflict'), [], body);
    }
  });

  it('reports a conflict that only starts in a code block (one side closes the fence), and any after a side left a fence open', () => {
    // HEAD's side closes the fence that opened above the conflict; the other side goes on with the code.
    const closedOnOneSide = `${P1}\n\n\`\`\`js\nconst a = 1;\n<<<<<<< HEAD\n\`\`\`\n\n${P2}\n=======\nconst b = 2;\n\`\`\`\n\n${P2}\n>>>>>>> feature\n`;
    assert.deepEqual(findingsOf(post('title: A', closedOnOneSide), 'merge-conflict').map((f) => f.range.start.line), [8]);
    // HEAD's side opens a fence that nothing closes: the parser reads the rest of the post as code, and the next conflict is in it.
    const openedBySide = `<<<<<<< HEAD\n\`\`\`bash\nnpm install\n=======\n${P1}\n>>>>>>> feature\n\n${P2}\n\n<<<<<<< HEAD\n${P1}\n=======\n${P2}\n>>>>>>> feature\n`;
    assert.deepEqual(findingsOf(post('title: A', openedBySide), 'merge-conflict').map((f) => f.range.start.line), [4, 13]);
    // HEAD's side opens a fence that the next example's opening fence closes: every fence after pairs the other way, and the next conflict reads as code.
    const parityFlipped = `<<<<<<< HEAD\n\`\`\`\nnpm install\n=======\n${P1}\n>>>>>>> feature\n\nThen:\n\n\`\`\`\nconst a = 1;\n\`\`\`\n\n<<<<<<< HEAD\n${P1}\n=======\n${P2}\n>>>>>>> feature\n`;
    assert.deepEqual(findingsOf(post('title: A', parityFlipped), 'merge-conflict').map((f) => f.range.start.line), [4, 17]);
  });

  it('a conflict disabled on its first line (markers taken for one wrongly) stands for nothing: the other rules speak there again', () => {
    const body = `<<<<<<< HEAD\n${P1}\n\n---END---\n=======\n${P2}\n>>>>>>> main\n`;
    assert.equal(findingsOf(post('title: A', body), 'end-marker').length, 0);
    assert.equal(findingsOf(post('title: A', `<!-- frontlint-disable-next-line merge-conflict -->\n${body}`), 'end-marker').length, 1);
    assert.equal(ofRule(lint(post('title: A', body), { rules: { 'merge-conflict': 'off' } }).findings, 'end-marker').length, 1);
  });

  it('no fix joins text onto a marker line: an edit that ends at a conflict from inside a line, or starts at its end, is withheld; whole lines above may go', async () => {
    const { editTouchesConflict, findMergeConflicts } = await import('../../src/core/parse/mergeConflicts');
    const text = 'Above.\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> main\nBelow.\n';
    const conflicts = findMergeConflicts(parsePost(text));
    const start = text.indexOf('<<<<<<<');
    const end = text.indexOf(' main') + 5;
    const edit = (from: number, to: number, newText = '') => editTouchesConflict(conflicts, text, { span: { start: from, end: to }, newText });
    assert.equal(edit(0, start), false, 'the line above, with its break');
    assert.equal(edit(start, start, '<!-- -->\n'), false, 'a line inserted above');
    assert.equal(edit(start - 1, start), true, 'the break above: Above.<<<<<<< HEAD');
    assert.equal(edit(start, start, 'x'), true, 'text put before the marker');
    assert.equal(edit(end, end + 1), true, 'the break below: >>>>>>> mainBelow.');
    assert.equal(edit(end + 1, end + 8), false, 'the line below');
    assert.equal(edit(start + 14, start + 15), true, 'inside');
  });

  it('no fix edits the text between the markers: Fix All fixes the rest of the post and leaves the conflict as it was', () => {
    const conflict = `<<<<<<< HEAD\n${P1}\n\n---END---\n\n${P1}\n=======\n${P1}\n>>>>>>> upstream\n`;
    const text = post('title: A', `${P2}\n\n---END---\n\n${conflict}\n${P2}\n`);
    assert.equal(ofRule(lint(text).findings, 'end-marker').length, 1, 'the marker inside the conflict is not reported');
    const fixed = fixAll(text).text;
    assert.ok(fixed.includes(conflict), fixed);
    assert.ok(!fixed.slice(0, fixed.indexOf('<<<<<<<')).includes('---END---'), fixed);
  });
});
