/**
 * fast-check generators for blog posts: random front matter (valid and broken YAML), random
 * Japanese, English and mixed-script bodies, and mutations of the seed posts in test/fixtures.
 * Every generated text follows the engine's contract: no leading BOM (callers strip it).
 */
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Range } from '../../src/core';
import { FIXTURES, readFixture } from './helpers';

// ---------------------------------------------------------------------------------------------
// Small pools

const JA_SENTENCES = [
  'これはテスト用の本文です。',
  'AIの進化は本当に目まぐるしいですね！',
  '彼らは一体、何を狙っているのでしょうか？',
  'クラウドへの投資規模は過去最大になりました。',
  '「ユーザーファースト、AIドリブン」という戦略を掲げている。',
  'Alibabaの「Qwen 2.5」は強力な基盤モデルです。',
  '私たちは改めて考え直す必要があります。',
  'さらに、AIチップも自社開発している。',
  '正直言って私も最初は懐疑的でした…',
  '過去20年間、数えきれないほどのプロジェクトを見てきました。',
  'ＡＢＣ１２３のテストは大切な文章の一部です。',
  '詳しくは[公式ブログ](https://example.com/blog)を参照してください。',
  '図を見てください。![図1](/img/fig1.png)',
  '絵文字も使います😀。',
];
const EN_SENTENCES = [
  'This is a test sentence.',
  'The quick brown fox jumps over the lazy dog.',
  'Is it really worth fifty billion dollars?',
  'It was a sunny day in the park!',
  'See https://example.com/page for the details.',
  'Read [the docs](https://example.com/docs) first.',
  'The model stopped here',
  'Alibabas cloud grew by 26% last quarter.',
  'It has **bold** and _emphasis_ and ~~strike~~ text.',
  "Alibaba's plan isn't small.",
  'An image: ![alt text](img.png "title").',
  'Inline <span>html</span> and `code` too.',
];
const MIXED_SENTENCES = [
  'AlibabaのQwenはOpenAIやGoogleと競合します。',
  'NVIDIA GPUへの依存を減らすためです。',
  'The「Quark」assistant is AIを活用したアプリです。',
  'T-Head PPUをAlibaba Cloudに展開する。',
];
/** Characters the engine must survive anywhere: astral, lone surrogates, zero-width, bidi, ideographic space. */
export const SPECIAL_CHARS = ['😀', '𠮷', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u200B', '\u200D', '\uFEFF', '\u202E', '\u202D', '\u2066', '\u3000', '\t', '\u00A0', '\u0301'];

const kana = fc.integer({ min: 0x3041, max: 0x30fa }).map((c) => String.fromCharCode(c));
const kanji = fc.constantFrom(...'日本語投資技術未来分析模型中国大企業開発基盤雲計算戦略価値'.split(''));
const latin = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''));
const punct = fc.constantFrom('、', '。', '！', '？', '「', '」', '（', '）', ' ', ',', '.', '*', '_', '~', '`', '…', 'ー', '々');
const special = fc.constantFrom(...SPECIAL_CHARS);

/** Random script soup, weighted towards kana and kanji. */
const soup = (maxLength: number) =>
  fc.string({ unit: fc.oneof({ arbitrary: kana, weight: 6 }, { arbitrary: kanji, weight: 4 }, { arbitrary: latin, weight: 3 }, { arbitrary: punct, weight: 2 }, { arbitrary: special, weight: 1 }), minLength: 1, maxLength });

const terminator = fc.constantFrom('。', '！', '？', '!', '?', '.', '…', '', '」。');

const englishWords = fc.array(fc.constantFrom('the', 'model', 'cloud', 'invest', 'future', 'data', 'AI', 'chip', 'stack', 'Alibaba', 'is', 'a', 'of', 'and', 'GPU'), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));

/** One sentence: from the pools, random kana/kanji, random English, or a cut-off copy of a pool sentence. */
export const sentence: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...JA_SENTENCES), weight: 5 },
  { arbitrary: fc.constantFrom(...EN_SENTENCES), weight: 3 },
  { arbitrary: fc.constantFrom(...MIXED_SENTENCES), weight: 2 },
  { arbitrary: fc.tuple(soup(30), terminator).map(([s, t]) => s + t), weight: 3 },
  { arbitrary: fc.tuple(englishWords, fc.constantFrom('.', '!', '?', '')).map(([s, t]) => s[0].toUpperCase() + s.slice(1) + t), weight: 2 },
  // Truncated copies: what an AI draft leaves before it restarts a sentence.
  { arbitrary: fc.tuple(fc.constantFrom(...JA_SENTENCES, ...EN_SENTENCES, ...MIXED_SENTENCES), fc.nat()).map(([s, n]) => s.slice(0, 1 + (n % s.length))), weight: 2 },
);

