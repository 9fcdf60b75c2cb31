import { Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type DocumentOptions, type ParseOptions, type ScalarTag, type SchemaOptions } from 'yaml';

/**
 * Options for every front matter parse. Aliases are never expanded: we read nodes, not `toJS()`,
 * so an alias bomb costs nothing. Duplicate keys are found by the caller in linear time (yaml's
 * own `uniqueKeys` check is quadratic).
 */
export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { uniqueKeys: false, prettyErrors: false, strict: true };

/** The schema yaml resolves plain scalars with (YAML 1.2 core: null, booleans, numbers, strings). */
const SCHEMA = new Document(null, YAML_OPTIONS).schema;

/**
 * A fast path for the front matter nearly every post has: one `key: value` per line, whose value
 * is a plain or quoted scalar on that line, a flow list of them (`[a, "b"]`), or a block list of
 * them (`- a` lines). It builds the nodes yaml's parser would build, with the same values, types
 * and ranges (a differential test holds it to that), several times faster. Anything else, from a
 * comment or a tab to an escape sequence or a nested map, returns null: yaml parses it.
 */
export function parseSimpleYaml(source: string): YAMLMap | null {
  if (UNSUPPORTED.test(source)) return null;
  const map = new YAMLMap(SCHEMA);
  let lineStart = 0;
  while (lineStart < source.length) {
    const line = lineAt(source, lineStart);
    if (line.end === lineStart) {
      lineStart = line.next; // a blank line
      continue;
    }
    const entry = KEY_LINE.exec(source.slice(lineStart, line.end));
    if (!entry) return null;
    const keyEnd = lineStart + entry[1].length;
    const key = plainScalar(source, lineStart, keyEnd, keyEnd, true);
    if (!key) return null;
    let value: Scalar | YAMLSeq | null;
    if (entry[2] === undefined) {
      // `key:` alone: a block list follows, or the value is null, placed right after the colon.
      const list = blockList(source, line.next);
      if (list) {
        value = list.seq;
        line.next = list.next;
      } else {
        value = plainScalar(source, keyEnd + 1, keyEnd + 1, keyEnd + 1, false);
      }
    } else {
      const valueStart = line.end - entry[2].length;
      const nodeEnd = line.next > line.end ? line.end + 1 : line.end;
      value = entry[2].startsWith('[') ? flowList(source, valueStart, line.end, nodeEnd) : scalar(source, valueStart, line.end, nodeEnd, BLOCK_PLAIN);
    }
    if (!value) return null;
    map.items.push(new Pair(key, value));
    lineStart = line.next;
  }
  if (map.items.length === 0) return null; // nothing but blank lines: yaml's empty document
  map.range = [0, source.length, source.length];
  return map;
}

/**
 * Characters this fast path does not model anywhere: tabs, CR, controls, line separators, a BOM.
 * Indicators (`#`, `&`, `!`, `|`, `%`...) only mean something where the patterns below refuse them.
 */
const UNSUPPORTED = /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
/** `key:` or `key: value`, with no space before the colon and none at the end of the line. */
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +([^ ].*))?$/;
/**
 * Plain text in block context: not starting with an indicator (`-`, `?` and `:` may start it when
 * a non-space follows), with no `: ` and no ` #` (a comment), and no colon or space at the end.
 */
