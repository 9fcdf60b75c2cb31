import { isAlias, isMap, isNode, isScalar, isSeq, parseDocument, type Alias, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';
import { parseSimpleYaml, YAML_OPTIONS } from './simpleYaml';
import { tomlFields } from './tomlFields';
import type { Span } from '../types';
import { LineIndex, lineBreakOf } from '../text/lineIndex';
import { ContentCache } from '../cache';
import { isLowSurrogate } from '../text/surrogates';
import { entryLines, flowAtMargin, indentUnit, openBrackets, opensUnclosedQuote, probableEnd, quoteCutByFence, quoteGoesOnAtMargin, recogniseError, recogniseValidMistakes, type FixSpec } from './yamlMistakes';

export interface FrontMatterError {
  /** An English template, translated by the rule; `{0}` stands for `args[0]`. */
  message: string;
  args?: Array<string | number>;
  span: Span;
  /** The fix for a recognised mistake (applied by fix-all and `--fix`). */
  fix?: FixSpec;
  /** Fixes offered one by one when none is safe to apply unasked (which of two duplicate keys to keep). */
  suggestions?: FixSpec[];
}

/** One top-level `key: value` pair, with document offsets. */
export interface FrontMatterField {
  key: string;
  keySpan: Span;
  /** The value node (absent for `key:` with nothing after it). */
  value: Node | null;
  /** Value span in document offsets; an empty span after the colon when there is no value. */
  valueSpan: Span;
  /** The whole `key: value` entry, up to the next line. */
  entrySpan: Span;
}

export interface FrontMatter {
  kind: 'yaml' | 'toml';
  /** Lines of the opening and closing fences (closing is -1 when unterminated; opening is -1 for Hexo's front matter without one). */
  openLine: number;
  closeLine: number;
  /** Span of the YAML source between the fences. */
  contentSpan: Span;
  /** Whole block including both fences and the line break after the closing one. */
  span: Span;
  /** Whether the YAML or TOML was parsed (false for unterminated front matter and TOML that does not parse). */
  parsed: boolean;
  errors: FrontMatterError[];
  /** YAML that parses, but probably not as the writer meant (a value cut at ` #`, curly quotes). */
  warnings: FrontMatterError[];
  fields: Map<string, FrontMatterField>;
  /**
   * TOML front matter's top-level values as parsed (dates as dates), and where each is written: the
   * blog index reads them (titles, dates, slugs, tags). Rules read `fields`, as for YAML.
   */
  toml?: Map<string, { value: unknown; valueSpan: Span }>;
}

export const YAML_FENCE = /^---[ \t]*$/;
const YAML_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const TOML_FENCE = /^\+\+\+[ \t]*$/;

/**
 * A line that opens with a YAML `key:` (a space or the line's end after the colon, so no URL):
 * how front matter's first line looks, fenced or not (Hexo reads it without its opening fence).
 */
export const YAML_KEY_LINE = /^[A-Za-z_][\w.-]*:(?:[ \t]|$)/;

/**
 * Finds and parses front matter at the top of a post. Never throws on bad YAML: errors are data.
 * `bare`: the blog is Hexo's, which also reads front matter with no opening `---`, from the first
 * line (a `key:`) to the first `---` line.
 */
export function parseFrontMatter(lines: LineIndex, bare = false): FrontMatter | null {
  if (lines.text.length === 0) return null;
  const first = lines.lineText(0);
  const kind = YAML_FENCE.test(first) ? 'yaml' : TOML_FENCE.test(first) ? 'toml' : null;
  if (!kind) return bare && YAML_KEY_LINE.test(first) ? parseBare(lines) : null;
  const close = kind === 'yaml' ? YAML_CLOSE : TOML_FENCE;
  let closeLine = -1;
  for (let line = 1; line < lines.lineCount; line++) {
    if (close.test(lines.lineText(line))) {
      closeLine = line;
      break;
    }
  }
  const end = closeLine >= 0 ? lines.nextLineStart(closeLine) : lines.text.length;
  // Typing in the body leaves the front matter as it was: its parse is reused (it is only read).
  return closeLine >= 0 ? frontMatterCache.get(lines.text.slice(0, end), () => build(lines, kind, closeLine, end)) : build(lines, kind, closeLine, end);
}

const frontMatterCache = new ContentCache<FrontMatter>(1_000);
const bareFrontMatterCache = new ContentCache<FrontMatter>(1_000);

/**
 * Hexo's front matter without an opening fence, closed by the first `---` line. Only YAML that
 * parses cleanly counts: text that merely opens with `Note: …` above a rule stays body text.
 */
function parseBare(lines: LineIndex): FrontMatter | null {
  let closeLine = -1;
  for (let line = 1; line < lines.lineCount && closeLine < 0; line++) if (YAML_FENCE.test(lines.lineText(line))) closeLine = line;
  if (closeLine < 0) return null;
  const end = lines.nextLineStart(closeLine);
  const fm = bareFrontMatterCache.get(lines.text.slice(0, end), () => build(lines, 'yaml', closeLine, end, -1));
  return fm.errors.length === 0 && fm.fields.size > 0 ? fm : null;
}

function build(lines: LineIndex, kind: 'yaml' | 'toml', closeLine: number, end: number, openLine = 0): FrontMatter {
  const contentStart = openLine < 0 ? 0 : lines.nextLineStart(0);
  const contentEnd = closeLine >= 0 ? lines.lineStarts[closeLine] : lines.text.length;
  const fm: FrontMatter = {
    kind,
    openLine,
    closeLine,
    contentSpan: { start: contentStart, end: Math.max(contentStart, contentEnd) },
    span: { start: 0, end },
    parsed: false,
    errors: [],
    warnings: [],
    fields: new Map(),
  };
  if (closeLine < 0) {
    fm.errors.push(notClosed(lines, contentStart, kind));
    return fm;
  }
  if (kind === 'toml') {
    readToml(fm, lines);
    return fm;
  }
  // yaml does not break lines at a lone \r (old Mac files); \n in its place keeps every offset.
  parseYaml(fm, lines.text.slice(fm.contentSpan.start, fm.contentSpan.end).replace(/\r(?!\n)/g, '\n'));
  return fm;
}

/**
 * TOML front matter (Hugo's default): its fields, read by the same rules as YAML's, and its values
 * as parsed for the blog index; or the parser's error (Hugo stops its build on one).
 */
function readToml(fm: FrontMatter, lines: LineIndex): void {
  const source = lines.text.slice(fm.contentSpan.start, fm.contentSpan.end);
  if (source.length > MAX_TOML_PARSE) {
    // Real front matter is a few hundred bytes; megabytes of it would cost a second per parse.
    fm.errors.push({ message: '{0} KB of TOML, too large to read; Frontlint reads up to {1} KB.', args: [Math.round(source.length / 1024), MAX_TOML_PARSE / 1024], span: { start: 0, end: lines.lineEnd(0) } });
    return;
  }
  let data: Record<string, unknown>;
  try {
    data = parseToml(source) as Record<string, unknown>;
  } catch (error) {
    // The parser's line, kept within the block (it may name the line after the last).
    const first = lines.lineAt(fm.contentSpan.start);
    const line = error instanceof TomlError ? Math.min(Math.max(first, first + error.line - 1), lines.lineAt(fm.contentSpan.end)) : first;
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
    fm.errors.push({ message: 'TOML does not parse: {0}.', args: [reason.replace(/\.$/, '')], span: { start: lines.lineStarts[line], end: lines.lineEnd(line) } });
    return;
  }
  fm.parsed = true;
  fm.fields = tomlFields(source, data, fm.contentSpan.start);
  fm.toml = new Map([...fm.fields].map(([key, field]) => [key, { value: data[key], valueSpan: field.valueSpan }]));
}

const MAX_TOML_PARSE = 64 * 1024;

/** The unclosed block's message, saying where it probably ends and offering the fence there. */
function notClosed(lines: LineIndex, contentStart: number, kind: FrontMatter['kind']): FrontMatterError {
  const span = { start: 0, end: lines.lineEnd(0) };
  const long = kind === 'yaml' ? longFence(lines, contentStart) : -1;
  if (long >= 0) {
    const fence = { start: lines.lineStarts[long], end: lines.lineEnd(long) };
    return {
      message: 'not closed: line {0} (`{1}`) was probably meant to close it, but a closing fence is exactly `---`.',
      args: [long + 1, lines.text.slice(fence.start, fence.end).trim()],
      span,
      fix: { title: 'Make line {0} the closing `---`', args: [long + 1], edits: [{ span: fence, newText: '---' }] },
    };
  }
  // Only YAML is told where it probably ends: a `---` fence would not close TOML.
  const end = kind === 'yaml' ? probableEnd(lines.text, contentStart, lines.text.length) : null;
  if (!end) return { message: 'not closed; add a `---` line after the last field.', span };
  // A fence after a quote that goes on, or inside brackets, would cut the value in two: the place is said, not edited.
  const fix = cutsValue(lines.text, contentStart, end.offset) ? undefined : fenceFix(lines.text, end.offset, end.afterLine + 2);
  return { message: 'not closed; it probably ends after line {0}, where the closing `---` is missing.', args: [end.afterLine + 2], span, fix };
}

/**
 * A line of four dashes or more (`---------`, a real AI blog's) after front matter that reads as
 * YAML up to it, or only with quotes that go on at the margin (as lenient readers take them): the
 * fence that was meant. gray-matter closes at it; Jekyll and Hugo do not. -1 when there is none.
 */
function longFence(lines: LineIndex, contentStart: number): number {
  const first = lines.lineAt(contentStart);
  for (let line = first; line < lines.lineCount && line < first + MAX_FENCE_SEARCH; line++) {
    if (!LONG_FENCE.test(lines.lineText(line))) continue;
    const source = lines.text.slice(contentStart, lines.lineStarts[line]);
    if (source.length > MAX_YAML_PARSE) return -1;
    const errors = parseDocument(source, YAML_OPTIONS).errors;
    return errors.length === 0 || (errors[0].code === 'MISSING_CHAR' && quoteGoesOnAtMargin(source, errors[0].pos[0])) ? line : -1;
  }
  return -1;
}

const LONG_FENCE = /^-{4,}[ \t]*$/;
/** Front matter is a few dozen lines; a dash line further down is the body's rule. */
const MAX_FENCE_SEARCH = 200;

/** Whether a fence at `offset` (a line's start) would cut a value: after a line that opens a quote it does not close, or inside brackets opened since `from`. */
function cutsValue(text: string, from: number, offset: number): boolean {
  const before = text.slice(0, offset).replace(/\r?\n$/, '');
  return opensUnclosedQuote(before.slice(before.lastIndexOf('\n') + 1)) || openBrackets(text.slice(from, offset)) > 0;
}

/** Inserts a closing fence at `offset` (the start of a line, or the end of the text), with the post's line break. */
function fenceFix(text: string, offset: number, afterLine: number): FixSpec {
  const newline = lineBreakOf(text);
  const atEnd = offset === text.length && !text.endsWith('\n');
  return { title: 'Insert the closing `---` after line {0}', args: [afterLine], edits: [{ span: { start: offset, end: offset }, newText: atEnd ? newline + '---' + newline : '---' + newline }] };
}

const CONFLICT_MARKER = /^<{7}(?:[ \t].*)?$/m;

/** More YAML errors than this are summed up in one finding: one broken bracket can cause hundreds. */
const MAX_ERRORS = 20;

function parseYaml(fm: FrontMatter, source: string): void {
  const base = fm.contentSpan.start;
  const errors: FrontMatterError[] = [];
  // A merge left unresolved: one finding on its first marker, not the parser's errors on each line of both sides.
  const conflict = CONFLICT_MARKER.exec(source);
  if (conflict && /^>{7}(?:[ \t].*)?$/m.test(source)) {
    fm.parsed = true;
    const at = base + conflict.index;
    fm.errors.push({ message: 'Merge conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`) are left in the front matter: keep one side of each conflict and delete the markers.', span: { start: at, end: at + firstLineLength(source.slice(conflict.index)) } });
    return;
  }
  const contents = parseSimpleYaml(source) ?? (source.length <= MAX_YAML_PARSE ? parseWithYaml(source, base, errors) : tooLarge(source, base, errors));
  fm.parsed = true;
  for (const [later, earlier] of duplicateKeys(contents)) {
    const range = (later.key as Node).range!;
    const remove = (pair: Pair<unknown, unknown>, fix: { title: string }): FixSpec[] => {
      const lines = entryLines(source, pair);
      return lines ? [{ ...fix, args: [String((pair.key as Scalar).value)], edits: [{ span: { start: base + lines.start, end: base + lines.end }, newText: '' }] }] : [];
    };
    errors.push({
      message: 'Duplicate key: each field may appear only once.',
      span: { start: base + range[0], end: base + range[1] },
      suggestions: [...remove(later, { title: 'Remove the later "{0}"' }), ...remove(earlier, { title: 'Remove the earlier "{0}"' })],
    });
  }
  fm.errors.push(...capped(errors));
  if (contents === null) return;
  if (!isMap(contents)) {
    const range = (contents as Node).range ?? [0, source.length];
    fm.errors.push({ message: 'Front matter must be a mapping of `key: value` fields.', span: { start: base + range[0], end: base + range[1] } });
    return;
  }
  const aliased = aliasTargets(contents);
  for (const pair of contents.items as Pair<unknown, unknown>[]) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    if (fm.fields.has(key)) continue; // reported above as a duplicate key
    const keyRange = pair.key.range;
    const written = (pair.value as Node | null) ?? null;
    // (Where the value is written: for an alias, `*id001` itself.)
    const valueRange = written?.range;
    const value = aliased.get(pair) ?? written;
    const valueSpan = valueRange
      ? { start: base + valueRange[0], end: base + valueRange[1] }
      : { start: base + keyRange[1] + 1, end: base + keyRange[1] + 1 };
    const entryEnd = valueRange ? valueRange[2] : keyRange[2];
    fm.fields.set(key, {
      key,
      keySpan: { start: base + keyRange[0], end: base + keyRange[1] },
      value,
      valueSpan,
      entrySpan: { start: base + keyRange[0], end: base + entryEnd },
    });
  }
  fm.warnings.push(...capped(recogniseValidMistakes(source, base, contents.items as Pair<unknown, unknown>[])));
}

