import { parsePost } from './post';
import { lineBreakOf } from './text/lineIndex';
import type { Fix, Generator, Translate } from './types';
import { formatMessage } from './messages';

/** Blocks that interrupt a paragraph anyway: a comment line above them changes nothing else. */
const STARTS_ON_ITS_OWN = new Set(['heading', 'marker', 'hr', 'html', 'code', 'table']);

/**
 * The edit that silences one rule on one line with an inline comment (the editor's "Disable
 * rule-id for this line"), written so the Markdown around it keeps its meaning: a comment line
 * above a block that starts there, `disable-line` at the end of a line that continues a
 * paragraph, list or quote, and `disable-file` below the front matter for a front matter line.
 * Undefined where no comment can go (inside code, or unclosed front matter).
 */
export function disableCommentFix(text: string, line: number, rule: string, mdx = false, t: Translate = formatMessage, generator?: Generator): Fix | undefined {
  const post = parsePost(text, { mdx, generator });
  const { lines } = post;
  const comment = (kind: string) => (mdx ? `{/* frontlint-${kind} ${rule} */}` : `<!-- frontlint-${kind} ${rule} -->`);
  const eol = lineBreakOf(text);
  const at = (l: number, character: number) => ({ start: { line: l, character }, end: { line: l, character } });
  if (line < post.bodyLine) {
    if (!post.frontMatter || post.frontMatter.closeLine < 0) return undefined;
    const below = post.frontMatter.closeLine + 1;
    const edit = below < lines.lineCount ? { range: at(below, 0), newText: comment('disable-file') + eol } : { range: at(below - 1, lines.lineText(below - 1).length), newText: eol + comment('disable-file') };
    return { title: t('Disable {0} for this file', rule), edits: [edit] };
  }
  const block = post.blocks.find((b) => b.startLine <= line && line <= b.endLine);
  const previousBlank = line === post.bodyLine || /^[ \t]*$/.test(lines.lineText(line - 1));
  const title = t('Disable {0} for this line', rule);
  if (!block || line === block.startLine && (previousBlank || STARTS_ON_ITS_OWN.has(block.kind))) {
    const indent = /^[ \t]*/.exec(lines.lineText(line))![0];
    return { title, edits: [{ range: at(line, 0), newText: indent.length < 4 ? indent + comment('disable-next-line') + eol : comment('disable-next-line') + eol }] };
  }
  if (block.kind === 'code' || block.kind === 'marker') return undefined;
  const content = lines.lineText(line);
  return { title, edits: [{ range: at(line, content.length), newText: (/[ \t]$/.test(content) ? '' : ' ') + comment('disable-line') }] };
}
