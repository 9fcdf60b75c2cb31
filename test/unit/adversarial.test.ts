/**
 * Hostile inputs, each with a defined expected result. Nothing here asserts on time: `npm run
 * bench` times the pathological inputs against their 50 ms bound.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, lint, type LintResult } from '../../src/core';
import { rangeProblems, splitLines } from './generators';
import { PATHOLOGICAL } from './pathological';

const post = (frontMatter: string, body: string) => `---\n${frontMatter}\n---\n\n${body}`;
const FM = '---\ntitle: A\n---\n\n';
const rules = (result: LintResult) => result.findings.map((f) => f.rule);

function assertRangesValid(text: string, result: LintResult): void {
  const lines = splitLines(text);
  const problems = result.findings.flatMap((f, i) => [
    ...rangeProblems(text, lines, f.range, `finding ${i} (${f.rule})`),
    ...f.related.flatMap((r) => rangeProblems(text, lines, r.range, `finding ${i} (${f.rule}) related`)),
    ...(f.fix?.edits ?? []).flatMap((e) => rangeProblems(text, lines, e.range, `finding ${i} (${f.rule}) edit`)),
  ]);
  assert.deepEqual(problems, []);
}

describe('YAML bombs and deep nesting', () => {
  it('an alias bomb (10 levels of 10) is never expanded: lint returns', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    }
    // The aliases also reach the fields the rules read.
    const text = post(`title: bomb\n${lines.join('\n')}\ntags: *j\ncategories: [*j, *i]\nreading_time: *j\ntranslated: *j`, '本文です。\n');
    const heapBefore = process.memoryUsage().heapUsed;
    const result = lint(text);
    fixAll(text);
    console.log(`alias bomb: heap grew by ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB; findings: ${rules(result).join(', ')}`);
    assertRangesValid(text, result);
  });

  const deep: Array<[string, string]> = [
    ['10,000 nested flow sequences', `title: A\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['10,000 unclosed flow sequences', `title: A\nx: ${'['.repeat(10_000)}`],
    ['10,000 nested flow mappings', `title: A\nx: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`],
    ['10,000 nested compact block sequences', `title: A\nx:\n${'- '.repeat(10_000)}x`],
    ['1,000 nested block mappings', `title: A\nx:\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} leaf`],
  ];
  for (const [name, yaml] of deep) {
    it(`${name}: returns, with frontmatter-syntax findings or none, and no stack overflow escapes`, () => {
      const text = post(yaml, '本文です。\n');
      const result = lint(text);
      const syntax = result.findings.filter((f) => f.rule === 'frontmatter-syntax');
      console.log(`${name}: ${syntax.length} frontmatter-syntax finding(s)${syntax.length ? ` (first: ${syntax[0].message})` : ''}`);
      assert.ok(result.post.frontMatter, 'the front matter is found');
      assert.equal(result.post.frontMatter.closeLine, yaml.split('\n').length + 1, 'and closed where it is');
      assertRangesValid(text, result);
    });
  }
});

describe('sizes and shapes', () => {
  it('a 10 MB single-line body: returns, with a word count and reading time that add up', () => {
    const words = 2 * 1024 * 1024; // 'word ' × 2 Mi = 10 MiB
    const text = FM + 'word '.repeat(words - 1) + 'word.';
    const result = lint(text);
    assert.equal(result.post.blocks.length, 1);
    assert.equal(result.post.blocks[0].kind, 'paragraph');
    assert.equal(result.readingTime.words, words);
    assert.equal(result.readingTime.cjkChars, 0);
    assert.equal(result.readingTime.minutes, Math.ceil(words / 230));
    assert.deepEqual(rules(result), []);
  });

  it('unterminated front matter: frontmatter-syntax "not closed" on the opening line', () => {
    const result = lint('---\ntitle: A\ndate: 2025-01-01\n\n本文です。\n');
    const syntax = result.findings.filter((f) => f.rule === 'frontmatter-syntax');
    assert.equal(syntax.length, 1);
    assert.match(syntax[0].message, /not closed/);
    assert.equal(syntax[0].range.start.line, 0);
  });

  it('front matter only, with and without a final newline: no body findings and a 1-minute reading time', () => {
    for (const text of ['---\ntitle: A\n---', '---\ntitle: A\n---\n', '---\ntitle: A\n---\r\n']) {
      const result = lint(text);
      assert.equal(result.readingTime.minutes, 1, JSON.stringify(text));
      assert.deepEqual(rules(result), [], JSON.stringify(text));
      assert.equal(fixAll(text).text, text);
    }
  });

  it('an empty file: frontmatter-missing only', () => {
    assert.deepEqual(rules(lint('')), ['frontmatter-missing']);
    assert.equal(fixAll('').text, '');
  });

  it('TOML +++ front matter: read (its values and where each is written) and checked; TOML that does not parse is an error on its line', () => {
    const result = lint('+++\ntitle = "A" # the title\ndate = 2025-01-01\ntags = ["x", "y"]\n[params]\ntitle = "not top-level"\n+++\n\n本文です。\n');
    assert.deepEqual(rules(result), [], 'a clean TOML block has nothing to say');
    const toml = result.post.frontMatter!.toml!;
    assert.deepEqual([toml.get('title')?.value, toml.get('tags')?.value, (toml.get('date')?.value as Date).toISOString()], ['A', ['x', 'y'], '2025-01-01']);
    const span = toml.get('title')!.valueSpan;
    assert.equal(result.post.text.slice(span.start, span.end), '"A"', 'the value, without its comment');
    const broken = lint('+++\ntitle = "A"\ndate = 2025-01-01\ntags = ["x", \n+++\n\n本文です。\n').findings.filter((f) => f.rule === 'frontmatter-syntax');
    assert.deepEqual(broken.map((f) => [f.severity, f.range.start.line]), [['error', 4]]);
    assert.match(broken[0].message, /^Front matter: TOML does not parse: /);
    assert.equal(lint('+++\ntitle = "A\n+++\n').findings.filter((f) => f.rule === 'frontmatter-syntax')[0].range.start.line, 1);
    // Megabytes of TOML are not parsed (a second each); nesting deeper than the parser allows is its error.
    const huge = lint(`+++\n${Array.from({ length: 20_000 }, (_, i) => `k${i} = ${i}`).join('\n')}\n+++\n`).findings.filter((f) => f.rule === 'frontmatter-syntax');
    assert.match(huge[0].message, /KB of TOML, too large to read; Frontlint reads up to 64 KB/);
    assert.match(lint(`+++\nx = ${'['.repeat(10_000)}${']'.repeat(10_000)}\n+++\n`).findings.filter((f) => f.rule === 'frontmatter-syntax')[0].message, /TOML does not parse: .*nested/);
  });

  it('front matter over 16 KB that needs the YAML parser: one message with its size, not a long parse', () => {
    const result = lint(`---\ntitle: A\n${'# a comment line\n'.repeat(1200)}---\n\n本文です。\n`);
    const syntax = result.findings.filter((f) => f.rule === 'frontmatter-syntax');
    assert.equal(syntax.length, 1);
    assert.match(syntax[0].message, /^Front matter: 20 KB, too large to check; .* Is the closing `---` line missing\?$/);
    assert.equal(syntax[0].range.start.line, 1);
  });

  it('front matter of one-line fields is read at any size', () => {
    const tags = Array.from({ length: 20_000 }, (_, i) => `t${i}`);
    const result = lint(`---\ntitle: A\ntags: [${tags.join(', ')}]\n---\n\n本文です。\n`);
    assert.deepEqual(rules(result).filter((r) => r.startsWith('frontmatter')), []);
    assert.equal(result.post.frontMatter!.fields.get('tags')!.valueSpan.end - result.post.frontMatter!.fields.get('tags')!.valueSpan.start, tags.join(', ').length + 2);
  });
});

describe('invisible and broken characters', () => {
  const odd = ['\uD800', '\uDBFF', '\uDC00', '\u200B', '\uFEFF', '\u202E', '\u2066', '\u200D'];
  const sprinkle = (s: string, k: number) => [...s].map((c, i) => (i % 5 === k % 5 ? c + odd[(i + k) % odd.length] : c)).join('');

  it('lone surrogates, zero-width (U+200B, U+FEFF inside text) and bidi (U+202E) characters: no crash, valid ranges', () => {
    const paragraph = 'これはテスト用の本文です。AIの進化は本当に目まぐるしいですね！';
    const texts = [
      // In field values, in the body, in a repeated passage, in a truncated fragment and next to markers.
      post(`title: ${sprinkle('Alibabaの巨額AI投資', 1)}\ntags: [${sprinkle('AI', 2)}, ${sprinkle('ai', 3)}]\nlang: ja\u202E`, [
        sprinkle(paragraph, 0),
        sprinkle(paragraph, 0),
        `# ${sprinkle('見出し', 4)}`,
        sprinkle('私たちは改めて', 2),
        '---END---\u200B',
        '\u202E---END---',
        '---END---',
        sprinkle('私たちは改めて考え直す必要があります。', 2),
        `| ${sprinkle('a', 1)} | b |\n|---|---|\n| \uD800 | \uDC00 |`,
        `\`\`\`\n${sprinkle('code()', 3)}\n\`\`\``,
        '\uDBFF',
      ].join('\n\n') + '\n'),
      // Lone surrogates at every structural position.
      '\uDC00---\ntitle: A\n---\n',
      '---\ntitle: \uD800\n---\n\uDC00\n\n---END---\uD800\n',
      '---\ntitle: A\uFEFF\n\u200B---\n\n\u202E本文です。\u202C\n',
      sprinkle(post('title: A', `${paragraph}\n\n${paragraph}\n\n---END---\n`), 0),
    ];
    for (const text of texts) {
      const result = lint(text);
      assertRangesValid(text, result);
      const fixed = fixAll(text).text;
      assertRangesValid(fixed, lint(fixed));
    }
  });
});

describe('---END--- inside code', () => {
  const cases: Array<[string, string]> = [
    ['a backtick fence', '```\n---END---\n```\n'],
    ['a tilde fence', '~~~md\n---END---\n~~~\n'],
    ['a longer fence closed by a longer run', '````\n```\n---END---\n```\n````\n'],
    ['an unclosed fence running to the end', '```\n本文です。\n\n---END---\n'],
    ['indented code', '    ---END---\n'],
  ];
  for (const [name, code] of cases) {
    it(`no end-marker in ${name}`, () => {
      const result = lint(post('title: A', `本文です。\n\n${code}`));
      assert.deepEqual(rules(result).filter((r) => r === 'end-marker' || r === 'empty-section'), []);
    });
  }
});

describe('pathological inputs for the regular expressions on the lint path', () => {
  // Their time is measured by `npm run bench`, against the 50 ms bound.
  for (const [shape, text] of PATHOLOGICAL) {
    it(`lints ${shape} without throwing`, () => {
      assertRangesValid(text, lint(text));
    });
  }
});
