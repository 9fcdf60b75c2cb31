/** Inline disable comments (`<!-- frontlint-disable … -->`, `{/* … *\/}` in MDX) and the quick fix that writes them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, disableCommentFix, fixAll, lint } from '../../src/core';

const FM = '---\ntitle: "T"\n---\n\n';
const PASSAGE = 'この文章は繰り返される長い段落で、削除の対象になるはずのものです。';
/** Lines (1-based) of the findings of a rule. */
const linesOf = (text: string, rule: string, mdx = false) =>
  lint(text, { mdx }).findings.filter((f) => f.rule === rule).map((f) => f.range.start.line + 1);

describe('inline disables', () => {
  const markers = (comment: string) => `${FM}One.\n\n---END---\n\n${comment}\n---END---\n\nTwo.\n\n---END---\n`;

  it('disable-next-line silences the next line only', () => {
    assert.deepEqual(linesOf(markers('<!-- frontlint-disable-next-line end-marker -->'), 'end-marker'), [7, 14]);
  });

  it('disable-line silences its own line', () => {
    const repeated = `${FM}${PASSAGE}\n\n---END---\n\n${PASSAGE}`;
    assert.deepEqual(linesOf(`${repeated}\n`, 'duplicate-passage'), [9]);
    assert.deepEqual(linesOf(`${repeated} <!-- frontlint-disable-line duplicate-passage -->\n`, 'duplicate-passage'), []);
  });

  it('disable … enable silences the lines between, per rule or for all rules', () => {
    const text = `${FM}<!-- frontlint-disable end-marker -->\n---END---\n\nText.\n<!-- frontlint-enable end-marker -->\n\n---END---\n`;
    assert.deepEqual(linesOf(text, 'end-marker'), [11]);
    const all = `${FM}<!-- frontlint-disable -->\n---END---\n\n<!-- frontlint-enable -->\n\n---END---\n`;
    assert.deepEqual(linesOf(all, 'end-marker'), [10]);
    const except = `${FM}<!-- frontlint-disable -->\n<!-- frontlint-enable end-marker -->\n---END---\n\n---END---\n`;
    assert.deepEqual(linesOf(except, 'end-marker'), [7, 9]);
    assert.deepEqual(linesOf(except, 'empty-section'), [], 'other rules stay disabled');
  });

  it('disable-file silences a rule everywhere, front matter included', () => {
    const text = `---\ndate: 2024-01-01\n---\n\n<!-- frontlint-disable-file required-field end-marker -->\n\n---END---\n`;
    assert.deepEqual(lint(text).findings.map((f) => f.rule), []);
    assert.deepEqual(lint(`---\ndate: 2024-01-01\n---\n\n<!-- frontlint-disable-file -->\n`).findings, [], 'no ids: every rule');
  });

  it('accepts ids separated by commas and a `-- reason` after them', () => {
    const text = markers('<!-- frontlint-disable-next-line end-marker, empty-section -- kept on purpose -->');
    assert.deepEqual(linesOf(text, 'end-marker'), [7, 14]);
    assert.deepEqual(linesOf(text, 'inline-config'), []);
  });

  it('reports unknown rule ids and unknown directives (inline-config), at the id', () => {
    const text = `${FM}<!-- frontlint-disable-next-line end-markers -->\n---END---\n\n<!-- frontlint-disabel end-marker -->\n`;
    const findings = lint(text).findings.filter((f) => f.rule === 'inline-config');
    assert.deepEqual(
      findings.map((f) => [f.range.start.line + 1, f.range.start.character, f.message]),
      [
        [5, 33, 'Unknown rule "end-markers" in a frontlint-disable-next-line comment.'],
        [8, 0, 'Unknown directive "frontlint-disabel": use frontlint-disable, -enable, -disable-line, -disable-next-line or -disable-file.'],
      ],
    );
    assert.deepEqual(linesOf(text, 'end-marker'), [6], 'a misspelt id silences nothing');
  });

  it('ignores comments in code blocks and in the front matter, and words that are not in a comment', () => {
    const code = `${FM}\`\`\`html\n<!-- frontlint-disable-file -->\n\`\`\`\n\n---END---\n`;
    assert.deepEqual(linesOf(code, 'end-marker'), [9]);
    const prose = `${FM}Write frontlint-disable-next-line end-marker in a comment.\n---END---\n`;
    assert.deepEqual(linesOf(prose, 'end-marker'), [6]);
    const front = `---\ntitle: "<!-- frontlint-disable-file -->"\n---\n\n---END---\n`;
    assert.deepEqual(linesOf(front, 'end-marker'), [5]);
  });

  it('in MDX, reads the same words in {/* … */}, and in Markdown leaves that form alone', () => {
    const text = `${FM}{/* frontlint-disable-next-line end-marker */}\n---END---\n\n---END---\n`;
    assert.deepEqual(linesOf(text, 'end-marker', true), [8]);
    assert.deepEqual(linesOf(`${FM}Text.\n\n{ /*frontlint-disable-file*/ }\n\n---END---\n`, 'end-marker', true), []);
    assert.deepEqual(linesOf(`${FM}{/* frontlint-disable-file */}\n\n---END---\n`, 'end-marker', false), [7]);
  });

  it('fixes never delete a disable comment', () => {
    const passage = PASSAGE;
    const text = `${FM}${passage}\n\n---END---\n\n${passage} <!-- frontlint-disable-line end-marker -->\n`;
    const fixed = fixAll(text).text;
    assert.ok(fixed.includes('<!-- frontlint-disable-line end-marker -->'), fixed);
    const repeat = lint(text).findings.find((f) => f.rule === 'duplicate-passage');
    assert.ok(repeat && !repeat.fix, 'the repeat is reported, without a fix that would take the comment');
    assert.ok(!fixed.includes('---END---'), 'other fixes still apply');
  });

  it('costs nothing for a post without the word, and stays linear on hostile input', () => {
    const hostile = `${FM}${'<!-- frontlint-disable '.repeat(20_000)}\n${'{/* frontlint-x '.repeat(20_000)}\n`;
    const started = performance.now();
    lint(hostile, { mdx: true });
    assert.ok(performance.now() - started < 5_000, 'no quadratic scan');
  });
});

