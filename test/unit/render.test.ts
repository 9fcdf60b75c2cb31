import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../src/core';
import { renderPreview, summaryText } from '../../src/core/render';
import { formatMessage } from '../../src/core/messages';
import { readFixture, SEED_000, SEED_003 } from './helpers';

const render = (text: string, allowHtml = false) => renderPreview(lint(text), { allowHtml, locale: 'en-US' }).html;

describe('preview rendering', () => {
  it('renders the card, the artifact summary, highlights and markers for seed 000', () => {
    const { html, summary } = renderPreview(lint(readFixture(SEED_000)), { allowHtml: false, locale: 'ja' });
    assert.deepEqual(summary, { markers: 7, repeats: 7, repeatedChars: summary.repeatedChars, truncated: 3 });
    assert.ok(summary.repeatedChars > 7000);
    assert.match(html, /<header class="fl-card" data-line="0"><h1 class="fl-title">Alibabaの巨額AI投資、その真意と未来に何をもたらすのか？<\/h1>/);
    assert.match(html, /2025年11月7日/);
    assert.match(html, /<span class="fl-chip fl-tag">チップ<\/span>/);
    assert.match(html, /34 min read <span class="fl-declared">\(declared: 8 min\)<\/span>/);
    assert.match(html, /<div class="fl-summary" role="status">7 markers · 7 repeated passages \([\d,]+ chars\) · 3 truncated<\/div>/);
    assert.equal((html.match(/class="fl-marker"/g) ?? []).length, 7);
    assert.match(html, /<mark class="fl-repeat" data-line="117" data-end-line="117" title="Repeats line 12">/);
    assert.equal((html.match(/<mark class="fl-truncated"/g) ?? []).length, 3);
    assert.equal((html.match(/<mark /g) ?? []).length, (html.match(/<\/mark>/g) ?? []).length, 'marks are balanced');
  });

  it('puts 0-based source lines on block elements', () => {
    const html = render('---\ntitle: A\n---\n\n# Heading\n\nPara.\n\n- item\n\n```js\ncode\n```\n\n| a |\n|---|\n| 1 |\n');
    assert.match(html, /<h1 data-line="4" class="fl-line">Heading<\/h1>/);
    assert.match(html, /<p data-line="6" class="fl-line">Para.<\/p>/);
    assert.match(html, /<li data-line="8" class="fl-line">/);
    assert.match(html, /<pre><code data-line="10" class="fl-line language-js">/);
    assert.match(html, /<table data-line="14" class="fl-line">/);
  });

  it('shows a banner instead of the card when the front matter is broken', () => {
    const html = render('---\ntitle: A\ntitle: B\n---\n\nBody.\n');
    assert.match(html, /<div class="fl-banner fl-banner-error" role="alert" data-line="0"><strong>The front matter has errors<\/strong><ul><li>Line 3: Duplicate key/);
    assert.match(html, /<p data-line="5" class="fl-line">Body.<\/p>/);
  });

  it('renders the card of TOML front matter (Hugo) as of YAML, with its dates and tags; TOML that does not parse is the banner', () => {
    const html = render('+++\ntitle = "Hugo post"\ndate = 2024-01-02\ndraft = true\ntags = ["go", "hugo"]\n[params]\n  author = "me"\n+++\n\nBody.\n');
    assert.match(html, /<h1 class="fl-title">Hugo post<\/h1>/);
    assert.match(html, /<span class="fl-date">January 2, 2024<\/span>/);
    assert.match(html, /<span class="fl-badge">Draft<\/span>/);
    assert.match(html, /<span class="fl-chip fl-tag">go<\/span><span class="fl-chip fl-tag">hugo<\/span>/);
    assert.doesNotMatch(html, /fl-banner/);
    assert.match(render('+++\ntitle = "A\n+++\n\nBody.\n'), /fl-banner-error/);
  });

  it('shows generated/translated badges with the model, and lang', () => {
    const html = render(readFixture(SEED_003));
    assert.match(html, /<span class="fl-badge">Generated · x-ai\/grok-4-fast<\/span><span class="fl-badge">Translated · x-ai\/grok-4-fast<\/span>/);
    assert.match(html, /<span class="fl-lang" title="lang">ja<\/span>/);
    assert.doesNotMatch(html, /fl-summary/, 'a clean post has no artifact summary');
  });

  describe('escaping untrusted posts', () => {
    const hostile = [
      '---',
      'title: "</div><script>alert(1)</script>"',
      'tags: ["<img src=x onerror=alert(2)>", "\\"><svg onload=alert(3)>"]',
      'model: "x/<b>m</b>"',
      'generated: true',
      'date: "<script>alert(4)</script>"',
      '---',
      '',
      '<script>alert(5)</script>',
      '',
      '<img src=x onerror="alert(6)">',
      '',
      '[x](javascript:alert(7)) [y](vbscript:msgbox(8)) [z](JAVASCRIPT:alert(9))',
      '',
      '<iframe srcdoc="<script>alert(10)</script>"></iframe>',
      '',
    ].join('\n');

    it('escapes every front matter value', () => {
      const html = render(hostile);
      assert.match(html, /<h1 class="fl-title">&lt;\/div&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/h1>/);
      assert.match(html, /<span class="fl-chip fl-tag">&lt;img src=x onerror=alert\(2\)&gt;<\/span>/);
      assert.match(html, /&quot;&gt;&lt;svg onload=alert\(3\)&gt;/);
      assert.match(html, /Generated · x\/&lt;b&gt;m&lt;\/b&gt;/);
      assert.doesNotMatch(html, /<script|<img|<svg|<iframe|<b>/i);
      assert.doesNotMatch(html, /href=/i, 'no script URL became a link');
    });

    it('keeps raw HTML escaped by default and never makes javascript: links clickable', () => {
      const html = render(hostile);
      assert.match(html, /&lt;script&gt;alert\(5\)&lt;\/script&gt;/);
      assert.doesNotMatch(html, /href="(?:javascript|vbscript):/i);
    });

    it('passes raw HTML through only when allowed, still without script links (the CSP blocks the rest)', () => {
      const html = render(hostile, true);
      assert.match(html, /<script>alert\(5\)<\/script>/, 'allowHtml renders raw HTML; the webview CSP is what blocks it');
      assert.doesNotMatch(html, /href="(?:javascript|vbscript):/i);
      assert.match(html, /<h1 class="fl-title">&lt;\/div&gt;/, 'front matter stays escaped even then');
    });
  });

  it('formats the summary in the writer\'s locale', () => {
    assert.equal(summaryText({ markers: 7, repeats: 12, repeatedChars: 7800, truncated: 3 }, formatMessage, 'en-US'), '7 markers · 12 repeated passages (7,800 chars) · 3 truncated');
  });
});