const inline = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join('').replace(/[。！？.!?…」]+$/, ''));

// ---------------------------------------------------------------------------------------------
// Body blocks

const paragraph = fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 5 }), fc.constantFrom('', ' ', '\n')).map(([s, sep]) => s.join(sep));
const heading = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 7 }), inline).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
  fc.tuple(inline, fc.constantFrom('===', '---', '-', '=')).map(([t, u]) => `${t}\n${u}`),
);
const listMarker = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] ', '  - ', '    - ', '-');
const list = fc.array(fc.tuple(listMarker, sentence).map(([m, s]) => m + s), { minLength: 1, maxLength: 6 }).map((items) => items.join('\n'));
const cell = fc.oneof(fc.constantFrom('a', 'b', '1', '投資', 'AI', ' ', '**x**', '😀'), inline);
const table = fc.tuple(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 4 }), fc.boolean()).map(([head, rows, outer]) => {
  const row = (cells: string[]) => (outer ? `| ${cells.join(' | ')} |` : cells.join(' | '));
  return [row(head), row(head.map((_, i) => (i % 2 ? ':-:' : '---'))), ...rows.map(row)].join('\n');
});
const codeLine = fc.oneof(
  fc.constantFrom('console.log("hello world");', 'const x = 1;', '---END---', '# not a heading', '| a | b |', '', '    indented', '<!-- not html -->', 'def f(x): return x'),
  sentence,
);
const fenced = fc.tuple(fc.constantFrom('```', '````', '~~~', '```js', '~~~ python', '``` `bad`'), fc.array(codeLine, { maxLength: 5 }), fc.constantFrom('close', 'close', 'open', 'short')).map(([open, lines, end]) => {
  const close = end === 'close' ? '\n' + open.replace(/[^`~]/g, '') : end === 'short' ? '\n``' : '';
  return `${open}\n${lines.join('\n')}${close}`;
});
const indentedCode = fc.array(codeLine, { minLength: 1, maxLength: 3 }).map((lines) => lines.map((l) => '    ' + l).join('\n'));
const blockquote = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.map((x) => '> ' + x).join('\n'));
const html = fc.constantFrom('<div>ブロック</div>', '<!-- コメント -->', '<!-- unclosed comment', '<img src="a.png" alt="x">', '<details>\n<summary>More</summary>\n本文です。\n</details>', '-->', '<br>');
export const endMarkerLine = fc.constantFrom('---END---', '--- END ---', '----END----', '   ---END---', '---END---  ', '---END---\t');
const hr = fc.constantFrom('---', '***', '___', '- - -', '* * *');
const link = fc.constantFrom('[link](https://example.com)', '![image](/a.png)', 'https://example.com/very/long/path?x=1', '<https://example.com>', '[未完のリンク](https://example.com');

/** The real blogs' shapes: bold labels, list items with a label and an indented line, related-post links. */
const label = fc.tuple(fc.constantFrom('', '1. ', 'a. ', '2. '), inline).map(([n, t]) => `**${n}${t}**`);
const labelledList = fc.array(fc.tuple(fc.constantFrom('*   ', '- ', '1. '), inline, sentence).map(([m, l, s]) => `${m}**${l}**\n    ${s}`), { minLength: 1, maxLength: 3 }).map((items) => items.join('\n'));
const linkTitle = fc.constantFrom('AIの未来を考える。', 'クラウド戦略の今！', 'Qwenとは何か', 'The state of AI', '投資の真意');
const relatedLinks = fc.array(fc.tuple(linkTitle, fc.integer({ min: 1, max: 9 })).map(([t, n]) => `- [${t}](/2026/03/0${n}/post-${n}/)`), { minLength: 2, maxLength: 5 }).map((items) => `関連記事：\n\n${items.join('\n')}`);
/** What a re-flow puts after the copied text on the same line. */
const freshAfterReflow = fc.oneof(sentence, fc.tuple(label, sentence).map(([l, s]) => `${l} ${s}`), fc.tuple(inline, sentence).map(([h, s]) => `### ${h} ${s}`), fc.constant(''));

type BlockOrRef = string | { ref: number } | { reflow: number; count: number; fresh: string };

const block: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: paragraph, weight: 10 },
  { arbitrary: heading, weight: 3 },
  { arbitrary: list, weight: 2 },
  { arbitrary: table, weight: 1 },
  { arbitrary: fenced, weight: 2 },
  { arbitrary: indentedCode, weight: 1 },
  { arbitrary: blockquote, weight: 1 },
  { arbitrary: html, weight: 1 },
  { arbitrary: endMarkerLine, weight: 3 },
  { arbitrary: hr, weight: 1 },
  { arbitrary: link, weight: 1 },
  { arbitrary: label, weight: 2 },
  { arbitrary: labelledList, weight: 1 },
  { arbitrary: relatedLinks, weight: 1 },
);

/** A body: blocks, some of them copies of earlier blocks (as AI drafts repeat themselves). */
export const body: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof(
        { arbitrary: block as fc.Arbitrary<BlockOrRef>, weight: 4 },
        { arbitrary: fc.nat().map((ref) => ({ ref })), weight: 1 },
        { arbitrary: fc.record({ reflow: fc.nat(), count: fc.integer({ min: 1, max: 4 }), fresh: freshAfterReflow }), weight: 1 },
      ),
      { maxLength: 12 },
    ),
    fc.array(fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\n\n\n', '\n \n'), { minLength: 12, maxLength: 12 }),
    fc.constantFrom('\n', '\n', '', '\n\n'),
  )
  .map(([items, seps, final]) => {
    const blocks: string[] = [];
    for (const item of items) {
      if (typeof item === 'string') blocks.push(item);
      else if (blocks.length === 0) continue;
      else if ('ref' in item) blocks.push(blocks[item.ref % blocks.length]);
      else {
        // A restart re-flows earlier blocks into one line, and goes on with fresh text on it.
        const from = item.reflow % blocks.length;
        const copied = blocks.slice(from, from + item.count).map((b) => b.replace(/\s*\n\s*/g, ' '));
        blocks.push([...copied, item.fresh].filter((t) => t).join(' '));
      }
    }
    return blocks.map((b, i) => (i === 0 ? b : seps[i % seps.length] + b)).join('') + (blocks.length ? final : '');
  });

// ---------------------------------------------------------------------------------------------
// Front matter

const quoted = (s: string) => fc.constantFrom(s, JSON.stringify(s), `'${s.replace(/'/g, "''")}'`);
const scalarText = fc.oneof(fc.constantFrom('Alibabaの巨額AI投資', 'A title', '蔡英文のAIとアリババ戦略', 'タイトル: コロン入り', '', '  ', '😀', 'yes', 'null', '~', '123'), inline, soup(20));
const scalar = scalarText.chain(quoted);

const listValue = fc.oneof(
  fc.array(fc.oneof(scalar, fc.constantFrom('AI', 'ai', 'ＡＩ', '投資', '2025', '1.5', 'true', '""', 'null', '[nested]')), { maxLength: 14 }).map((items) => ` [${items.join(', ')}]`),
  fc.array(fc.oneof(scalar, fc.constantFrom('AI', 'ai', 'ＡＩ', '投資', '2025', '', '- nested')), { minLength: 1, maxLength: 5 }).chain((items) =>
    fc.constantFrom('  ', '', '    ').map((indent) => '\n' + items.map((i) => `${indent}- ${i}`).join('\n')),
  ),
  fc.constantFrom(' AI 投資 チップ', ' "AI, 投資, AI"', ' AI、投資', ' 2025', ' ', ' {a: 1}', ' []', ' ""', ' *undefined'),
  scalar.map((s) => ' ' + s),
);

const fieldValue: Record<string, fc.Arbitrary<string>> = {
  title: scalar.map((s) => ' ' + s),
  date: fc.constantFrom('2025-11-07 04:38:05 +0000', '2025-11-07T04:38:05Z', '2025-11-07', '2025-02-30', '2025-13-01', '2025-11-07 25:00:00', 'yesterday', '"2025-11-07"', '2025-11-07T04:38:05.123+09:00', '').map((s) => ' ' + s),
  lastmod: fc.constantFrom(' 2025-01-01', ' nope'),
  tags: listValue,
  categories: listValue,
  lang: fc.constantFrom('ja', 'en', 'en-US', 'zh-Hant-TW', 'ko', 'ja_JP', 'j', 'japanese!', '日本語', '"ja"', 'fr', '', 'abcdefghi-toolong').map((s) => ' ' + s),
  model: fc.constantFrom('x-ai/grok-4-fast', 'openai/gpt-4o:free', 'anthropic/claude-3.5-sonnet', 'grok-4', 'x-ai/', 'x ai/grok', '""', '').map((s) => ' ' + s),
  translated: fc.constantFrom('true', 'false', '"true"', "'false'", 'yes', 'No', 'on', 'OFF', 'maybe', '1', '', '[true]', ' "  yes "').map((s) => ' ' + s),
  generated: fc.constantFrom('true', 'false', '"true"', 'yes', 'no', 'maybe', '0', '').map((s) => ' ' + s),
  draft: fc.constantFrom(' true', ' "false"', ' no'),
  image: fc.constantFrom(' false', ' "false"', ' /img/a.png', ' "yes"'),
  reading_time: fc.oneof(fc.integer({ min: -5, max: 1000 }).map(String), fc.constantFrom('1.5', '"5"', "'12'", '"  7 "', 'abc', '""', '0', '1e3', '999999999', '.inf', '"0"', '')).map((s) => ' ' + s),
  layout: fc.constantFrom(' post', ' note'),
  author: scalar.map((s) => ' ' + s),
  excerpt: scalar.map((s) => ' ' + s),
};
const FIELD_NAMES = Object.keys(fieldValue);

/** Lines that break YAML in different ways. */
const brokenLine = fc.constantFrom(
  'author: a: b',
  'title: "unclosed',
  "title: 'unclosed",
  '  bad indent: x',
  '\tkey: tab',
  'key: [unclosed',
  'key: {a: 1',
  'key: *undefined',
  '&anchor',
  '? complex key',
  ': no key',
  '- item at top level',
  'title: A',
  'title: 重複',
  'key: |',
  'key: >-',
  '%YAML 1.2',
  'key: @reserved',
  'key: `reserved`',
  'x: 😀"',
  '😀: x',
  'author: 😀 a: b',
  'tags: [😀, 😀😀: x]',
  '"key"',
  'key:value',
  '{',
  ']',
  'key: "\\q bad escape"',
);

const fieldLine = fc.constantFrom(...FIELD_NAMES).chain((name) => fieldValue[name].map((v) => `${name}:${v}`));

/** The YAML between the fences: mostly known fields, sometimes a broken line, a comment or a blank. */
export const yamlContent: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: fieldLine, weight: 10 },
      { arbitrary: brokenLine, weight: 1 },
      { arbitrary: fc.constantFrom('# comment', '', '   '), weight: 1 },
    ),
    { maxLength: 10 },
  )
  .map((lines) => lines.join('\n'));