/**
 * The node each field's alias names (`tags: *id001` under `keywords: &id001`, as PyYAML writes a
 * list that two fields share, a real Notion-to-Hugo blog's): one step, never expanded further (an
 * alias bomb's aliases stay aliases). Anchors are found in one walk; an alias names the last anchor
 * of its name written before it.
 */
function aliasTargets(contents: YAMLMap): Map<Pair<unknown, unknown>, Node> {
  const targets = new Map<Pair<unknown, unknown>, Node>();
  const aliases = (contents.items as Pair<unknown, unknown>[]).filter((pair) => isAlias(pair.value));
  if (aliases.length === 0) return targets;
  const anchors = new Map<string, Array<{ at: number; node: Node }>>();
  const stack: unknown[] = [contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isNode(node)) continue;
    if (node.anchor && node.range) {
      const list = anchors.get(node.anchor) ?? [];
      list.push({ at: node.range[0], node });
      anchors.set(node.anchor, list);
    }
    if (isMap(node)) for (const pair of node.items as Pair<unknown, unknown>[]) stack.push(pair.key, pair.value);
    else if (isSeq(node)) stack.push(...node.items);
  }
  for (const list of anchors.values()) list.sort((a, b) => a.at - b.at);
  for (const pair of aliases) {
    const alias = pair.value as Alias;
    const list = anchors.get(alias.source);
    const at = alias.range?.[0] ?? 0;
    let named: Node | undefined;
    for (let lo = 0, hi = (list?.length ?? 0) - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (list![mid].at < at) [named, lo] = [list![mid].node, mid + 1];
      else hi = mid - 1;
    }
    if (named) targets.set(pair, named);
  }
  return targets;
}

