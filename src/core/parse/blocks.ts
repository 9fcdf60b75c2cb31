import type { Generator, Span } from '../types';
import type { LineIndex } from '../text/lineIndex';

export type BlockKind = 'paragraph' | 'heading' | 'list' | 'blockquote' | 'code' | 'table' | 'html' | 'hr' | 'marker';

/** A run of body lines with one Markdown role. Lines are inclusive; the span excludes the final line break. */
export interface Block {
  kind: BlockKind;
  startLine: number;
  endLine: number;
  span: Span;
}

/** The line an AI model leaves where generation stopped. */
export const END_MARKER = /^[ \t]{0,3}-{3,}[ \t]*END[ \t]*-{3,}[ \t]*$/;

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const ITEM_FENCE_CLOSE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
export const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
export const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** A list item that may interrupt a paragraph: a bullet, or a number that is 1, with text after it. */
const LIST_ITEM_INTERRUPTING = /^ {0,3}(?:[-*+]|0{0,8}1[.)])[ \t]+\S/;
const BLOCKQUOTE = /^ {0,3}>/;
const HTML_START = /^ {0,3}<(?:!--|[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|\/[A-Za-z])/;
/**
 * HTML that starts a block even right after a paragraph line, as in CommonMark and markdown-it:
 * comments, raw-text tags and block-level tags. Other tags, like `<span>`, continue the paragraph.
 */
const HTML_INTERRUPTS_PARAGRAPH = new RegExp(
  '^ {0,3}(?:<!--|<(?:script|pre|style|textarea)(?:[\\s>]|$)|</?(?:' +
    'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|' +
    'h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul' +
    ')(?:[\\s/>]|$))',
  'i',
);
/**
 * An open or closing tag alone on its line, of any name: CommonMark's seventh kind of HTML block
 * start, which cannot interrupt a paragraph. A tag with more after it on the line (`<a name="x"></a>`,
 * `<img src="a"> text`) opens a paragraph, and the inline HTML is its text.
 */
export const TAG_ALONE = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;
const INDENTED = /^(?: {4}|\t)/;
/** MDX: an ESM statement at the top level (`import x from 'y'`, `export const meta = {}`). */
const MDX_ESM = /^(?:import|export)(?:[\s{*]|$)/;
/** MDX: a JSX element or fragment, or an expression (`{/* comment *\/}`), starting a line. */
const MDX_JSX = /^ {0,3}(?:<(?:>|\/?[A-Za-z])|\{)/;

/**
 * A template tag alone on its line that opens code the generator renders before Markdown sees it:
 * Jekyll's and Eleventy's `{% highlight ruby %}`, Hexo's `{% codeblock %}` and `{% code %}`, Hugo's
 * `{{< highlight go >}}`. Group 1 or 2 names the tag whose end closes it.
 */
const TEMPLATE_CODE_OPEN = /^ {0,3}(?:\{%-?[ \t]*(highlight|codeblock|code)\b[^%]*%\}|\{\{[<%][ \t]*(highlight)\b.*[>%]\}\})[ \t]*$/;
const TEMPLATE_CODE_CLOSE: Record<string, RegExp> = {
  highlight: /\{%-?[ \t]*endhighlight[ \t]*-?%\}|\{\{[<%][ \t]*\/[ \t]*highlight[ \t]*[>%]\}\}/g,
  codeblock: /\{%-?[ \t]*endcodeblock[ \t]*-?%\}/g,
  code: /\{%-?[ \t]*endcode[ \t]*-?%\}/g,
};

export interface ScanOptions {
  /** The post is MDX: ESM lines, JSX blocks and expressions are 'html' blocks (not prose, never touched). */
  mdx?: boolean;
  /** The generator that builds the post, when known: Jekyll's kramdown reads a span tag alone on its line as text (see `SPAN_TAG`). */
  generator?: Generator;
}

/**
 * kramdown's span-level elements (its `HTML_SPAN_ELEMENTS`): alone on a line, `<br>` or `<img …>`
 * opens no HTML block in Jekyll, as it does in CommonMark, but a paragraph, and the Markdown after
 * it stays Markdown (a Korean Jekyll blog puts a `<br>` over each section).
 */
const SPAN_TAG = /^ {0,3}<\/?(?:a|abbr|acronym|b|big|bdo|br|button|cite|code|del|dfn|em|i|img|input|ins|kbd|label|mark|q|rb|rbc|rp|rt|rtc|ruby|s|samp|select|small|span|strike|strong|sub|sup|tt|u|var)[\s/>]/i;
const BLANK = /^[ \t]*$/;

/**
 * A light, linear line scanner for Markdown block structure. It agrees with markdown-it on the
 * distinctions the rules need (prose vs code, tables, headings, lists; see its unit tests), and
 * additionally knows the `---END---` marker, which markdown-it sees as paragraph text.
 */
export function scanBlocks(lines: LineIndex, firstLine: number, options: ScanOptions = {}): Block[] {
  const blocks: Block[] = [];
  const mdx = options.mdx === true;
  let open: Block | null = null;
  /** MDX: what is still open in the ESM/JSX block; it ends at a blank line once nothing is. */
  const jsx: JsxState = { braces: 0, inTag: false, quote: 0 };
  /** An open fence; `inItem` for a list item's, which may close at any indent. */
  let fence: { char: string; length: number; inItem: boolean } | null = null;
  let htmlComment = false;
  const kramdown = options.generator === 'jekyll';
  /** Per template tag, the offset from which no end tag follows (searched once: linear however many open). */
  const noTemplateEndFrom = new Map<string, number>();
  /** The line that closes template code opened on `line`, or -1 when it opens none (or is never closed, as a generator would fail to build it). */
  const templateCodeEnd = (line: number, text: string): number => {
    const open = TEMPLATE_CODE_OPEN.exec(text);
    if (!open) return -1;
    const name = open[1] ?? open[2];
    const from = lines.lineEnd(line);
    if (from >= (noTemplateEndFrom.get(name) ?? Infinity)) return -1;
    const close = TEMPLATE_CODE_CLOSE[name];
    close.lastIndex = from;
    const end = close.exec(lines.text);
    if (!end) {
      noTemplateEndFrom.set(name, from);
      return -1;
    }
    return lines.lineAt(end.index);
  };

  /**
   * The last block that is neither a `---END---` line (the break where a model stopped, as a
   * blank line would be) nor a list item's fenced code: what an indented line after a blank line
   * may go on with, when it is a list item.
   */
  let continuable: Block | null = null;
  const startBlock = (kind: BlockKind, line: number, itemCode = false): Block => {
    open = { kind, startLine: line, endLine: line, span: { start: lines.lineStarts[line], end: lines.lineEnd(line) } };
    blocks.push(open);
    if (kind !== 'marker' && !itemCode) continuable = open;
    return open;
  };
  const afterList = () => continuable?.kind === 'list';
  /** Whether an indented line after a blank line still belongs to the list item above it. */
  const lastIsList = (line: number) => afterList() && /^[ \t]{2,}/.test(lines.lineText(line));
  const extend = (block: Block, line: number) => {
    block.endLine = line;
    block.span.end = lines.lineEnd(line);
  };

  for (let line = firstLine; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    const current = open as Block | null;

    if (fence && current) {
      extend(current, line);
      const close = (fence.inItem ? ITEM_FENCE_CLOSE : FENCE_CLOSE).exec(text);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) {
        fence = null;
        open = null;
      }
      continue;
    }
    if (mdx && current?.kind === 'html' && isOpen(jsx)) {
      extend(current, line);
      scanJsx(text, jsx);
      continue;
    }
    if (current?.kind === 'html') {
      if (htmlComment) {
        extend(current, line);
        if (text.includes('-->')) {
          htmlComment = false;
          open = null;
        }
        continue;
      }
      if (!BLANK.test(text)) {
        extend(current, line);
        continue;
      }
    }
    if (BLANK.test(text)) {
      open = null;
      continue;
    }
    if (mdx && !current && (MDX_ESM.test(text) || MDX_JSX.test(text))) {
      startBlock('html', line);
      jsx.braces = 0;
      jsx.inTag = false;
      jsx.quote = 0;
      scanJsx(text, jsx);
      continue;
    }
    // Most lines of prose start with a letter that can open no other block: skip the patterns.
    if (isPlainTextStart(text.charCodeAt(0)) && !text.includes('|')) {
      if (current && (current.kind === 'paragraph' || current.kind === 'list' || current.kind === 'blockquote' || current.kind === 'table')) extend(current, line);
      else startBlock('paragraph', line);
      continue;
    }
    if (END_MARKER.test(text)) {
      startBlock('marker', line);
      open = null;
      continue;
    }
    const inParagraph = current?.kind === 'paragraph';
    if (inParagraph && SETEXT_UNDERLINE.test(text)) {
      current.kind = 'heading';
      extend(current, line);
      open = null;
      continue;
    }
    // An indented fence right under a list item, or after a blank line under one, is the item's
    // code: the item goes on after it. Indented four spaces or more (`*   item`, then
    // `    \`\`\`sh`), it is still the item's code, not an indented code block.
    const underItem = /^[ \t]/.test(text) && (current?.kind === 'list' || (!current && afterList()));
    // Template code is code whatever Markdown would make of its lines (`# comment` in a shell
    // script is no heading): it is rendered before Markdown runs. MDX has no template tags.
    const templateEnd = mdx || text.charCodeAt(text.search(/\S/)) !== 0x7b ? -1 : templateCodeEnd(line, underItem ? text.trimStart() : text);
    if (templateEnd >= 0) {
      extend(startBlock('code', line, underItem), templateEnd);
      open = null;
      line = templateEnd;
      continue;
    }
    const fenceMatch = fenceOpening(text) ?? (underItem && INDENTED.test(text) ? fenceOpening(text.replace(/^[ \t]+/, '')) : null);
    if (fenceMatch) {
      fence = { char: fenceMatch[1][0], length: fenceMatch[1].length, inItem: underItem };
      startBlock('code', line, underItem);
      continue;
    }
    if (INDENTED.test(text) && !current && !lastIsList(line)) {
      startBlock('code', line);
      continue;
    }
    if (current?.kind === 'code' && INDENTED.test(text)) {
      extend(current, line);
      continue;
    }
    // A table may interrupt a paragraph (markdown-it): its header row ends the paragraph. Not a list
    // item's or a quote's, though: there the rows are lazy lines of the item's paragraph. Tried
    // before headings, rules and HTML, as markdown-it does (`# a |` over `| --- |` is a table).
    if (text.includes('|') && current?.kind !== 'list' && current?.kind !== 'blockquote' && line + 1 < lines.lineCount && isTableStart(text, lines.lineText(line + 1))) {
      startBlock('table', line);
      continue;
    }
    if (ATX_HEADING.test(text)) {
      startBlock('heading', line);
      open = null;
      continue;
    }
    if (THEMATIC_BREAK.test(text)) {
      startBlock('hr', line);
      open = null;
      continue;
    }
    // After a paragraph line (a list item's or a quote's too), only some HTML starts a block; the
    // rest, like `<img>`, is more of the paragraph. Elsewhere, any other tag starts one only when it
    // is alone on its line (CommonMark): `<a name="x"></a>` over a heading is a paragraph.
    const inText = inParagraph || current?.kind === 'list' || current?.kind === 'blockquote';
    if (HTML_START.test(text) && (HTML_INTERRUPTS_PARAGRAPH.test(text) || (!inText && TAG_ALONE.test(text) && !(kramdown && SPAN_TAG.test(text))))) {
      startBlock('html', line);
      htmlComment = /^ {0,3}<!--/.test(text) && !text.includes('-->');
      if (/^ {0,3}<!--/.test(text) && !htmlComment) open = null;
      continue;
    }
    // Right after a paragraph line, only a bullet or `1.`/`1)` item with text starts a list
    // (CommonMark); `2) a` or an empty `*` there is more of the paragraph.
    if (LIST_ITEM.test(text) && !(inParagraph && !LIST_ITEM_INTERRUPTING.test(text))) {
      startBlock('list', line);
      continue;
    }
    if (BLOCKQUOTE.test(text)) {
      if (current?.kind === 'blockquote') extend(current, line);
      else startBlock('blockquote', line);
      continue;
    }
    // Any other line continues a table, as a row (a list, quote, heading or fence ends it first).
    if (current?.kind === 'table') {
      extend(current, line);
      continue;
    }
    if (current && (current.kind === 'paragraph' || current.kind === 'list' || current.kind === 'blockquote')) {
      // Lazy continuation: a plain line continues the open paragraph, list item or quote.
      extend(current, line);
      continue;
    }
    if (current?.kind === 'code') open = null;
    if (lastIsList(line) && /^[ \t]+/.test(text)) {
      startBlock('list', line);
      continue;
    }
    startBlock('paragraph', line);
  }
  return blocks;
}

/** What an MDX block leaves open at the end of a line: `{` expressions, a tag's `<…>`, a quoted attribute. */
interface JsxState {
  braces: number;
  inTag: boolean;
  /** The quote character of an open attribute string, or 0. */
  quote: number;
}

const isOpen = (state: JsxState) => state.braces > 0 || state.inTag || state.quote !== 0;

/**
 * Follows an MDX line's braces, tags and attribute strings, so that a JSX element or expression
 * spanning blank lines (`<Chart⏎  data={…}⏎⏎  caption="…"⏎/>`) stays one block. Linear, no backtracking.
 */
function scanJsx(text: string, state: JsxState): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (state.quote !== 0) {
      if (c === state.quote) state.quote = 0;
    } else if (c === 0x7b) {
      state.braces++;
    } else if (c === 0x7d) {
      state.braces = Math.max(0, state.braces - 1);
    } else if (state.braces > 0) {
      continue;
    } else if (state.inTag && (c === 0x22 || c === 0x27)) {
      state.quote = c;
    } else if (c === 0x3c && /[A-Za-z/>]/.test(text[i + 1] ?? '')) {
      state.inTag = true;
    } else if (c === 0x3e) {
      state.inTag = false;
    }
  }
}

