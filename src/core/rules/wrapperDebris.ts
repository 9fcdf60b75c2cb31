import { THEMATIC_BREAK, type Block } from '../parse/blocks';
import type { Post } from '../post';
import type { Rule } from '../rule';

export const wrapperDebris: Rule = {
  id: 'wrapper-debris',
  description: 'What is left of the wrapper an AI answer came in: the `"` and `}` of a JSON string and object after the last paragraph, or a ```markdown fence around the whole post.',
  defaultSeverity: 'error',
  tags: ['artifact'],
  fixable: true,
  check({ post, t, mdx }) {
    // In MDX, a `}` line may close an expression or an export.
    if (mdx) return [];
    const { lines } = post;
    const debris = trailingDebris(post);
    if (!debris) {
      const wrapper = wholeBodyFence(post);
      if (!wrapper) return [];
      const info = lines.lineText(wrapper.open).trim();
      const span = { start: lines.lineStarts[wrapper.open], end: lines.lineEnd(wrapper.open) };
      // The answer's own front matter first (a real AI news blog's): without the fence it would be
      // read as a rule, a paragraph of YAML and a list. Which fields to keep is the writer's choice.
      if (opensWithFrontMatter(lines, wrapper)) {
        return [{ span, message: t('The post is inside a "{0}" code block that closes only at its end, as the AI model answered it, and the answer begins with front matter of its own: move its fields into the post\'s front matter, then delete the fence lines.', info) }];
      }
      return [{
        span,
        message: t('The post is inside a "{0}" code block that closes only at its end, as the AI model answered it: readers see its text as code.', info),
        fix: { title: t('Delete the "{0}" line and the fence at the end', info), edits: [wholeLine(lines, wrapper.open), wholeLine(lines, wrapper.close)] },
      }];
    }
    return [{
      span: { start: lines.lineStarts[debris.firstLine], end: lines.lineEnd(debris.lastLine) },
      message: t('What is left of the JSON the AI model answered in: {0} after the last paragraph. Readers would see it.', debris.shown),
      // From the line after the last line of prose (which keeps its line break) to the end.
      fix: { title: t('Delete the leftover {0}', debris.shown), edits: [{ span: { start: lines.nextLineStart(debris.proseLine), end: lines.text.length }, newText: '' }] },
    }];
  },
};

/** A line that only closes a JSON string, object or array (`"`, `}`, `]`, `"}`, `},`). */
const CLOSER = /^[ \t]*(?:"[ \t]*)?[}\]],?[ \t]*$/;
const QUOTE = /^[ \t]*"[ \t]*$/;
const MAX_SHOWN = 6;

/**
 * The debris at the end of the body: lines that only close JSON (at least one `}` or `]`, which no
 * prose ends with), outside code, after the last line of prose, with an empty code fence after
 * them if there is one (the fence that wrapped the JSON, reopened). Undefined when there is none.
 */
function trailingDebris(post: Post): { firstLine: number; lastLine: number; proseLine: number; shown: string } | undefined {
  const { blocks, lines } = post;
  let index = blocks.length - 1;
  const fence = blocks[index]?.kind === 'code' && isEmptyFence(blocks[index], post) ? blocks[index--] : undefined;
  let firstLine = -1;
  let lastLine = -1;
  /** The debris lines, from the last up (pushed, not unshifted: a hostile post may hold thousands). */
  const closers: string[] = [];
  for (; index >= 0; index--) {
    const block = blocks[index];
    if (block.kind !== 'paragraph') break;
    let line = block.endLine;
    while (line >= block.startLine && (CLOSER.test(lines.lineText(line)) || QUOTE.test(lines.lineText(line)))) {
      closers.push(lines.lineText(line).trim());
      if (lastLine < 0) lastLine = line;
      line--;
    }
    if (line < block.endLine) firstLine = line + 1;
    // Prose above the debris, in this paragraph (the debris its lazy last lines), or a block of prose before it.
    if (line >= block.startLine || line === block.endLine) break;
  }
  if (firstLine < 0 || !closers.some((closer) => /[}\]]/.test(closer))) return undefined;
  let proseLine = firstLine - 1;
  while (proseLine >= post.bodyLine && lines.lineText(proseLine).trim() === '') proseLine--;
  if (proseLine < post.bodyLine || THEMATIC_BREAK.test(lines.lineText(proseLine))) return undefined;
  // Closers of an object or array that the text above opens (JSON or code written without a fence)
  // are the writer's, not debris.
  if (opensAbove(post, firstLine)) return undefined;
  // As written, top down, the first few (a message names them, it does not list thousands).
  const written = closers.reverse();
  const shown = [...written.slice(0, MAX_SHOWN), ...(written.length > MAX_SHOWN ? ['…'] : []), ...(fence ? [lines.lineText(fence.startLine).trim()] : [])].join(' ');
  return { firstLine, lastLine: fence ? fence.endLine : lastLine, proseLine, shown };
}