/** Front matter with its fences: YAML (closed with `---` or `...`), unterminated, TOML, empty, or none. */
export const frontMatter: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: yamlContent.map((y) => `---\n${y}${y ? '\n' : ''}---\n`), weight: 10 },
  { arbitrary: yamlContent.map((y) => `---  \n${y}\n...\n`), weight: 1 },
  { arbitrary: yamlContent.map((y) => `---\n${y}\n`), weight: 1 },
  { arbitrary: fc.constant('+++\ntitle = "TOML"\n+++\n'), weight: 1 },
  { arbitrary: fc.constantFrom('', '---\n---\n', '---\n', '---'), weight: 2 },
);

// ---------------------------------------------------------------------------------------------
// Mutations

export type Mutation =
  | { kind: 'cut'; at: number }
  | { kind: 'repeat'; from: number; to: number; at: number }
  | { kind: 'reflow'; from: number; to: number }
  | { kind: 'marker'; line: number; marker: string }
  | { kind: 'lineEnding'; eol: '\r\n' | '\r' }
  | { kind: 'insert'; at: number; text: string; early: boolean };

/** Positions are drawn as fractions of the text so that they stay meaningful as earlier mutations change its length. */
const frac = fc.integer({ min: 0, max: 10_000 });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: frac.map((at) => ({ kind: 'cut' as const, at })), weight: 2 },
  { arbitrary: fc.tuple(frac, fc.integer({ min: 0, max: 400 }), frac).map(([from, len, at]) => ({ kind: 'repeat' as const, from, to: len, at })), weight: 3 },
  { arbitrary: fc.tuple(frac, fc.integer({ min: 0, max: 600 })).map(([from, to]) => ({ kind: 'reflow' as const, from, to })), weight: 2 },
  { arbitrary: fc.tuple(frac, endMarkerLine).map(([line, marker]) => ({ kind: 'marker' as const, line, marker })), weight: 3 },
  { arbitrary: fc.constantFrom('\r\n' as const, '\r' as const).map((eol) => ({ kind: 'lineEnding' as const, eol })), weight: 1 },
  // `early` aims at the front matter: the first 400 characters.
  { arbitrary: fc.tuple(frac, fc.oneof(special, fc.array(special, { minLength: 1, maxLength: 4 }).map((s) => s.join(''))), fc.boolean()).map(([at, text, early]) => ({ kind: 'insert' as const, at, text, early })), weight: 3 },
);