describe('the "Disable rule for this line" edit', () => {
  const apply = (text: string, line: number, rule: string, mdx = false) => {
    const fix = disableCommentFix(text, line, rule, mdx);
    assert.ok(fix, 'a fix is offered');
    return { text: applyEdits(text, fix.edits), title: fix.title };
  };

  it('puts a disable-next-line comment above a block that starts on the line, which then has no finding', () => {
    const text = `${FM}Text.\n\n---END---\n`;
    const { text: fixed, title } = apply(text, 6, 'end-marker');
    assert.equal(title, 'Disable end-marker for this line');
    assert.equal(fixed, `${FM}Text.\n\n<!-- frontlint-disable-next-line end-marker -->\n---END---\n`);
    assert.deepEqual(linesOf(fixed, 'end-marker'), []);
  });

  it('appends disable-line to a line that continues a paragraph, so the paragraph is not split', () => {
    const text = `${FM}${PASSAGE}\n\n---END---\n\nまったく新しい別の書き出しの文です。\n${PASSAGE}\n`;
    assert.deepEqual(linesOf(text, 'duplicate-passage'), [10], 'the repeat starts on the paragraph\'s second line');
    const fixed = apply(text, 9, 'duplicate-passage').text;
    assert.equal(fixed, `${FM}${PASSAGE}\n\n---END---\n\nまったく新しい別の書き出しの文です。\n${PASSAGE} <!-- frontlint-disable-line duplicate-passage -->\n`);
    assert.deepEqual(linesOf(fixed, 'duplicate-passage'), []);
  });

  it('uses disable-file below the front matter for a front matter line, keeping CRLF', () => {
    const text = '---\r\ndate: 2024-01-01\r\n---\r\n\r\nText.\r\n';
    const { text: fixed, title } = apply(text, 0, 'required-field');
    assert.equal(title, 'Disable required-field for this file');
    assert.equal(fixed, '---\r\ndate: 2024-01-01\r\n---\r\n<!-- frontlint-disable-file required-field -->\r\n\r\nText.\r\n');
    assert.deepEqual(lint(fixed).findings.map((f) => f.rule), []);
  });

  it('writes the MDX form in MDX', () => {
    const fixed = apply(`${FM}Text.\n\n---END---\n`, 6, 'end-marker', true).text;
    assert.ok(fixed.includes('{/* frontlint-disable-next-line end-marker */}\n---END---'));
    assert.deepEqual(linesOf(fixed, 'end-marker', true), []);
  });

  it('offers nothing inside code or in unclosed front matter', () => {
    assert.equal(disableCommentFix(`${FM}\`\`\`\na\nb\n\`\`\`\n`, 6, 'end-marker'), undefined);
    assert.equal(disableCommentFix('---\ntitle: a\n', 1, 'frontmatter-syntax'), undefined);
  });
});
