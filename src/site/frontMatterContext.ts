import type { Post } from '../core/post';
import type { Span } from '../core/types';
import { tomlFieldsEnd } from '../core/parse/tomlText';
import { writtenTomlKeys } from '../core/parse/tomlFields';

/** Where the cursor is inside the front matter, for completion and hover; `syntax` says how to write what is inserted. */
export type CursorContext =
  /** Typing a key at the start of a line. */
  | { kind: 'key'; syntax: Syntax; prefix: string; span: Span; present: Set<string> }
  /** Typing a value: after `key: ` (`key = `), in a flow list `key: [a, |]`, or in a block list item `- |` under `key:`. */
  | { kind: 'value'; syntax: Syntax; key: string; prefix: string; span: Span; list: 'flow' | 'block' | null; listed: string[] }
  | { kind: 'none' };

type Syntax = 'yaml' | 'toml';

const KEY_LINE = /^([A-Za-z_][\w-]*)?$/;
const VALUE_LINE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/;
const TOML_VALUE_LINE = /^([A-Za-z_][\w-]*)[ \t]*=[ \t]*(.*)$/;
const ITEM_LINE = /^([ \t]*-[ \t]+)(.*)$/;

/**
 * The completion context at `offset` of a post: only inside front matter, never in the body. In
 * TOML, only among its top-level fields (after a `[table]` header a key is the table's).
 */
export function cursorContext(post: Post, offset: number): CursorContext {
  const fm = post.frontMatter;
  if (!fm || offset < fm.contentSpan.start || offset > fm.contentSpan.end) return { kind: 'none' };
  const syntax = fm.kind;
  if (syntax === 'toml' && offset > tomlFieldsEnd(post.lines, fm)) return { kind: 'none' };
  const { lines } = post;
  const line = lines.lineAt(offset);
  const lineStart = lines.lineStarts[line];
  const before = post.text.slice(lineStart, offset);
  const present = syntax === 'toml' && !fm.parsed ? writtenTomlKeys(post.text.slice(fm.contentSpan.start, fm.contentSpan.end)) : new Set(fm.fields.keys());

  if (KEY_LINE.test(before)) return { kind: 'key', syntax, prefix: before, span: { start: lineStart, end: offset + wordAfter(post.text, offset) }, present };

  const item = syntax === 'yaml' ? ITEM_LINE.exec(before) : null;
  if (item) {
    // A block list item: its key is the nearest line above that is not an item.
    for (let above = line - 1; above >= lines.lineAt(fm.contentSpan.start); above--) {
      const text = lines.lineText(above);
      if (ITEM_LINE.test(text) || /^[ \t]*$/.test(text)) continue;
      const key = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*$/.exec(text)?.[1];
      if (!key) break;
      const { prefix, start } = unquoted(item[2], lineStart + item[1].length);
      return { kind: 'value', syntax, key, prefix, span: { start, end: offset + wordAfter(post.text, offset) }, list: 'block', listed: listValues(post, key) };
    }
    return { kind: 'none' };
  }

  const value = (syntax === 'toml' ? TOML_VALUE_LINE : VALUE_LINE).exec(before);
  if (!value) return { kind: 'none' };
  const key = value[1];
  const valueStart = lineStart + before.length - value[2].length;
  const written = value[2];
  if (written.startsWith('[')) {
    // A flow list: the item being typed starts after the last `[` or `,`.
    const cut = Math.max(written.lastIndexOf(','), written.lastIndexOf('['));
    const raw = written.slice(cut + 1);
    const lead = raw.length - raw.trimStart().length;
    const { prefix, start } = unquoted(raw.trimStart(), valueStart + cut + 1 + lead);
    return { kind: 'value', syntax, key, prefix, span: { start, end: offset + wordAfter(post.text, offset, true) }, list: 'flow', listed: listValues(post, key) };
  }
  const { prefix, start } = unquoted(written, valueStart);
  // (In TOML, a comment after the value stays.)
  const end = syntax === 'toml' ? Math.max(offset, valueEnd(post.text, offset, lines.lineEnd(line))) : lines.lineEnd(line);
  return { kind: 'value', syntax, key, prefix, span: { start, end }, list: null, listed: [] };
}

/** Where a TOML value being typed ends: before a ` #` comment, or at the line's end. */
function valueEnd(text: string, offset: number, lineEnd: number): number {
  const comment = text.slice(offset, lineEnd).search(/[ \t]+#/);
  return comment < 0 ? lineEnd : offset + comment;
}

/** A value typed with an opening quote completes without it: the quote is part of the replaced span. */
function unquoted(text: string, start: number): { prefix: string; start: number } {
  return /^["']/.test(text) ? { prefix: text.slice(1), start } : { prefix: text, start };
}

/** The rest of the word under the cursor, which a completion replaces too. */
function wordAfter(text: string, offset: number, inFlow = false): number {
  const stop = inFlow ? /[,\]\r\n]/ : /[\s:]/;
  let end = offset;
  while (end < text.length && !stop.test(text[end])) end++;
  return end - offset;
}

/** The string items of a list field, as written. */
function listValues(post: Post, key: string): string[] {
  const value = post.frontMatter?.fields.get(key)?.value as { items?: Array<{ value?: unknown }> } | null | undefined;
  return (value?.items ?? []).map((item) => item?.value).filter((v): v is string => typeof v === 'string');
}

/** The front matter key or list item at `offset`, for hover: a key's name, or a list item of `tags`/`categories`. */
export function hoverTarget(post: Post, offset: number): { kind: 'key'; key: string; span: Span } | { kind: 'item'; key: string; value: string; span: Span } | undefined {
  const fm = post.frontMatter;
  if (!fm || offset < fm.contentSpan.start || offset > fm.contentSpan.end) return undefined;
  for (const field of fm.fields.values()) {
    if (offset >= field.keySpan.start && offset <= field.keySpan.end) return { kind: 'key', key: field.key, span: field.keySpan };
    const items = (field.value as { items?: Array<{ value?: unknown; range?: [number, number, number] }> } | null)?.items;
    for (const item of items ?? []) {
      if (!item?.range || typeof item.value !== 'string') continue;
      const span = { start: fm.contentSpan.start + item.range[0], end: fm.contentSpan.start + item.range[1] };
      if (offset >= span.start && offset <= span.end) return { kind: 'item', key: field.key, value: item.value, span };
    }
    if (offset >= field.valueSpan.start && offset <= field.valueSpan.end && !items) return { kind: 'key', key: field.key, span: field.valueSpan };
  }
  return undefined;
}
