/** MDX posts: ESM, JSX and expressions are not prose; never flagged, never touched by a fix. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll, lint } from '../../src/core';

const POST = `---
title: "Astro と MDX"
tags: [astro, mdx]
---

import Chart from '../../components/Chart.astro';
import { Tabs, Tab } from '@/components/tabs';
export const meta = {
  draft: false,
};

これは本文の最初の段落で、十分な長さを持った普通の文章です。

<Chart
  data={[1, 2, 3]}

  caption="売上の推移"
/>

<Tabs>

<Tab label="一">

これは本文の最初の段落で、十分な長さを持った普通の文章です。

</Tab>

</Tabs>

{/* 編集メモ: ここは後で書く */}

import Chart from '../../components/Chart.astro';

---END---
`;

describe('MDX posts', () => {
  it('leaves import/export lines, JSX blocks and expressions out of prose', () => {
    const { post, findings } = lint(POST, { mdx: true });
    const kinds = post.blocks.map((b) => `${b.startLine + 1}:${b.kind}`);
    assert.deepEqual(kinds, ['6:html', '12:paragraph', '14:html', '20:html', '22:html', '24:paragraph', '26:html', '28:html', '30:html', '32:html', '34:marker']);
    // The repeated import is code, not a repeated passage; the paragraph inside <Tab> is prose and is a repeat.
    assert.deepEqual(findings.map((f) => `${f.range.start.line + 1}:${f.rule}`), ['24:duplicate-passage', '34:end-marker']);
  });

  it('never touches them when fixing', () => {
    const fixed = fixAll(POST, { mdx: true }).text;
    for (const line of POST.split('\n').filter((l) => /^(?:import|export|<|\{|\s+data|\s+caption|\/>|\}|  draft)/.test(l))) assert.ok(fixed.includes(line), line);
    assert.ok(!fixed.includes('---END---'));
    assert.equal(fixed.split('これは本文の最初の段落').length, 2, 'the repeat inside <Tab> is removed');
  });

  it('in Markdown, the same lines are prose (the option is what changes it)', () => {
    const { post } = lint(POST);
    assert.equal(post.blocks[0].kind, 'paragraph');
  });

  it('takes a JSX line right after prose as part of the paragraph (inline JSX)', () => {
    const { post } = lint('---\ntitle: a\n---\n\nSome text\n<Badge /> more text.\n', { mdx: true });
    assert.deepEqual(post.blocks.map((b) => b.kind), ['paragraph']);
  });
});

describe('MDX posts of Next.js blogs (Tailwind\'s)', () => {
  const excerpt = [
    'Imagine you are implementing a beautiful design that someone on your team carefully crafted in Figma.',
    'It looks totally amazing until you connect it to your actual production content and see the cards fall apart.',
    'Sound familiar? If so, the line-clamp plugin is here to save your bacon.',
  ];
  const POST = [
    "import { adamwathan } from '@/authors'",
    '',
    'export const meta = {',
    "  title: 'Multi-line truncation with @tailwindcss/line-clamp',",
    '  authors: [adamwathan],',
    '}',
    '',
    '{/*excerpt*/}',
    '',
    ...excerpt.flatMap((p) => [p, '']),
    '{/*/excerpt*/}',
    '',
    '<p className="lead">A few weeks back we released an official plugin for truncating text.</p>',
    '',
    ...excerpt.flatMap((p) => [p, '']),
    'First, install the plugin and add it to your config file.',
    '',
  ].join('\n');

  it('metadata in `export const meta` is the post\'s front matter in another form: no frontmatter-missing', () => {
    assert.deepEqual(lint(POST, { mdx: true }).findings.filter((f) => f.rule === 'frontmatter-missing'), []);
    // Without it the note stays, and in Markdown the export is text.
    assert.equal(lint(POST.replace('export const meta', 'const meta'), { mdx: true }).findings.filter((f) => f.rule === 'frontmatter-missing').length, 1);
    assert.equal(lint(POST).findings.filter((f) => f.rule === 'frontmatter-missing').length, 1);
  });

  it('the body repeats the marked excerpt on purpose: no repeat reported, and fix-all keeps every word', () => {
    assert.deepEqual(lint(POST, { mdx: true }).findings.map((f) => f.rule), []);
    assert.equal(fixAll(POST, { mdx: true }).text, POST);
    // The same text copied with no excerpt marks around the first copy is still a restart's.
    const unmarked = POST.replace('{/*excerpt*/}', '').replace('{/*/excerpt*/}', '');
    assert.ok(lint(unmarked, { mdx: true }).findings.some((f) => f.rule === 'duplicate-passage'));
  });
});
