import { dirnameOf, joinPath } from '../fs/fileSystem';
import type { BlogIndex } from './blogIndex';
import type { PostEntry } from './postEntry';
import { contentFolder, type LinkStyle } from './resolve';

/** How many replacements a broken link is offered. */
const MAX_SUGGESTIONS = 3;

/**
 * The existing targets closest to a broken one, written as the link was (base URL, encoding,
 * fragment): first a post whose file has the link's last name (its URL changed with a `slug`),
 * then posts of the same date, then names that contain the link's, then by edit distance. Far-off names are not offered.
 */
export function suggestTargets(index: BlogIndex, from: PostEntry, path: string, style: LinkStyle): string[] {
  const date = dateIn(path);
  const name = lastName(path);
  const limit = Math.max(4, Math.ceil(path.length * 0.5));
  const scored: Array<{ value: string; tier: number; self: boolean; distance: number }> = [];
  for (const { value, entry } of candidatesFor(index, from, style)) {
    const own = entry ? fileName(entry.rel) : lastName(value);
    const tier = name && own === name ? 3 : date !== undefined && dateIn(value) === date ? 2 : name.length >= 3 && own.includes(name) ? 1 : 0;
    const distance = editDistance(path, value, tier > 0 ? Infinity : limit);
    if (tier > 0 || distance <= limit) scored.push({ value, tier, self: entry === from, distance });
  }
  // A post linking to itself is possible, but rarely what a broken link meant.
  scored.sort((a, b) => b.tier - a.tier || Number(a.self) - Number(b.self) || a.distance - b.distance || a.value.localeCompare(b.value));
  return scored.slice(0, MAX_SUGGESTIONS).map((s) => write(s.value, style));
}

function candidatesFor(index: BlogIndex, from: PostEntry, style: LinkStyle): Array<{ value: string; entry?: PostEntry }> {
  if (style.form === 'post-name') return [...index.postNames()].map((value) => ({ value }));
  if (style.form === 'file') {
    const dir = dirnameOf(from.path);
    return [...index.posts()].map((entry) => ({ value: relativePath(dir, entry.path), entry }));
  }
  if (style.form === 'content') {
    const content = joinPath(index.site.root, contentFolder(index.site));
    return [...index.posts()].filter((entry) => entry.path.startsWith(`${content}/`)).map((entry) => ({ value: `@/${entry.path.slice(content.length + 1)}`, entry }));
  }
  const out: Array<{ value: string; entry?: PostEntry }> = [];
  for (const entry of index.posts()) {
    if (entry.permalink === undefined) continue;
    out.push({ value: style.withBase || !index.site.baseurl ? entry.permalink : entry.permalink.slice(index.site.baseurl.length) || '/', entry });
  }
  return out;
}

/** The last name of a URL or file path, without extension or date prefix: `/2024/01/02/a-b/` → `a-b`. */
function lastName(path: string): string {
  const segments = path.replace(/\/(?:index)?(?:\.[a-z]+)?$/i, '').split('/');
  return (segments.pop() ?? '').replace(/\.[a-z]+$/i, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
}

/** A post's name from its file: the folder for `index.md` bundles. */
function fileName(rel: string): string {
  return lastName(rel.replace(/\/_?index\.(?:md|markdown|mdx)$/, ''));
}

function write(value: string, style: LinkStyle): string {
  if (style.form === 'post-name') return value + style.suffix;
  if (style.form !== 'url') return value;
  const path = style.encoded ? encodeURI(value) : value;
  return `${style.prefix}${path}${style.suffix}`;
}

/** `/2024/01/02/` or `2024-01-02` in a path. */
function dateIn(path: string): string | undefined {
  const m = /(\d{4})[/-](\d{2})[/-](\d{2})/.exec(path);
  return m ? `${m[1]}${m[2]}${m[3]}` : undefined;
}

/** `a/b` relative to folder `dir`, with `../` as needed. */
export function relativePath(dir: string, path: string): string {
  const from = dir.split('/').filter(Boolean);
  const to = path.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  return [...(up === 0 ? [] : Array(up).fill('..')), ...to.slice(common)].join('/') || '.';
}

/** Levenshtein distance over code points; gives up (returns limit + 1) once every path exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[y.length];
}
