import { isScalar, type Node, type Pair } from 'yaml';
import type { Span } from '../types';
import { escapedAt } from '../text/escapes';
import { trimEndWhile } from '../text/trim';

/**
 * The YAML mistakes writers make, told in their words, each with a fix. They are recognised only
 * from a parse error and the text of its line (or, for the two that are valid YAML, only when the
 * front matter contains ` #` or a curly quote), so a correct post never pays for them.
 */

/** A fix in document offsets, with an English title template. */
export interface FixSpec {
  title: string;
  args?: Array<string | number>;
  edits: Array<{ span: Span; newText: string }>;
}

/** What a recognised mistake says (an English template) and how to fix it. */
export interface Mistake {
  message: string;
  args?: Array<string | number>;
  span: Span;
  fix?: FixSpec;
}

/** A raw parse error of the yaml library, in source offsets. */
export interface RawYamlError {
  code: string;
  pos: [number, number];
}

/** One line of the YAML source: `[indent][- ][key: ]value`, in source offsets. */
interface ValueLine {
  lineStart: number;
  lineEnd: number;
  /** Offset where the value starts, and the value without trailing spaces. */
  valueStart: number;
  value: string;
}

/** Indentation, an optional `- `, an optional `key:` and spaces, then the value (on a line without trailing spaces). */
const VALUE_LINE = /^([ \t]*(?:-[ \t]+)?(?:[^\s#'"\-?:,[\]{}&*!|>%@`][^:\n]*?:[ \t]+)?)(.*)$/;
const CURLY_WRAPPED = /^(?:“([^“”]*)”|”([^“”]*)”|„([^„“”]*)“|‘([^‘’]*)’|’([^‘’]*)’)$/;

function lineAround(source: string, offset: number): { start: number; end: number } {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const newline = source.indexOf('\n', offset);
  return { start, end: newline < 0 ? source.length : newline };
}

/** Without trailing spaces, tabs and CR (a loop: `/[ \t]+$/` is quadratic on a long run of spaces). */
const trimEndSpaces = (text: string) => trimEndWhile(text, (c) => c === 32 || c === 9 || c === 13);

function valueLine(source: string, offset: number): ValueLine | null {
  const { start, end } = lineAround(source, offset);
  // Trailing spaces are trimmed first: a lazy value before `[ \t]*$` would backtrack on each space.
  const m = VALUE_LINE.exec(trimEndSpaces(source.slice(start, end)));
  if (!m || m[2] === '') return null;
  return { lineStart: start, lineEnd: end, valueStart: start + m[1].length, value: m[2] };
}

/** A YAML double-quoted scalar with this value (JSON strings are YAML double-quoted scalars). */
export function doubleQuoted(value: string): string {
  return JSON.stringify(value);
}

function replaceValue(line: ValueLine, newText: string, base: number): FixSpec['edits'] {
  return [{ span: { start: base + line.valueStart, end: base + line.valueStart + line.value.length }, newText }];
}

function valueSpan(line: ValueLine, base: number): Span {
  return { start: base + line.valueStart, end: base + line.valueStart + line.value.length };
}

/**
 * What a parse error at this spot most likely is, in a writer's words, with its fix; null when it
 * is none of the known mistakes (the parser's own message is shown then).
 */
export function recogniseError(source: string, base: number, error: RawYamlError, tabWidth: number): Mistake | null {
  const at = Math.min(error.pos[0], source.length);
  const { start, end } = lineAround(source, at);
  const text = source.slice(start, end);
  const indent = /^[ \t]*/.exec(text)![0];
  if (error.code === 'TAB_AS_INDENT' && !indent.includes('\t')) {
    // A tab further on that the parser took for indentation (`key:⇥ value: x`): said, but replacing
    // the line's own indentation, which has none, would change nothing.
    const tab = text.indexOf('\t');
    if (tab >= 0) return { message: 'Tabs are used for indentation; YAML indents with spaces only.', span: { start: base + start + tab, end: base + start + tab + 1 } };
  } else if (error.code === 'TAB_AS_INDENT' || /^ *\t/.test(text)) {
    const spaces = indent.replace(/\t/g, ' '.repeat(tabWidth));
    return {
      message: 'Tabs are used for indentation; YAML indents with spaces only.',
      span: { start: base + start, end: base + start + indent.length },
      fix: { title: 'Replace the tabs with spaces', edits: [{ span: { start: base + start, end: base + start + indent.length }, newText: spaces }] },
    };
  }
  const item = unspacedItem(source, base, start, text);
  if (item) return item;
  if (error.code === 'MISSING_CHAR') {
    const quote = quoteLine(source, at);
    const quoted = quotedUnderIndented(source, base, quote.start, source.slice(quote.start, quote.end));
    if (quoted) return quoted;
  }
  const line = valueLine(source, at);
  if (!line) return null;
  const { value } = line;
  const curly = CURLY_WRAPPED.exec(value);
  if (curly) return curlyQuotes(line, curly, base);
  // What is between the quotes of a single-quoted value, where a quote must be written `''`.
  const singleQuoted = value.length > 1 && value.startsWith("'") && value.endsWith("'") ? value.slice(1, -1) : undefined;
  if (singleQuoted !== undefined && value.includes("\\'")) {
    return {
      message: "YAML has no `\\'` inside single quotes; a quote is written `''` there.",
      span: valueSpan(line, base),
      fix: { title: "Replace \\' with ''", edits: replaceValue(line, "'" + singleQuoted.replace(/\\'/g, "''") + "'", base) },
    };
  }
  // An apostrophe in it (`'… here's my story.'`, from a real blog) ends the value there.
  if (singleQuoted !== undefined && /(?:^|[^'])'(?!')/.test(singleQuoted)) {
    return {
      message: "A `'` inside a single-quoted value ends it; inside single quotes it is written `''`.",
      span: valueSpan(line, base),
      fix: { title: "Write each ' inside the quotes as ''", edits: replaceValue(line, "'" + singleQuoted.replace(/''|'/g, "''") + "'", base) },
    };
  }
  // A name quoted in a double-quoted title (`"Claude Sonnet 5 "Fennec"が…"`, from a real AI blog) ends the value there.
  const doubleQuotedText = value.length > 1 && value.startsWith('"') && value.endsWith('"') && !escapedAt(value, value.length - 1) ? value.slice(1, -1) : undefined;
  if (doubleQuotedText !== undefined && unescapedQuotes(doubleQuotedText).length > 0) {
    return {
      message: 'A `"` inside a double-quoted value ends it; inside double quotes it is written `\\"`.',
      span: valueSpan(line, base),
      fix: { title: 'Write each " inside the quotes as \\"', edits: replaceValue(line, '"' + escapeQuotes(doubleQuotedText) + '"', base) },
    };
  }
  if (!/^["'[{|>&*!%@`]/.test(value) && /:[ \t]/.test(value)) {
    return {
      message: 'A colon followed by a space starts a mapping, so this value cannot stay unquoted; quote it.',
      span: valueSpan(line, base),
      fix: { title: 'Quote the value', edits: replaceValue(line, doubleQuoted(value), base) },
    };
  }
  return null;
}

/** Offsets of the `"`s that no backslash escapes. */
function unescapedQuotes(text: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) if (!escapedAt(text, i)) found.push(i);
  return found;
}

/** The text with each unescaped `"` escaped; escapes already there stay as they are. */
function escapeQuotes(text: string): string {
  let out = '';
  let from = 0;
  for (const at of unescapedQuotes(text)) {
    out += text.slice(from, at) + '\\"';
    from = at + 1;
  }
  return out + text.slice(from);
}

/** `-jekyll` among list items (`- hugo`): no item to YAML, but text that runs on into the next line's key. */
const UNSPACED_ITEM = /^([ \t]*)-(?=[^\s-])/;
const ITEM_INDENT = /^([ \t]*)-[ \t]/;

function unspacedItem(source: string, base: number, lineStart: number, text: string): Mistake | null {
  const dash = UNSPACED_ITEM.exec(text);
  if (!dash) return null;
  const above = lineStart > 0 ? lineAround(source, lineStart - 1) : { start: 0, end: 0 };
  const previous = trimEndSpaces(source.slice(above.start, above.end));
  // Under an item of the same indentation, or under a key that opens the list.
  if (ITEM_INDENT.exec(previous)?.[1] !== dash[1] && !previous.endsWith(':')) return null;
  const at = lineStart + dash[1].length + 1;
  return {
    message: 'A list item needs a space after its `-`: without one, YAML reads this line as text, not as an item.',
    span: { start: base + at - 1, end: base + lineStart + text.length },
    fix: { title: 'Add a space after the -', edits: [{ span: { start: base + at, end: base + at }, newText: ' ' }] },
  };
}

/** A line that opens a field (`date: …`, a key without spaces) or a list item. */
const FIELD_OR_ITEM = /^[ \t]*(?:["']?[\w$.\-/]+["']?[ \t]*:(?:[ \t]|\r?$)|-(?:[ \t]|\r?$))/;

/** `key: "text` (or `- "text`, or `'text`) whose quote does not close on its line. */
const OPENS_QUOTE = /^([ \t]*(?:-[ \t]+)?)((?:[^\s#'"\-?:,[\]{}&*!|>%@`][^:\n]*?:[ \t]+)?)(["'])/;

/**
 * A quoted value that goes on to lines indented no more than its key (`text: "Cutoff disks…`,
 * then `Sandpaper used: …"` at the margin, in a Jekyll theme's demo post). YAML says the quote is
 * never closed; Ruby's reader, which Jekyll uses, takes the lines as more of the value. Indenting
 * them past the key gives the value those readers see, to every reader.
 */
function quotedUnderIndented(source: string, base: number, lineStart: number, text: string): Mistake | null {
  const open = OPENS_QUOTE.exec(text);
  if (!open) return null;
  const quote = open[3];
  const keyColumn = open[1].length;
  if (closingQuote(text, open[0].length, quote) >= 0) return null;
  const edits: Array<{ span: Span; newText: string }> = [];
  const indent = ' '.repeat(keyColumn + 2);
  let at = source.indexOf('\n', lineStart);
  // (A few lines at most: a value that runs on further is more likely a quote never closed.)
  for (let lines = 0; at >= 0 && lines < 20; lines++) {
    const start = at + 1;
    const newline = source.indexOf('\n', start);
    const line = source.slice(start, newline < 0 ? source.length : newline);
    const own = /^[ \t]*/.exec(line)![0];
    // A field or an item at the margin is the front matter going on: the quote was never closed.
    if (own.length <= keyColumn && (FIELD_OR_ITEM.test(line) || line.startsWith('---'))) return null;
    if (trimEndSpaces(line) !== '' && own.length <= keyColumn) edits.push({ span: { start: base + start, end: base + start + own.length }, newText: indent });
    const close = closingQuote(line, 0, quote);
    if (close >= 0) {
      // The value must end at its quote (a comment may follow), as a closed one does.
      if (edits.length === 0 || !/^[ \t]*(?:#.*)?$/.test(line.slice(close + 1).replace(/\r$/, ''))) return null;
      return {
        message: 'This quoted value goes on to lines indented no further than its key: YAML reads its quote as never closed (lenient readers, such as Jekyll\'s and js-yaml, take the lines as more of the value; Hugo\'s and YAML\'s own do not). Indent those lines past the key.',
        span: { start: base + lineStart + open[0].length - 1, end: base + lineStart + text.length },
        fix: { title: "Indent the quoted value's other lines", edits },
      };
    }
    at = newline;
  }
  return null;
}

/** Whether a missing quote at `offset` is one that goes on at the margin: the front matter is closed after all. */
export function quoteGoesOnAtMargin(source: string, offset: number): boolean {
  const { start, end } = quoteLine(source, offset);
  return quotedUnderIndented(source, 0, start, source.slice(start, end)) !== null;
}

/**
 * Where the quoted value of a missing quote's error opens, when it never closes before the end of
 * the front matter: the `---` that a model wrote into a value (`ja: "…` then `---` then an offered
 * alternative, in a real AI blog's titles) closed the front matter inside it. -1 otherwise.
 */
export function quoteCutByFence(source: string, offset: number): number {
  const { start, end } = quoteLine(source, offset);
  const line = source.slice(start, end);
  const open = OPENS_QUOTE.exec(line);
  if (!open || closingQuote(line, open[0].length, open[3]) >= 0) return -1;
  return closingQuote(source.slice(end), 0, open[3]) < 0 ? start + open[0].length - 1 : -1;
}

/**
 * The line of a missing quote's error, or the nearest line above it with text: the parser may
 * place the error on a blank line after the quote's (a value that goes on after an empty line, as a
 * model's offered alternatives do in a real AI blog's titles).
 */
function quoteLine(source: string, offset: number): { start: number; end: number } {
  let { start, end } = lineAround(source, Math.min(offset, source.length));
  while (start > 0 && trimEndSpaces(source.slice(start, end)) === '') ({ start, end } = lineAround(source, start - 1));
  return { start, end };
}

/**
 * Brackets (`[`, `{`) left open at the end of `text`, outside quotes and comments, and closing ones
 * beyond those it opens: a fence after open ones would cut a flow list or mapping in two
 * (`categories: [` then `"Go"` then `]`, in a real Hugo blog).
 */
function brackets(text: string): { open: number; closed: number } {
  let open = 0;
  let closed = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote || c === '\n') quote = '';
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const newline = text.indexOf('\n', i);
      if (newline < 0) break;
      i = newline;
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]))) quote = c;
    else if (c === '[' || c === '{') open++;
    else if (c === ']' || c === '}') {
      if (open > 0) open--;
      else closed++;
    }
  }
  return { open, closed };
}

export const openBrackets = (text: string) => brackets(text).open;

/** `key: [` (or `{`) whose bracket does not close on its line. */
const OPENS_FLOW = /^([ \t]*)(?:-[ \t]+)?[^\s#'"\-?:,[\]{}][^:\n]*:[ \t]*[[{]/;

/**
 * Lists and mappings in brackets whose lines go on at the margin or after a tab (`categories: [`,
 * then `⇥"Go"`, then `]`: a real Hugo blog's front matter). js-yaml and Hugo's reader take them; YAML
 * itself wants every line of the brackets indented past the key. Indenting them (with spaces)
 * gives every reader the same value. One mistake for all such brackets of the front matter.
 */
export function flowAtMargin(source: string, base: number): Mistake | null {
  const edits: Array<{ span: Span; newText: string }> = [];
  let first = -1;
  let at = 0;
  while (at < source.length) {
    const newline = source.indexOf('\n', at);
    const end = newline < 0 ? source.length : newline;
    const open = OPENS_FLOW.exec(source.slice(at, end));
    let next = newline < 0 ? source.length : newline + 1;
    let depth = open ? openBrackets(source.slice(at, end)) : 0;
    if (open && depth > 0) {
      const keyColumn = open[1].length;
      const indent = ' '.repeat(keyColumn + 2);
      const pending: Array<{ span: Span; newText: string }> = [];
      let line = next;
      // (A few dozen lines at most: brackets that never close are another mistake.)
      for (let count = 0; depth > 0 && line < source.length && count < 50; count++) {
        const lineBreak = source.indexOf('\n', line);
        const lineEnd = lineBreak < 0 ? source.length : lineBreak;
        const text = source.slice(line, lineEnd);
        const own = /^[ \t]*/.exec(text)![0];
        if (trimEndSpaces(text) !== '' && (own.length <= keyColumn || own.includes('\t'))) pending.push({ span: { start: base + line, end: base + line + own.length }, newText: indent });
        const balance = brackets(text);
        depth += balance.open - balance.closed;
        line = lineEnd + 1;
      }
      if (depth <= 0 && pending.length > 0) {
        if (first < 0) first = at;
        edits.push(...pending);
        next = line;
      }
    }
    at = next;
  }
  if (edits.length === 0) return null;
  const firstEnd = source.indexOf('\n', first);
  return {
    message: 'This list or mapping in brackets goes on at the margin (or after a tab): YAML wants its lines indented past the key (lenient readers, such as js-yaml and Hugo\'s, take it anyway). Indent them with spaces.',
    span: { start: base + first, end: base + (firstEnd < 0 ? source.length : firstEnd) },
    fix: { title: 'Indent the lines in brackets', edits },
  };
}

/** Whether `line` opens a quoted value (`key: "text`) that does not close on it: no fence may go after it. */
export function opensUnclosedQuote(line: string): boolean {
  const open = OPENS_QUOTE.exec(line);
  return open !== null && closingQuote(line, open[0].length, open[3]) < 0;
}

/** Where a quote closes in `line` from `from`: `"` not escaped by `\\`, `'` not doubled; -1 if it does not. */
function closingQuote(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function curlyQuotes(line: ValueLine, match: RegExpExecArray, base: number): Mistake {
  const inner = match.slice(1).find((group) => group !== undefined) ?? '';
  return {
    message: 'Curly quotes are not YAML quotes: they become part of the value. Plain quotes were probably meant.',
    span: valueSpan(line, base),
    fix: { title: 'Use plain quotes', edits: replaceValue(line, doubleQuoted(inner), base) },
  };
}

/**
 * Mistakes in YAML that parses: a plain string value wrapped in curly quotes, and a plain value cut
 * short by ` #` (the rest is a comment). Only top-level fields and the items of top-level lists,
 * and only when the source holds ` #` or a curly quote at all.
 */
export function recogniseValidMistakes(source: string, base: number, pairs: readonly Pair<unknown, unknown>[]): Mistake[] {
  const hasComment = source.includes(' #') || source.includes('\t#');
  const hasCurly = /[“”„‘’]/.test(source);
  if (!hasComment && !hasCurly) return [];
  const mistakes: Mistake[] = [];
  const visit = (node: unknown) => {
    if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
    const [start, valueEnd] = node.range;
    const { end: lineEnd } = lineAround(source, valueEnd);
    if (source.slice(start, lineEnd).includes('\n') || lineAround(source, start).end !== lineEnd) return;
    const rest = trimEndSpaces(source.slice(valueEnd, lineEnd));
    // `#1`, `#fp`: a number or hashtag the writer meant as text. `# note`, with a space after the
    // `#` (or nothing), is written as a comment (`layout: about   # 使用 about 模版`).
    if (hasComment && /^[ \t]+#\S/.test(rest) && !isFlowItem(source, start, valueEnd, lineEnd)) {
      const written = source.slice(start, valueEnd) + rest;
      mistakes.push({
        message: 'Everything after ` #` is a YAML comment, so this value is "{0}"; quote it to keep "{1}".',
        args: [node.value, written],
        span: { start: base + start, end: base + valueEnd + rest.length },
        fix: { title: 'Quote the value', edits: [{ span: { start: base + start, end: base + valueEnd + rest.length }, newText: doubleQuoted(written) }] },
      });
      return;
    }
    const curly = hasCurly ? CURLY_WRAPPED.exec(node.value) : null;
    if (curly) mistakes.push(curlyQuotes({ lineStart: 0, lineEnd: 0, valueStart: start, value: node.value }, curly, base));
  };
  for (const pair of pairs) {
    const value = pair.value as Node | null;
    if (value && 'items' in value && Array.isArray((value as { items: unknown[] }).items)) {
      for (const item of (value as { items: unknown[] }).items) visit(item);
    } else {
      visit(value);
    }
  }
  return mistakes;
}

/** Items of a flow list (`[a #b`) are left to the parser's own errors. */
function isFlowItem(source: string, start: number, valueEnd: number, lineEnd: number): boolean {
  const before = source.slice(lineAround(source, start).start, start);
  return /[[{,]$/.test(trimEndSpaces(before)) || /^[^#]*[,\]}]/.test(source.slice(valueEnd, lineEnd));
}

/**
 * The width a tab most likely stood for: the smallest indentation of the space-indented lines, or 2.
 */
export function indentUnit(source: string): number {
  let unit = 0;
  for (const m of source.matchAll(/^( +)[^ \t\r\n]/gm)) if (unit === 0 || m[1].length < unit) unit = m[1].length;
  return unit > 0 && unit <= 8 ? unit : 2;
}

/** A line the front matter could hold: a field, a list item, an indented continuation, a comment or a blank. */
const YAML_LIKE = /^(?:[ \t]|-(?:[ \t]|\r?$|[^\s-])|["']?[\w$.\-/]+["']?[ \t]*:(?:[ \t]|\r?$)|#|\r?$)/;
const COMMENT_LINE = /^#/;

/**
 * Where front matter whose closing `---` is missing probably ends: after the last line before the
 * first line that cannot be YAML (prose, a heading after a blank line, a Markdown block). Returns
 * the offset at which to insert the fence, with the 0-based line it follows, or null when not even
 * the first line looks like a field.
 */
export function probableEnd(text: string, from: number, to: number): { offset: number; afterLine: number } | null {
  let lastYaml = -1;
  let lastYamlEnd = from;
  let lineNo = 0;
  let previousBlank = false;
  for (let start = from; start < to; lineNo++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline >= to ? to : newline;
    const line = text.slice(start, end);
    const blank = trimEndSpaces(line).length === 0;
    const yamlLike = YAML_LIKE.test(line) && !(previousBlank && COMMENT_LINE.test(line)) && !(previousBlank && /^[ \t]/.test(line) && !/^[ \t]+-/.test(line));
    if (!yamlLike) break;
    if (!blank) {
      lastYaml = lineNo;
      lastYamlEnd = end < to ? end + 1 : end;
    }
    previousBlank = blank;
    start = end + 1;
    if (newline < 0 || newline >= to) break;
  }
  return lastYaml < 0 ? null : { offset: lastYamlEnd, afterLine: lastYaml };
}

/** The lines of a pair's entry (key to the end of its value), or null when the pair shares a line with other text. */
export function entryLines(source: string, pair: Pair<unknown, unknown>): Span | null {
  const key = pair.key as Node;
  if (!key.range) return null;
  const { start } = lineAround(source, key.range[0]);
  if (!/^[ \t]*$/.test(source.slice(start, key.range[0]))) return null;
  const value = pair.value as Node | null;
  const last = Math.max(key.range[1], value?.range ? value.range[1] : 0);
  const { end } = lineAround(source, Math.max(start, last - 1));
  return { start, end: end < source.length ? end + 1 : end };
}