const BLOCK_PLAIN = /^(?:[^-?:,[\]{}#&*!|>'"%@` ]|[-?:][^ ])(?:[^:#]|:(?! )|(?<! )#)*(?<![ :])$/;
/** Plain text in a flow list: the same, and nothing that ends an item (`,`, brackets, `: `, `:,`). */
const FLOW_PLAIN = /^(?:[^-?:,[\]{}#&*!|>'"%@` ]|[-?:][^ ,[\]{}])(?:[^,[\]{}:#]|:[^ ,[\]{}]|(?<! )#)*(?<![ :])$/;
const DOUBLE_QUOTED = /^"[^"\\]*"$/;
const SINGLE_QUOTED = /^'[^']*'$/;
const LIST_ITEM = /^( *)- +([^ ].*)$/;

/**
 * Whether a plain scalar may resolve to something other than a string in the YAML 1.2 core schema
 * (null, booleans, numbers all start with one of these, or are empty). Most values are words and
 * skip the schema's tests; the differential test fails if the schema ever disagrees.
 */
const MAYBE_NOT_STRING = /^(?:[~nNtTfF0-9+\-.]|$)/;

function lineAt(source: string, start: number): { end: number; next: number } {
  const newline = source.indexOf('\n', start);
  return newline < 0 ? { end: source.length, next: source.length } : { end: newline, next: newline + 1 };
}

/** A scalar written between `start` and `end`, in double or single quotes or plain. */
function scalar(source: string, start: number, end: number, nodeEnd: number, plain: RegExp): Scalar | null {
  const text = source.slice(start, end);
  if (DOUBLE_QUOTED.test(text) || SINGLE_QUOTED.test(text)) {
    const node = new Scalar(text.slice(1, -1));
    node.type = text[0] === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    node.source = node.value as string;
    node.range = [start, end, nodeEnd];
    return node;
  }
  return plain.test(text) ? plainScalar(source, start, end, nodeEnd, false) : null;
}

/** A plain scalar resolved as yaml resolves it: the first default tag of the schema whose test matches. */
function plainScalar(source: string, start: number, end: number, nodeEnd: number, atKey: boolean): Scalar | null {
  const text = source.slice(start, end);
  const tag = MAYBE_NOT_STRING.test(text) ? defaultTag(text, atKey) : undefined;
  let failed = false;
  const resolved = tag ? tag.resolve(text, () => (failed = true), YAML_OPTIONS) : text;
  if (failed) return null;
  const node = isScalar(resolved) ? resolved : new Scalar(resolved);
  node.type = 'PLAIN';
  node.source = text;
  if (tag && tag.format) node.format = tag.format;
  node.range = [start, end, nodeEnd];
  return node;
}

function defaultTag(text: string, atKey: boolean): ScalarTag | undefined {
  return SCHEMA.tags.find((t) => (t.default === true || (atKey && t.default === 'key')) && !t.collection && (t as ScalarTag).test?.test(text)) as ScalarTag | undefined;
}

/** `[a, "b", c]` ending the line. An item's node ends after the spaces that follow it. */
function flowList(source: string, start: number, end: number, nodeEnd: number): YAMLSeq | null {
  if (source.charCodeAt(end - 1) !== 0x5d /* ] */) return null;
  const seq = new YAMLSeq(SCHEMA);
  seq.flow = true;
  seq.range = [start, end, nodeEnd];
  let i = skipSpaces(source, start + 1, end);
  if (i === end - 1) return seq; // []
  while (i < end - 1) {
    let itemEnd = i;
    const quote = source[i];
    if (quote === '"' || quote === "'") itemEnd = source.indexOf(quote, i + 1) + 1;
    else while (itemEnd < end - 1 && source[itemEnd] !== ',' && source[itemEnd] !== ']') itemEnd++;
    while (itemEnd > i && source[itemEnd - 1] === ' ' && quote !== '"' && quote !== "'") itemEnd--;
    if (itemEnd <= i) return null;
    const after = skipSpaces(source, itemEnd, end);
    const item = scalar(source, i, itemEnd, after, FLOW_PLAIN);
    if (!item) return null;
    seq.items.push(item);
    if (source[after] === ']') {
      if (after !== end - 1) return null;
      return seq;
    }
    if (source[after] !== ',') return null;
    i = skipSpaces(source, after + 1, end);
    if (source[i] === ']') return null; // a trailing comma
  }
  return null;
}

/** `- item` lines at one indentation, from `start` (blank lines between them allowed). */
function blockList(source: string, start: number): { seq: YAMLSeq; next: number } | null {
  const seq = new YAMLSeq(SCHEMA);
  let indent = -1;
  let firstDash = -1;
  let lineStart = start;
  let next = start;
  while (lineStart < source.length) {
    const line = lineAt(source, lineStart);
    if (line.end === lineStart) {
      lineStart = line.next;
      continue;
    }
    const item = LIST_ITEM.exec(source.slice(lineStart, line.end));
    if (!item) break;
    if (indent < 0) {
      indent = item[1].length;
      firstDash = lineStart + indent;
    } else if (item[1].length !== indent) return null;
    const valueStart = line.end - item[2].length;
    const node = scalar(source, valueStart, line.end, line.next > line.end ? line.end + 1 : line.end, BLOCK_PLAIN);
    if (!node) return null;
    seq.items.push(node);
    lineStart = next = line.next;
  }
  if (seq.items.length === 0) return null;
  const last = seq.items[seq.items.length - 1] as Scalar;
  seq.range = [firstDash, last.range![2], last.range![2]];
  return { seq, next };
}

function skipSpaces(source: string, from: number, end: number): number {
  while (from < end && source.charCodeAt(from) === 0x20) from++;
  return from;
}