/** The first MAX_ERRORS problems in text order, and one finding for the rest. */
function capped(errors: FrontMatterError[]): FrontMatterError[] {
  errors.sort((a, b) => a.span.start - b.span.start);
  if (errors.length > MAX_ERRORS) {
    const last = errors[MAX_ERRORS - 1].span;
    errors.splice(MAX_ERRORS, Infinity, { message: 'and {0} more front matter errors', args: [errors.length - MAX_ERRORS], span: last });
  }
  return errors;
}

/**
 * The most YAML handed to the yaml library. It takes about 1 ms per KB on hostile input (nested
 * brackets, tabs, anchors), and real front matter beyond one-line fields (which the fast path takes
 * at any size) is a few KB; past this, one message says so instead of a long parse.
 */
const MAX_YAML_PARSE = 16 * 1024;

function tooLarge(source: string, base: number, errors: FrontMatterError[]): null {
  const end = probableEnd(source, 0, source.length);
  if (end && end.offset < source.length) {
    errors.push(missingFence(source, base, end));
    return null;
  }
  errors.push({
    message: '{0} KB, too large to check; Frontlint reads up to {1} KB of YAML beyond one-line fields. Is the closing `---` line missing?',
    args: [Math.round(source.length / 1024), MAX_YAML_PARSE / 1024],
    span: { start: base, end: base + firstLineLength(source) },
  });
  return null;
}