const pos = (fraction: number, length: number) => Math.floor((fraction / 10_000) * length);

export function applyMutation(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'cut':
      return text.slice(0, pos(m.at, text.length + 1));
    case 'repeat': {
      const from = pos(m.from, text.length);
      const slice = text.slice(from, from + m.to);
      const at = pos(m.at, text.length + 1);
      return text.slice(0, at) + slice + text.slice(at);
    }
    case 'reflow': {
      // Joins the lines of a window into one line, as a re-flowed restart of a paragraph looks.
      const from = pos(m.from, text.length);
      const to = Math.min(text.length, from + m.to);
      return text.slice(0, from) + text.slice(from, to).replace(/(\r\n|\n|\r)+/g, '') + text.slice(to);
    }
    case 'marker': {
      const lines = text.split('\n');
      lines.splice(pos(m.line, lines.length + 1), 0, m.marker);
      return lines.join('\n');
    }
    case 'lineEnding':
      return text.replace(/\r\n|\n|\r/g, m.eol);
    case 'insert': {
      const at = pos(m.at, (m.early ? Math.min(400, text.length) : text.length) + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
  }
}

/** Callers strip a BOM before linting, so a generated text never starts with one. */
export const withoutBom = (text: string) => text.replace(/^\uFEFF+/, '');

/** A synthetic post: front matter and body, then a few mutations. */
export const syntheticPost: fc.Arbitrary<string> = fc
  .tuple(frontMatter, fc.constantFrom('', '\n'), body, fc.array(mutation, { maxLength: 3 }))
  .map(([fm, gap, b, mutations]) => withoutBom(mutations.reduce(applyMutation, fm + gap + b)));

export const SEEDS: string[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFixture(join(FIXTURES, f)));

/** A seed post (optionally only a window of it, to keep runs fast) with 1–4 mutations. */
export const mutatedSeed: fc.Arbitrary<string> = fc
  .tuple(fc.nat({ max: SEEDS.length - 1 }), fc.option(fc.tuple(frac, fc.integer({ min: 200, max: 6000 })), { freq: 2 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([seed, window, mutations]) => {
    let text = SEEDS[seed];
    if (window) {
      // Keep the front matter and a window of the body.
      const close = text.indexOf('\n---', 4);
      const bodyStart = close < 0 ? 0 : close + 5;
      const from = bodyStart + pos(window[0], text.length - bodyStart);
      text = text.slice(0, bodyStart) + text.slice(from, from + window[1]);
    }
    return withoutBom(mutations.reduce(applyMutation, text));
  });

// ---------------------------------------------------------------------------------------------
// Range checks

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Line texts and start offsets, split on \r\n, \n and \r as VS Code does (independent of the engine's LineIndex). */
export function splitLines(text: string): { starts: number[]; lengths: number[] } {
  const starts = [0];
  const lengths: number[] = [];
  const re = /\r\n|\n|\r/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    lengths.push(m.index - starts[starts.length - 1]);
    starts.push(m.index + m[0].length);
  }
  lengths.push(text.length - starts[starts.length - 1]);
  return { starts, lengths };
}

/** Problems with a range: outside the document, reversed, or splitting a surrogate pair. Empty when fine. */
export function rangeProblems(text: string, lines: ReturnType<typeof splitLines>, range: Range, what: string): string[] {
  const problems: string[] = [];
  const offsets: number[] = [];
  for (const [name, p] of [['start', range.start], ['end', range.end]] as const) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) {
      problems.push(`${what}: ${name} ${JSON.stringify(p)} is not a valid position`);
      continue;
    }
    if (p.line >= lines.starts.length) {
      problems.push(`${what}: ${name} line ${p.line} ≥ line count ${lines.starts.length}`);
      continue;
    }
    if (p.character > lines.lengths[p.line]) {
      problems.push(`${what}: ${name} character ${p.character} > length ${lines.lengths[p.line]} of line ${p.line}`);
      continue;
    }
    const offset = lines.starts[p.line] + p.character;
    offsets.push(offset);
    if (offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))) {
      problems.push(`${what}: ${name} ${JSON.stringify(p)} splits a surrogate pair`);
    }
  }
  if (offsets.length === 2 && offsets[0] > offsets[1]) problems.push(`${what}: start ${JSON.stringify(range.start)} is after end ${JSON.stringify(range.end)}`);
  return problems;
}