/**
 * Whether a line, as the first line of a block, would open something other than a paragraph: code,
 * a heading, a list item, a quote, a fence, a rule, HTML, a marker (and, conservatively, a table
 * row, and `=` or `-` alone, which under a paragraph line underline it as a heading). Text that a
 * deletion brings to the start of a line must not, or prose would change kind.
 */
export function opensNonParagraph(line: string): boolean {
  if (INDENTED.test(line)) return true;
  const c = line.charCodeAt(line.search(/\S|$/));
  if (isPlainTextStart(c) || Number.isNaN(c)) return false;
  return (
    ATX_HEADING.test(line) || LIST_ITEM.test(line) || BLOCKQUOTE.test(line) || fenceOpening(line) !== null || THEMATIC_BREAK.test(line) ||
    HTML_START.test(line) || END_MARKER.test(line) || /^ {0,3}(?:\||=+[ \t]*$|-+[ \t]*$)/.test(line)
  );
}

/** Whether a line is blank as Markdown reads it: spaces and tabs only (a line of U+3000 is text). */
export const isBlankLine = (line: string) => BLANK.test(line);

/** Whether a line opens a list item (`- a`, `2) a`, `*` alone), as the first line of a block. */
export const opensListItem = (line: string) => LIST_ITEM.test(line);

