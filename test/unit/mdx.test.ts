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
