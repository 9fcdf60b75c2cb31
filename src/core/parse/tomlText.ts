import { stringify } from 'smol-toml';
import type { LineIndex } from '../text/lineIndex';
import type { FrontMatter } from './frontMatter';

/**
 * Writing into TOML front matter: a value, a key, and where a new field goes. Apart from
 * tomlFields, whose yaml nodes the schema bundle does not need.
 */

/** A value as TOML writes it inline (`"a"`, `["a", "b"]`, `{ a = 1 }`), for fixes and edits. */
export function tomlLiteral(value: unknown): string {
  return stringify({ v: value }).replace(/^v = /, '').trimEnd().replace(/^\[ (.*) \]$/, '[$1]');
}

/** A key as TOML writes it: bare when it can be, else quoted. */
export function tomlKey(name: string): string {
  return /^[A-Za-z0-9_-]+$/.test(name) ? name : JSON.stringify(name);
}

/**
 * Where a new top-level field goes in TOML front matter: before the first `[table]` header (after
 * it, the field would be the table's), else before the closing fence.
 */
export function tomlFieldsEnd(lines: LineIndex, fm: FrontMatter): number {
  const inValue = (offset: number) => [...fm.fields.values()].some((field) => field.valueSpan.start < offset && offset < field.valueSpan.end);
  for (let line = lines.lineAt(fm.contentSpan.start); line < fm.closeLine; line++) {
    // (A line of a multi-line array or string may start with `[` too.)
    if (/^[ \t]*\[/.test(lines.lineText(line)) && !inValue(lines.lineStarts[line])) return lines.lineStarts[line];
  }
  return fm.contentSpan.end;
}
