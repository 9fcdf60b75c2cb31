import { Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { Span } from '../types';
import { escapedAt } from '../text/escapes';

/**
 * TOML front matter as the fields every rule reads. smol-toml has parsed and validated the block;
 * this only finds where each value is written, so that findings and fixes land on it. The values
 * take yaml's node classes (Scalar, YAMLSeq, YAMLMap) with ranges into the block, as YAML front
 * matter's do: one document model for the rules, whichever syntax the writer chose. Fix texts that
 * rules write (`true`, `5`, `"text"`, `["a", "b"]`) mean the same in TOML as in YAML's flow style.
 */

/** Where one value is written (offsets into the block), and for an array, where each item is. */
interface Written {
  start: number;
  end: number;
  items?: Written[];
  /** A table's own `key = value` pairs (a `[table]` section or an inline `{ … }`), by key. */
  pairs?: Map<string, { key: Span; value: Written }>;
  quote?: Scalar.Type;
}

export interface TomlField {
  key: string;
  keySpan: Span;
  value: Node;
  valueSpan: Span;
  entrySpan: Span;
}

/**
 * The block's top-level fields, in the order written. `data` is smol-toml's result for `source`;
 * spans are document offsets (`base` is the block's start). A key whose place is not found (a dotted
 * `a.b = 1`, an array of tables) keeps its value, placed on the block's first line.
 */
export function tomlFields(source: string, data: Record<string, unknown>, base: number): Map<string, TomlField> {
  const written = scanTopLevel(source);
  const fields = new Map<string, TomlField>();
  const fallback = { start: base, end: base + lineEnd(source, 0) };
  for (const [key, value] of Object.entries(data)) {
    const place = written.get(key);
    const node = toNode(value, place?.value, 0);
    const keySpan = place ? shift(place.key, base) : fallback;
    const valueSpan = place ? { start: base + place.value.start, end: base + place.value.end } : fallback;
    fields.set(key, { key, keySpan, value: node, valueSpan, entrySpan: { start: keySpan.start, end: Math.max(keySpan.end, valueSpan.end) } });
  }
  return fields;
}

/** The top-level keys written in a TOML block, read from the text alone: for completion, while what is being typed does not parse yet. */
export function writtenTomlKeys(source: string): Set<string> {
  return new Set(scanTopLevel(source).keys());
}

const shift = (span: Span, base: number): Span => ({ start: base + span.start, end: base + span.end });

/** A front matter is never this deep; a hostile one may be. */
const MAX_DEPTH = 64;

function toNode(value: unknown, place: Written | undefined, depth: number): Node {
  let node: Node;
  if (Array.isArray(value) && depth < MAX_DEPTH) {
    const seq = new YAMLSeq();
    seq.flow = true;
    value.forEach((item, i) => seq.items.push(toNode(item, place?.items?.[i], depth + 1)));
    node = seq;
  } else if (isTable(value) && depth < MAX_DEPTH) {
    const map = new YAMLMap();
    for (const [key, item] of Object.entries(value)) {
      const pair = place?.pairs?.get(key);
      const keyNode = new Scalar(key);
      if (pair) keyNode.range = [pair.key.start, pair.key.end, pair.key.end];
      map.items.push(new Pair(keyNode, toNode(item, pair?.value, depth + 1)));
    }
    node = map;
  } else {
    // Dates as YAML's core schema leaves them, text: checked by format like any written date.
    const scalar = new Scalar(value instanceof Date ? value.toISOString() : typeof value === 'bigint' ? Number(value) : value);
    if (place?.quote) scalar.type = place.quote;
    node = scalar;
  }
  if (place) node.range = [place.start, place.end, place.end];
  return node;
}

const isTable = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * The top-level `key = value` pairs, and each `[table]` section (its span runs from the header to
 * its last pair). Only places are read: the text has already parsed, so the scan can trust it.
 */
function scanTopLevel(source: string): Map<string, { key: Span; value: Written }> {
  const found = new Map<string, { key: Span; value: Written }>();
  let section: { key: Span; value: Written } | undefined;
  let i = 0;
  while (i < source.length) {
    i = skipBlank(source, i, true);
    if (i >= source.length) break;
    const c = source[i];
    if (c === '[') {
      // `[table]` opens a section of its own; `[[array]]` and `[a.b]` are left unplaced.
      const header = TABLE_HEADER.exec(source.slice(i, lineEnd(source, i)));
      section = undefined;
      if (header && source[i + 1] !== '[') {
        const keyStart = i + header[0].indexOf(header[1]);
        const name = unquote(header[1]);
        section = { key: { start: keyStart, end: keyStart + header[1].length }, value: { start: i, end: i + header[0].length, pairs: new Map() } };
        if (!found.has(name)) found.set(name, section);
      }
      i = lineEnd(source, i);
      continue;
    }
    const pair = scanPair(source, i);
    if (!pair) {
      i = lineEnd(source, i);
      continue;
    }
    const target = section ? section.value.pairs! : found;
    if (pair.name !== undefined && !target.has(pair.name)) target.set(pair.name, { key: pair.key, value: pair.value });
    if (section) section.value.end = pair.value.end;
    i = lineEnd(source, pair.value.end);
  }
  return found;
}

/** One part of a key: bare, a basic string or a literal string. */
const KEY_PART = String.raw`(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')`;
const KEY = new RegExp(`^${KEY_PART}(?:[ \\t]*\\.[ \\t]*${KEY_PART})*`);
const ONE_PART_KEY = new RegExp(`^${KEY_PART}$`);
const TABLE_HEADER = new RegExp(`^\\[[ \\t]*(${KEY_PART})[ \\t]*\\](?!\\])`);

/** `key = value` at `i`; `name` is undefined for a dotted key, whose value is placed by no field. */
function scanPair(source: string, i: number): { name?: string; key: Span; value: Written } | undefined {
  const key = KEY.exec(source.slice(i, lineEnd(source, i)));
  if (!key) return undefined;
  let j = skipSpaces(source, i + key[0].length);
  if (source[j] !== '=') return undefined;
  j = skipSpaces(source, j + 1);
  return { name: ONE_PART_KEY.test(key[0]) ? unquote(key[0]) : undefined, key: { start: i, end: i + key[0].length }, value: scanValue(source, j, 0) };
}

function scanValue(source: string, i: number, depth: number): Written {
  const c = source[i];
  if (c === '"' || c === "'") {
    const end = stringEnd(source, i);
    return { start: i, end, quote: c === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE' };
  }
  if ((c === '[' || c === '{') && depth < MAX_DEPTH) return c === '[' ? scanArray(source, i, depth) : scanInlineTable(source, i, depth);
  // A number, boolean or date: up to a separator, a comment or the line's end (a date may hold a space).
  let end = i;
  while (end < source.length && !',]}#\n\r'.includes(source[end])) end++;
  while (end > i && (source[end - 1] === ' ' || source[end - 1] === '\t')) end--;
  return { start: i, end };
}

function scanArray(source: string, i: number, depth: number): Written {
  const items: Written[] = [];
  let j = i + 1;
  for (;;) {
    j = skipBlank(source, j, true);
    if (j >= source.length) return { start: i, end: source.length, items };
    if (source[j] === ']') return { start: i, end: j + 1, items };
    if (source[j] === ',') {
      j++;
      continue;
    }
    const item = scanValue(source, j, depth + 1);
    items.push(item);
    j = Math.max(item.end, j + 1);
  }
}

function scanInlineTable(source: string, i: number, depth: number): Written {
  const pairs = new Map<string, { key: Span; value: Written }>();
  let j = i + 1;
  for (;;) {
    j = skipBlank(source, j, false);
    if (j >= source.length || source[j] === '\n') return { start: i, end: j, pairs };
    if (source[j] === '}') return { start: i, end: j + 1, pairs };
    if (source[j] === ',') {
      j++;
      continue;
    }
    const key = KEY.exec(source.slice(j, lineEnd(source, j)));
    let k = key ? skipSpaces(source, j + key[0].length) : j;
    if (!key || source[k] !== '=') return { start: i, end: lineEnd(source, j), pairs };
    k = skipSpaces(source, k + 1);
    const value = scanValue(source, k, depth + 1);
    // (A dotted key's value is placed by no pair, as at the top.)
    const name = ONE_PART_KEY.test(key[0]) ? unquote(key[0]) : undefined;
    if (name !== undefined && !pairs.has(name)) pairs.set(name, { key: { start: j, end: j + key[0].length }, value });
    j = Math.max(value.end, k + 1);
  }
}

/** Past a string from its opening quote: basic or literal, one line or three quotes. */
function stringEnd(source: string, i: number): number {
  const quote = source[i];
  if (source.startsWith(quote.repeat(3), i)) {
    let j = i + 3;
    for (;;) {
      const close = source.indexOf(quote.repeat(3), j);
      if (close < 0) return source.length;
      if (quote === '"' && escapedAt(source, close)) {
        j = close + 1;
        continue;
      }
      // Up to two more quotes before the closing three belong to the string (`""""a""""`).
      let end = close + 3;
      while (end < source.length && source[end] === quote && end - close < 5) end++;
      return end;
    }
  }
  for (let j = i + 1; j < source.length; j++) {
    const c = source[j];
    if (c === '\n') return j;
    if (quote === '"' && c === '\\') j++;
    else if (c === quote) return j + 1;
  }
  return source.length;
}

/** Past spaces, tabs and comments; line breaks too when `lines`. */
function skipBlank(source: string, i: number, lines: boolean): number {
  for (;;) {
    i = skipSpaces(source, i);
    const c = source[i];
    if (c === '#') i = lineEnd(source, i);
    else if (lines && (c === '\n' || c === '\r')) i++;
    else return i;
  }
}

function skipSpaces(source: string, i: number): number {
  while (source[i] === ' ' || source[i] === '\t') i++;
  return i;
}

function lineEnd(source: string, i: number): number {
  const end = source.indexOf('\n', i);
  return end < 0 ? source.length : end;
}

/** A key as written, without its quotes (a basic string's escapes read by JSON's rules, which TOML's share). */
function unquote(key: string): string {
  if (key.startsWith("'")) return key.slice(1, -1);
  if (!key.startsWith('"')) return key;
  try {
    return JSON.parse(key) as string;
  } catch {
    return key.slice(1, -1);
  }
}