/** A line that opens an object or array, or goes on to one (`{`, `"a": [`, `const a = {`). */
const OPENER = /[{[][ \t]*$/;

/** Whether a line of a paragraph above `line` opens an object or array. */
function opensAbove(post: Post, line: number): boolean {
  const { blocks, lines } = post;
  for (const block of blocks) {
    if (block.startLine >= line) break;
    if (block.kind !== 'paragraph') continue;
    for (let k = block.startLine; k <= block.endLine && k < line; k++) if (OPENER.test(lines.lineText(k))) return true;
  }
  return false;
}

/** A line and its line break (the last line: the line break before it). */
function wholeLine(lines: Post['lines'], line: number) {
  const last = line === lines.lineCount - 1 || lines.nextLineStart(line) >= lines.text.length;
  const start = last && line > 0 ? lines.lineEnd(line - 1) : lines.lineStarts[line];
  return { span: { start, end: last ? lines.lineEnd(line) : lines.nextLineStart(line) }, newText: '' };
}

const MARKDOWN_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*$/i;
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/;

/**
 * A post the model answered inside a ```` ```markdown ```` fence, kept whole: the body's first line is
 * that fence and its last line a bare fence of the same kind, with the post's headings between them
 * (outside the code blocks it holds). Only the first of those closes it, so readers see the text up
 * to there as code, and the rest's fences pair wrongly. (A post that shows a Markdown example has
 * text before or after it.)
 */
function wholeBodyFence(post: Post): { open: number; close: number } | undefined {
  const { lines } = post;
  let open = post.bodyLine;
  while (open < lines.lineCount && lines.lineText(open).trim() === '') open++;
  let close = lines.lineCount - 1;
  while (close > open && lines.lineText(close).trim() === '') close--;
  const opening = MARKDOWN_FENCE.exec(lines.lineText(open));
  const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines.lineText(close));
  if (!opening || !closing || close <= open + 1 || closing[1][0] !== opening[1][0]) return undefined;
  let inCode = false;
  let headings = 0;
  for (let line = open + 1; line < close; line++) {
    const text = lines.lineText(line);
    if (/^ {0,3}(?:`{3,}|~{3,})/.test(text)) inCode = !inCode || /^ {0,3}(?:`{3,}|~{3,})[ \t]*\S/.test(text);
    else if (!inCode && ATX_HEADING.test(text)) headings++;
  }
  return headings > 0 ? { open, close } : undefined;
}

/** Whether the wrapped text opens with a `---` fence that a later `---` closes: front matter of the answer's own. */
function opensWithFrontMatter(lines: Post['lines'], wrapper: { open: number; close: number }): boolean {
  if (!/^---[ \t]*$/.test(lines.lineText(wrapper.open + 1))) return false;
  for (let line = wrapper.open + 2; line < wrapper.close; line++) if (/^---[ \t]*$/.test(lines.lineText(line))) return true;
  return false;
}

/** A fenced code block with nothing in it, closed or not (a lone ```` ``` ```` at the end). */
function isEmptyFence(block: Block, post: Post): boolean {
  const { lines } = post;
  const opening = lines.lineText(block.startLine);
  if (!/^ {0,3}(?:`{3,}|~{3,})[\w-]*[ \t]*$/.test(opening)) return false;
  for (let line = block.startLine + 1; line <= block.endLine; line++) {
    const text = lines.lineText(line);
    if (text.trim() !== '' && !/^ {0,3}(?:`{3,}|~{3,})[ \t]*$/.test(text)) return false;
  }
  return true;
}
