import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { applyEdits, fixAll, lint, type Finding, type Fix } from '../../src/core';
import { ofRule } from './helpers';

const BODY = '\nこれは本文です。ひらがなも含みます。\n';
const post = (yaml: string) => `---\n${yaml}---\n${BODY}`;
const syntax = (text: string): Finding[] => ofRule(lint(text).findings, 'frontmatter-syntax');

/** The front matter of a post as data, asserting it parses with no error (what a site generator reads). */
function frontMatterOf(text: string): unknown {
  const m = /^---\r?\n([\s\S]*?)^---\r?$/m.exec(text);
  assert.ok(m, 'the post has closed front matter');
  return parse(m[1], { strict: true, uniqueKeys: true });
}

/**
 * Round trip: the post has exactly one frontmatter-syntax finding with this message, its fix makes
 * the YAML parse with no finding left, the values are what the writer meant, and the body is kept.
 */
function roundTrip(yaml: string, message: RegExp, meant: Record<string, unknown>, pick = (f: Finding): Fix | undefined => f.fix) {
  const text = post(yaml);
  const found = syntax(text);
  assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
  assert.match(found[0].message, message);
  const fix = pick(found[0]);
  assert.ok(fix, 'the finding has a fix');
  const fixed = applyEdits(text, fix.edits);
  assert.deepEqual(syntax(fixed), [], fixed);
  assert.deepEqual(frontMatterOf(fixed), meant);
  assert.ok(fixed.endsWith(BODY));
  return { text, fixed, finding: found[0] };
}

