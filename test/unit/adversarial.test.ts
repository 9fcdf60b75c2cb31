/**
 * Hostile inputs, each with a defined expected result. Nothing here asserts on time: the
 * pathological inputs print how long `lint` took, so that catastrophic backtracking shows up in
 * the log (a linear engine lints 100 KB in a few milliseconds).
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, lint, type LintResult } from '../../src/core';
import { rangeProblems, splitLines } from './generators';

const post = (frontMatter: string, body: string) => `---\n${frontMatter}\n---\n\n${body}`;
const FM = '---\ntitle: A\n---\n\n';
const KB100 = 100 * 1024;
/** `unit` repeated to exactly `length` characters. */
const fill = (unit: string, length = KB100) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
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

  it('TOML +++ front matter: frontmatter-syntax saying TOML is not supported', () => {
    const result = lint('+++\ntitle = "A"\ndate = 2025-01-01\n+++\n\n本文です。\n');
    const syntax = result.findings.filter((f) => f.rule === 'frontmatter-syntax');
    assert.equal(syntax.length, 1);
    assert.match(syntax[0].message, /TOML.*not supported/);
    assert.ok(!rules(result).includes('required-field'), 'no YAML field checks on TOML');
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

/** [input shape, text] — every regular expression on the lint path, fed what makes regexes backtrack. */
const PATHOLOGICAL: Array<[string, string]> = [
  ['100 KB of "!["', FM + fill('![')],
  ['100 KB of "![x]("', FM + fill('![x](')],
  ['"<!--" without close, then 100 KB of text', FM + '<!--' + fill('あ a ')],
  ['100 KB of "<!--"', FM + fill('<!--')],
  ['100 KB of "<!--" lines', FM + fill('<!--\n')],
  ['100 KB of "]("', FM + fill('](')],
  ['100 KB of "http://"', FM + fill('http://')],
  ['"http://" + 100 KB of "a"', FM + 'http://' + fill('a')],
  ['100 KB of "<a"', FM + fill('<a')],
  ['100 KB of "<img"', FM + fill('<img')],
  ['100 KB of "|"', FM + fill('|')],
  ['100 KB of "| a | b |" / "|---|---|" lines', FM + fill('| a | b |\n|---|---|\n')],
  ['"a | b" then 100 KB of "| - " + "x"', FM + 'a | b\n' + fill('| - ') + 'x'],
  ['10,000 "---END---" lines', FM + '---END---\n'.repeat(10_000)],
  ['100 KB of "*_~"', FM + fill('*_~')],
  ['100 KB of "*_~" then "a"', FM + fill('*_~') + 'a'],
  ['50,000 "- " list markers', FM + '- \n'.repeat(50_000)],
  ['50,000 "- a" list items', FM + '- a\n'.repeat(50_000)],
  ['100 KB of "- " then "x" (one line)', FM + fill('- ') + 'x'],
  ['100 KB of "。"', FM + fill('。')],
  ['100 KB of "a。"', FM + fill('a。')],
  ['100 KB of "`"', FM + fill('`')],
  ['100 KB of "```" lines', FM + fill('```\n')],
  ['100 KB of "~~~" lines', FM + fill('~~~\n')],
  ['100 KB of "["', FM + fill('[')],
  ['100 KB of ">"', FM + fill('>')],
  ['100 KB of "#"', FM + fill('#')],
  ['100 KB of "1234567890."', FM + fill('1234567890.')],
  ['100 KB of "私たちは改めて" paragraphs (restatement prefixes)', FM + fill('私たちは改めて\n\n')],
  ['front matter: duplicate key + 100 KB of spaces before ":"', `---\ntitle: a\ntitle${fill(' ')}: b\n---\nbody\n`],
  ['front matter: 100 KB title', `---\ntitle: ${fill('あ')}\n---\nbody\n`],
  ['front matter: date + 100 KB of spaces + "x"', `---\ntitle: a\ndate: 2025-01-01${fill(' ')}x\n---\nbody\n`],
  ['front matter: 100 KB model id without "/"', `---\ntitle: a\nmodel: ${fill('a')}\n---\nbody\n`],
  ['front matter: 100 KB "a-" lang', `---\ntitle: a\nlang: ${fill('a-')}\n---\nbody\n`],
  ['front matter: 5,000 fields', `---\n${Array.from({ length: 5000 }, (_, i) => `k${i}: v${i}`).join('\n')}\n---\nbody\n`],
  // Same quadratic shape as "*_~" then "a" (a trailing-run regex), at 20 KB to keep the suite short.
  ['20 KB: "a" + spaces + "b"', FM + 'a' + fill(' ', 20 * 1024) + 'b'],
  ['20 KB: "a" + tabs + "b"', FM + 'a' + fill('\t', 20 * 1024) + 'b'],
  ['20 KB: "a" + backticks + "b"', FM + 'a' + fill('`', 20 * 1024) + 'b'],
];

describe('pathological inputs for the regular expressions on the lint path', () => {
  const timings: Array<{ shape: string; kb: number; ms: number; findings: number }> = [];
  after(() => {
    const rows = timings.map((t) => `${t.ms.toFixed(1).padStart(9)} ms  ${String(t.kb).padStart(4)} KB  ${String(t.findings).padStart(6)} findings  ${t.shape}${t.ms > 50 ? '   <-- over 50 ms' : ''}`);
    console.log(`lint time per pathological input:\n${rows.join('\n')}`);
  });

  for (const [shape, text] of PATHOLOGICAL) {
    it(`lints ${shape} without throwing`, () => {
      const started = performance.now();
      const result = lint(text);
      const ms = performance.now() - started;
      timings.push({ shape, kb: Math.round(text.length / 1024), ms, findings: result.findings.length });
      console.log(`${ms.toFixed(1)} ms: ${shape}`);
      assertRangesValid(text, result);
    });
  }
});