/** A fence's opening line: three backticks or tildes, and no backtick in a backtick fence's info string. */
function fenceOpening(line: string): RegExpExecArray | null {
  const match = FENCE_OPEN.exec(line);
  return match && !(match[1][0] === '`' && match[2].includes('`')) ? match : null;
}

/**
 * Whether a line starting with this character is plain paragraph text whatever follows: not
 * whitespace (indentation), not ASCII punctuation or digits (markers of headings, lists, quotes,
 * fences, rules, HTML, tables). Letters, CJK and other non-ASCII text qualify.
 */
function isPlainTextStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c > 0x7f && c !== 0xa0 && c !== 0x3000 && c !== 0xfeff);
}

/**
 * Whether `header` and the line under it open a table, as markdown-it decides (GFM): the second
 * line is a delimiter row (cells of `-` with optional `:`), and both have the same number of cells.
 */
export function isTableStart(header: string, delimiter: string): boolean {
  const row = delimiter.replace(/^ {0,3}/, '');
  if (row.length < 2 || !'|-:'.includes(row[0])) return false;
  if (!'|-: \t'.includes(row[1]) || (row[0] === '-' && (row[1] === ' ' || row[1] === '\t'))) return false;
  if (!/^[-|: \t]*$/.test(row)) return false;
  const cells = row.split('|').map((cell) => cell.trim());
  if (cells[0] === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  if (cells.length === 0 || !cells.every((cell) => /^:?-+:?$/.test(cell))) return false;
  return headerCells(header.trim()) === cells.length;
}

/** Cells of a table's header row: split at `|` that is not escaped, without empty cells at the ends. */
function headerCells(row: string): number {
  const cells: string[] = [];
  let start = 0;
  for (let i = 0; i < row.length; i++) {
    if (row.charCodeAt(i) === 0x7c && row.charCodeAt(i - 1) !== 0x5c) {
      cells.push(row.slice(start, i));
      start = i + 1;
    }
  }
  cells.push(row.slice(start));
  if (cells[0] === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.length;
}