describe('YAML mistakes a writer understands', () => {
  it("\\' inside single quotes: replaced by ''", () => {
    const { finding } = roundTrip("title: 'un\\'app'\ndate: 2025-01-01\n", /no `\\'` inside single quotes/, { title: "un'app", date: '2025-01-01' });
    assert.equal(finding.range.start.line, 1);
    assert.equal(finding.range.start.character, 7);
  });
  it("an apostrophe inside a single-quoted value (a real blog's summary): each written ''", () => {
    const { finding } = roundTrip("title: 'Hypergrowth'\nsummary: 'From Series A to D, here's my Vercel story.'\n", /inside a single-quoted value ends it/, { title: 'Hypergrowth', summary: "From Series A to D, here's my Vercel story." });
    assert.equal(finding.range.start.line, 2);
    roundTrip("title: 'it''s Bob's'\n", /single-quoted value ends it/, { title: "it's Bob's" });
  });
  it('a name in double quotes inside a double-quoted title (a real AI blog\'s Zenn article): each written \\"', () => {
    const { finding } = roundTrip('title: "【緊急リーク】Claude Sonnet 5 "Fennec"がVertex AIログから発見！"\nemoji: "🦊"\n', /inside a double-quoted value ends it/, { title: '【緊急リーク】Claude Sonnet 5 "Fennec"がVertex AIログから発見！', emoji: '🦊' });
    assert.equal(finding.range.start.line, 1);
    roundTrip('title: "He said \\"hi\\" and "bye""\n', /double-quoted value ends it/, { title: 'He said "hi" and "bye"' });
  });
  it("\\' several times in one value, and in a list item", () => {
    roundTrip("title: 'it\\'s Bob\\'s'\n", /single quotes/, { title: "it's Bob's" });
    roundTrip("title: A\ntags:\n  - 'rock\\'n\\'roll'\n", /single quotes/, { title: 'A', tags: ["rock'n'roll"] });
  });
  it('an unquoted value with ": " is quoted, escaping what must be', () => {
    roundTrip('title: Foo: bar\ndate: 2025-01-01\n', /colon followed by a space/, { title: 'Foo: bar', date: '2025-01-01' });
    roundTrip('title: Kyoto: a "travel" log \\ notes\n', /colon/, { title: 'Kyoto: a "travel" log \\ notes' });
    roundTrip('title: 京都: 紅葉の旅\n', /colon/, { title: '京都: 紅葉の旅' });
  });
  it('tabs used for indentation become spaces, one finding per line', () => {
    const text = post('title: A\ntags:\n\t- a\n\t- b\n');
    const found = syntax(text);
    assert.equal(found.length, 2);
    assert.ok(found.every((f) => /Tabs are used for indentation/.test(f.message)));
    const fixed = fixAll(text).text;
    assert.deepEqual(syntax(fixed), []);
    assert.deepEqual(frontMatterOf(fixed), { title: 'A', tags: ['a', 'b'] });
  });
  it('a tab stands for the indentation the other lines use', () => {
    const text = post('title: A\nauthor:\n    name: B\n\turl: https://b.example\n');
    const fixed = fixAll(text).text;
    assert.deepEqual(frontMatterOf(fixed), { title: 'A', author: { name: 'B', url: 'https://b.example' } });
  });
  it("a list item without a space after `-` (Hugo's example site: `-jekyll` under `- hugo`) is said on its line, not taken for a missing closing `---`", () => {
    const { finding } = roundTrip('title: A\ntags:\n- migrate\n- hugo\n-jekyll\nseries:\n- Hugo 101\n', /needs a space after its `-`/, { title: 'A', tags: ['migrate', 'hugo', 'jekyll'], series: ['Hugo 101'] });
    assert.equal(finding.range.start.line, 5);
    roundTrip('title: A\ntags:\n  - b\n  -c\ndate: 2025-01-01\n', /needs a space/, { title: 'A', tags: ['b', 'c'], date: '2025-01-01' });
  });
  it("a quoted value that goes on at the margin (minimal-mistakes' demo post): said as such, and indented past its key to the value Jekyll's lenient reader gets", () => {
    const yaml = 'title: "Basic Homemade Knife"\nsidebar:\n  - title: "Ingredients"\n    text: "Cutoff disks, grinding disks, et cetera)\nSandpaper used: 80, 120, 1000W"\ngallery:\n  - url: http://i.imgur.com/HlzsFAc.jpg\n';
    const { finding, fixed } = roundTrip(yaml, /indented no further than its key/, {
      title: 'Basic Homemade Knife',
      sidebar: [{ title: 'Ingredients', text: 'Cutoff disks, grinding disks, et cetera) Sandpaper used: 80, 120, 1000W' }],
      gallery: [{ url: 'http://i.imgur.com/HlzsFAc.jpg' }],
    });
    assert.equal(finding.range.start.line, 4);
    assert.ok(fixed.includes('\n      Sandpaper used'));
    roundTrip("title: 'It''s a\nlong title'\n", /indented no further/, { title: "It's a long title" });
    // A quote that is never closed stays the parser's message, even when a later field has quotes.
    assert.match(syntax(post('title: "Never closed\ndate: 2025-01-01\n'))[0]?.message ?? '', /^Front matter: (?!This quoted)/);
    for (const yaml of ['title: "Never closed\ndate: 2025-01-01\ndescription: "x"\n', 'title: "Never closed\ntags:\n- "a"\n', 'title: "Never closed\nand text" more\n']) {
      assert.ok(syntax(post(yaml)).every((f) => !/This quoted/.test(f.message)), yaml);
    }
  });
  it('a real AI blog\'s titles: a quote that goes on at the margin after a blank line, a `---------` close, and a `---` written into a value; no fence is ever put inside a quote', () => {
    // The alternatives a model offered, after a blank line: the quote's own mistake, not a missing fence.
    const { fixed } = roundTrip('title:\n  zh: "逛日本超市"\n  ja: "日本のスーパーを見て回る\n\nまたはより簡潔に：\n\n物価を比較してみた"\ndate: "2023-08-10"\n', /indented no further than its key/, {
      title: { zh: '逛日本超市', ja: '日本のスーパーを見て回る\nまたはより簡潔に：\n物価を比較してみた' },
      date: '2023-08-10',
    });
    assert.ok(fixed.includes('\n    またはより簡潔に：'));
    // Closed by `---------` (gray-matter closes there; Jekyll and Hugo do not): that line is the fence meant.
    const long = '---\ntitle: "仓鼠用品"\nexcerpt: "图上所有打包出\n包括春夏秋冬用品"\nsource: "xhs"\n---------\n\n# 仓鼠用品\n';
    const [fence] = syntax(long);
    assert.match(fence.message, /line 6 \(`---------`\) was probably meant to close it/);
    const closed = applyEdits(long, fence.fix!.edits);
    assert.ok(closed.includes('\n---\n\n# 仓鼠用品'), closed);
    assert.deepEqual(parse(fixAll(long).text.split('---\n')[1]), { title: '仓鼠用品', excerpt: '图上所有打包出 包括春夏秋冬用品', source: 'xhs' });
    // A `---` line inside a quoted value closes the front matter there: said on the quote, with no fix.
    const inside = '---\ntitle:\n  ja: "奈良の鹿を見に行ってきた\n\n---\n\n或更具博客风格的变体：\n\n奈良へ"\n  en: "Nara"\n---\n\nBody.\n';
    const [cutOff] = syntax(inside);
    assert.match(cutOff.message, /not closed before the `---` that ends the front matter/);
    assert.equal(cutOff.fix, undefined);
    // Unclosed, with the probable end right after a quote that goes on: the end is said, no fence offered there.
    const unclosed = '---\ntitle: "A"\nexcerpt: "first line\nsecond line\n\nBody text here.\n';
    const [open] = syntax(unclosed);
    assert.match(open.message, /not closed/);
    assert.equal(open.fix, undefined, 'a fence after line 3 would cut the quote');
  });
  it('a list in brackets that goes on at the margin after a tab (a real Hugo blog\'s `categories: [`, `⇥"Go"`, `]`): said as such and indented, never cut by an inserted fence', () => {
    const { fixed } = roundTrip('title: "Go 每日一库之 viper"\ncategories: [\n\t"Go"\n]\ntags: [\n\t"Go",\n\t"godailylib"\n]\n', /brackets goes on at the margin/, { title: 'Go 每日一库之 viper', categories: ['Go'], tags: ['Go', 'godailylib'] });
    assert.ok(fixed.includes('categories: [\n  "Go"\n  ]'), fixed);
    // Unclosed, with the probable end inside brackets: the end is said, no fence offered there.
    const [open] = syntax('---\ntitle: "A"\ntags: [\n  "a",\n\nBody text here.\n');
    assert.match(open.message, /not closed/);
    assert.equal(open.fix, undefined, 'a fence there would cut the list');
  });
  it('merge conflict markers left in the front matter (a real translated React blog): one finding on the first marker, and no "title is missing" for a title the parser lost', () => {
    const text = '---\n<<<<<<< HEAD:src/content/blog/a.md\ntitle: "サーバコンポーネント"\n=======\ntitle: "Server Components"\n>>>>>>> main:src/content/blog/a.md\ndate: 2020-12-21\n---\n\n本文です。\n';
    const findings = lint(text).findings.filter((f) => f.rule.startsWith('frontmatter') || f.rule === 'required-field' || f.rule === 'merge-conflict');
    // merge-conflict speaks for it (see its tests in rules.test.ts): frontmatter-syntax's own finding is inside the conflict.
    assert.deepEqual(findings.map((f) => [f.rule, f.range.start.line]), [['merge-conflict', 1]]);
    assert.match(findings[0].message, /Unresolved merge conflict \(lines 2 to 6\): "HEAD" above the ======= line, "main" below it/);
    // With merge-conflict off, the other rules speak between the markers again: frontmatter-syntax says what it is.
    const withRuleOff = lint(text, { rules: { 'merge-conflict': 'off' } }).findings;
    assert.deepEqual(withRuleOff.map((f) => [f.rule, f.range.start.line]), [['frontmatter-syntax', 1]]);
    assert.match(withRuleOff[0].message, /Merge conflict markers/);
    // A field the parser lost to another mistake is not "missing" either.
    assert.deepEqual(ofRule(lint('---\ntitle: "A"\nexcerpt: "a\n- b\ndate: 2024-01-01\n---\n\nBody.\n').findings, 'required-field'), []);
  });
  it('curly quotes around a value that breaks the YAML become plain quotes', () => {
    roundTrip('title: “Foo: bar”\n', /Curly quotes/, { title: 'Foo: bar' });
  });
  it('curly quotes around a valid value are reported too, and fixed to plain quotes', () => {
    roundTrip('title: “Foo”\ndate: 2025-01-01\n', /Curly quotes/, { title: 'Foo', date: '2025-01-01' });
    roundTrip('title: ‘Foo’\n', /Curly quotes/, { title: 'Foo' });
    // Curly quotes inside a value are the writer's text.
    assert.deepEqual(syntax(post('title: The “Foo” story\n')), []);
  });
  it('" #" in an unquoted value: the value is quoted with what the comment dropped', () => {
    const { finding } = roundTrip('title: C# tips #1\ndate: 2025-01-01\n', /YAML comment, so this value is "C# tips"; quote it to keep "C# tips #1"/, { title: 'C# tips #1', date: '2025-01-01' });
    assert.equal(finding.range.start.character, 7);
    assert.equal(finding.range.end.character, 17);
    roundTrip('title: A\ntags:\n  - F# #fp\n', /YAML comment/, { title: 'A', tags: ['F# #fp'] });
  });
  it('"#" without a space before it is part of the value; a comment after a non-string, or with a space after its "#", is left alone', () => {
    assert.deepEqual(syntax(post('title: C# tips\ndraft: true # publish later\nreading_time: 3 # min\n')), []);
    // A comment written as one, with a space after its `#` (a real Hexo page's front matter).
    assert.deepEqual(syntax(post('title: about\nlayout: about   # 添加使用 about 模版\ntags:\n  - a # the first\n')), []);
  });
  it('a missing closing fence: says where the front matter probably ends and inserts the fence there', () => {
    const text = '---\ntitle: A\ndate: 2025-01-01\n\n# Heading\n\nBody text.\n';
    const [f] = syntax(text);
    assert.match(f.message, /probably ends after line 3/);
    const fixed = applyEdits(text, f.fix!.edits);
    assert.equal(fixed, '---\ntitle: A\ndate: 2025-01-01\n---\n\n# Heading\n\nBody text.\n');
    assert.deepEqual(syntax(fixed), []);
  });
  it('a missing closing fence when a later "---" (a thematic break) closed the front matter', () => {
    const text = '---\ntitle: A\ntags: [a]\n\nThe body starts here, with prose.\n\n---\n\nMore text.\n';
    const found = syntax(text);
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.match(found[0].message, /closing `---` seems to be missing: the front matter probably ends after line 3/);
    const fixed = applyEdits(text, found[0].fix!.edits);
    assert.equal(fixed, '---\ntitle: A\ntags: [a]\n---\n\nThe body starts here, with prose.\n\n---\n\nMore text.\n');
    assert.deepEqual(frontMatterOf(fixed), { title: 'A', tags: ['a'] });
  });
  it('a missing fence keeps CRLF line endings', () => {
    const text = '---\r\ntitle: A\r\n\r\nBody text here.\r\n';
    const [f] = syntax(text);
    assert.equal(applyEdits(text, f.fix!.edits), '---\r\ntitle: A\r\n---\r\n\r\nBody text here.\r\n');
  });
  it('duplicate keys: two suggestions, remove the later or the earlier, never applied by fix-all', () => {
    const text = post('title: A\ndate: 2025-01-01\ntitle: B\ntags:\n  - x\n');
    const [f] = syntax(text);
    assert.equal(f.fix, undefined);
    assert.deepEqual(f.suggestions!.map((s) => s.title), ['Remove the later "title"', 'Remove the earlier "title"']);
    assert.deepEqual(frontMatterOf(applyEdits(text, f.suggestions![0].edits)), { title: 'A', date: '2025-01-01', tags: ['x'] });
    assert.deepEqual(frontMatterOf(applyEdits(text, f.suggestions![1].edits)), { date: '2025-01-01', title: 'B', tags: ['x'] });
    assert.equal(fixAll(text).text, text);
  });
  it('a duplicate key with a block list value is removed with its items', () => {
    const text = post('tags:\n  - a\ntitle: A\ntags:\n  - b\n  - c\n');
    const [f] = syntax(text);
    assert.deepEqual(frontMatterOf(applyEdits(text, f.suggestions![0].edits)), { tags: ['a'], title: 'A' });
    assert.deepEqual(frontMatterOf(applyEdits(text, f.suggestions![1].edits)), { title: 'A', tags: ['b', 'c'] });
  });
  it('messages are translated', () => {
    const t = (template: string, ...args: Array<string | number>) => `<${template}|${args.join(',')}>`;
    const [f] = ofRule(lint(post("title: 'un\\'app'\n"), { t }).findings, 'frontmatter-syntax');
    assert.match(f.message, /^<Front matter: \{0\}\|<YAML has no/);
    assert.match(f.fix!.title, /^<Replace/);
  });
  it('a correct post has no finding, and other parse errors keep the parser message', () => {
    assert.deepEqual(syntax(post('title: "Foo: bar"\ntags: [a, b]\n')), []);
    const [f] = syntax(post('title: "unclosed\ndate: 2025-01-01\n'));
    assert.ok(f);
    assert.equal(f.fix, undefined);
  });
});