function firstLineLength(source: string): number {
  const end = source.indexOf('\n');
  return end < 0 ? source.length : end;
}

/** Parses with yaml itself, collecting its errors and warnings; returns the document's root node. */
function parseWithYaml(source: string, base: number, errors: FrontMatterError[]): unknown {
  // Each YAML error is an Error; capturing a stack for each costs more than the parse on broken input.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc;
  try {
    doc = parseDocument(source, YAML_OPTIONS);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const all = [...doc.errors, ...doc.warnings];
  // Errors past where the front matter probably ends come from the post's text, read as YAML
  // because the closing fence is missing (and a later `---` closed it): one finding says so.
  // (A quote that goes on at the margin reads as prose past the end: it is a mistake of its own.)
  const quoteAtMargin = all.some((e) => e.code === 'MISSING_CHAR' && quoteGoesOnAtMargin(source, e.pos[0]));
  // A quote that never closes before the fence: the fence is inside the value. Said once, on the quote.
  const missing = quoteAtMargin ? undefined : all.find((e) => e.code === 'MISSING_CHAR');
  const cutQuote = missing ? quoteCutByFence(source, missing.pos[0]) : -1;
  // Brackets that go on at the margin: their own mistake, and the parser's errors after them follow from it.
  const flow = all.length > 0 ? flowAtMargin(source, base) : null;
  const end = all.length > 0 && !quoteAtMargin && cutQuote < 0 && !flow ? probableEnd(source, 0, source.length) : null;
  let cut = end && end.offset < source.length && all.some((e) => e.pos[0] >= end.offset) ? end.offset : Infinity;
  if (end && cut !== Infinity) errors.push(missingFence(source, base, end));
  if (flow) {
    errors.push(flow);
    cut = Math.min(cut, flow.span.start - base);
  }
  if (cutQuote >= 0) {
    cut = source.lastIndexOf('\n', cutQuote) + 1;
    errors.push({ message: 'This quoted value is not closed before the `---` that ends the front matter: a `---` line inside a value closes the front matter there. Close the quote, or take that line out of the value.', span: { start: base + cutQuote, end: base + cutQuote + 1 } });
  }
  const tabWidth = all.length > 0 ? indentUnit(source) : 2;
  // One look at each line with errors (a long line can hold thousands): its mistake, or none.
  const lines = all.length > 0 ? new LineIndex(source) : null;
  const byLine = new Map<number, ReturnType<typeof recogniseError>>();
  for (const error of all) {
    const [start, end] = error.pos;
    if (start >= cut) continue;
    const line = lines!.lineAt(Math.min(start, source.length));
    const known = byLine.has(line);
    const mistake = known ? byLine.get(line)! : recogniseError(source, base, { code: error.code, pos: [lines!.lineStarts[line], end] }, tabWidth);
    if (!known) byLine.set(line, mistake);
    // The lines its fix edits are its own: what the parser says of them follows from it.
    if (!known && mistake?.fix) {
      for (const edit of mistake.fix.edits) {
        const edited = lines!.lineAt(edit.span.start - base);
        if (!byLine.has(edited)) byLine.set(edited, mistake);
      }
    }
    if (mistake) {
      if (!known) errors.push(mistake);
      continue;
    }
    let spanEnd = Math.min(Math.max(end, start + 1), source.length);
    // An error widened to one character must not end inside a surrogate pair.
    if (isLowSurrogate(source.charCodeAt(spanEnd)) && spanEnd > start) spanEnd++;
    errors.push({ message: firstLine(error.message), span: { start: base + start, end: base + Math.min(spanEnd, source.length) } });
  }
  return doc.contents;
}


function missingFence(source: string, base: number, end: { offset: number; afterLine: number }): FrontMatterError {
  const line = end.afterLine + 2;
  return {
    message: 'The closing `---` seems to be missing: the front matter probably ends after line {0}, and the text after it is read as YAML.',
    args: [line],
    span: { start: base + end.offset, end: base + end.offset + firstLineLength(source.slice(end.offset)) },
    ...(cutsValue(source, 0, end.offset) ? {} : { fix: { ...fenceFix(source, end.offset, line), edits: [{ span: { start: base + end.offset, end: base + end.offset }, newText: `---${lineBreakOf(source)}` }] } }),
  };
}

/** Every later repeat of a key in any mapping, with the first pair of that key; one map per mapping. Iterative: nesting may be deep. */
function duplicateKeys(root: unknown): Array<[Pair<unknown, unknown>, Pair<unknown, unknown>]> {
  const found: Array<[Pair<unknown, unknown>, Pair<unknown, unknown>]> = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Map<string, Pair<unknown, unknown>>();
      for (const pair of node.items as Pair<unknown, unknown>[]) {
        if (isScalar(pair.key) && pair.key.range) {
          const key = String(pair.key.value);
          const first = seen.get(key);
          if (first) found.push([pair, first]);
          else seen.set(key, pair);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items as unknown[]) stack.push(item);
    }
  }
  return found;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** Document span of a node inside the front matter. */
export function nodeSpan(fm: FrontMatter, node: Node): Span {
  const [start, end] = node.range ?? [0, 0];
  return { start: fm.contentSpan.start + start, end: fm.contentSpan.start + end };
}

/**
 * A field's value as plain data, from YAML or TOML front matter: a scalar's value, a list's item
 * values (undefined for an item that is no scalar), TOML's values as they are.
 */
export function plainValue(fm: FrontMatter | null | undefined, key: string): unknown {
  if (!fm) return undefined;
  if (fm.toml) return fm.toml.get(key)?.value;
  const value = fm.fields.get(key)?.value;
  if (isSeq(value)) return (value.items as unknown[]).map((item) => (isScalar(item) ? item.value : undefined));
  return isScalar(value) ? value.value : undefined;
}

/**
 * A DocFX include (`ms.topic: include`, in Microsoft's docs and their translations): a fragment
 * that pages pull in with `[!INCLUDE …]`, never a page of its own, so it needs no title and its
 * `#fragment` links name sections of the page that includes it.
 */
export function isIncludeFragment(fm: FrontMatter | null | undefined): boolean {
  return plainValue(fm, 'ms.topic') === 'include';
}

/** The key a front matter writes for `name`, as written or else in another case (Hugo reads `Title:` and `URL:` as `title` and `url`). */
export function keyInAnyCase(fields: ReadonlyMap<string, unknown>, name: string): string | undefined {
  if (fields.has(name)) return name;
  const lower = name.toLowerCase();
  for (const key of fields.keys()) if (key.toLowerCase() === lower) return key;
  return undefined;
}

/** Where a field's value is written, in YAML or TOML front matter. */
export function valueSpanOf(fm: FrontMatter | null | undefined, key: string): Span | undefined {
  return fm?.toml ? fm.toml.get(key)?.valueSpan : fm?.fields.get(key)?.valueSpan;
}

/** Scalar value of a field, or undefined when it is absent, not a scalar, or an alias. */
export function scalarValue(field: FrontMatterField | undefined): unknown {
  return field && isScalar(field.value) ? field.value.value : undefined;
}

export function isQuotedScalar(node: Node | null): boolean {
  return isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
}

export { isMap, isScalar, isSeq };
