import { YAML_FENCE } from '../parse/frontMatter';
import type { Post } from '../post';
import { lineBreakOf } from '../text/lineIndex';
import type { Rule, RuleFinding } from '../rule';

export const accidentalHeading: Rule = {
  id: 'accidental-heading',
  description: 'A paragraph made a heading by a `---` line right under it, meant as a horizontal rule.',
  defaultSeverity: 'warning',
  tags: [],
  fixable: false,
  check({ post, t }) {
    const { lines } = post;
    const findings: RuleFinding[] = [];
    for (const block of post.blocks) {
      // (A setext heading is the only heading of more than one line.)
      if (block.kind !== 'heading' || block.endLine === block.startLine) continue;
      const underline = lines.lineText(block.endLine);
      if (!DASH_RULE.test(underline) || frontMatterShaped(post, block.startLine, block.endLine)) continue;
      const textLines = Array.from({ length: block.endLine - block.startLine }, (_, i) => lines.lineText(block.startLine + i).trim());
      const text = textLines.join(' ');
      if (textLines.some((line) => NOT_PROSE.test(line)) || !readsAsProse(text, textLines.length)) continue;
      const at = lines.lineStarts[block.endLine];
      findings.push({
        span: { start: lines.lineStarts[block.startLine], end: lines.lineEnd(block.endLine) },
        message: t('This paragraph is a heading: the "{0}" right under it, with no blank line between, makes it one. A blank line makes the "{0}" a horizontal rule.', underline.trim()),
        // (The `---` line, read alone after a blank line, is the thematic break it was meant as: no word
        // moves. Still, a heading goes, so only the writer applies it: never fix-all or --fix.)
        suggestions: [{ title: t('Insert a blank line before "{0}"', underline.trim()), edits: [{ span: { start: at, end: at }, newText: lineBreakOf(post.text) }] }],
      });
    }
    return findings;
  },
};

/**
 * Whether the `---` is a front matter fence: it opens fields (`---` then `title: …`, a post glued on,
 * which frontmatter-in-body reports) or closes them (`---`, fields, `---`: an example of front
 * matter, such as Docsy's user guide shows inside a shortcode).
 */
function frontMatterShaped(post: Post, first: number, underline: number): boolean {
  const { lines } = post;
  return (first > 0 && YAML_FENCE.test(lines.lineText(first - 1))) || (underline + 1 < lines.lineCount && FIELD_LINE.test(lines.lineText(underline + 1)));
}

const FIELD_LINE = /^[A-Za-z_][\w-]*:(?:[ \t]|$)/;

/** Three dashes or more: after a blank line, a horizontal rule (one or two would make a list item or stay text). */
const DASH_RULE = /^ {0,3}-{3,}[ \t]*$/;
/** The end of a sentence: no heading ends so, but a question may be a heading (`Why Rust?`) and a colon introduces. */
const SENTENCE_END = /[。．.！!](?:["'”’」』)）*_]*)$/;
/** A sentence's end with more text after it (a full-width one needs no space; `a != b` is no end). */
const INNER_SENTENCE_END = /[。．！]|[.!]["'”’)]*\s+\S/;
/**
 * Lines the scanner takes for a paragraph's that are none: link and footnote definitions
 * (`[^1]: See the paper.` over `---` are notes and a rule), and the openers of what a generator
 * reads before Markdown or wraps around it (`:::tip`, `{% comment %}`, `$$`, an HTML tag).
 */
const NOT_PROSE = /^(?:\[[^\]]+\]:|:{3,}|\{[%{]|\$\$|<\/?[A-Za-z!])/;
/** Longer than a heading that happens to end in a full stop (`Version 2.`, `Done.`). */
const MIN_PROSE_LENGTH = 30;

/**
 * Whether the heading's text is a paragraph's: it ends as a sentence does, and it is long, holds
 * two sentences, or runs over two lines (`AIを監視・制御・活用する側に立つ。それが…最善の一手だ。` over
 * `---`, an AI-written Zenn article's closing line before its footer).
 */
function readsAsProse(text: string, lineCount: number): boolean {
  if (!SENTENCE_END.test(text)) return false;
  const withoutEnd = text.replace(SENTENCE_END, '');
  return lineCount > 1 || text.length >= MIN_PROSE_LENGTH || INNER_SENTENCE_END.test(withoutEnd);
}
