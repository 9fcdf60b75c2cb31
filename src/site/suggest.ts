import { dirnameOf } from '../fs/fileSystem';
import type { BlogIndex } from './blogIndex';
import type { PostEntry } from './postEntry';
import type { LinkStyle } from './resolve';

/** How many replacements a broken link is offered. */
const MAX_SUGGESTIONS = 3;

/**
 * The existing targets closest to a broken one, written as the link was (base URL, encoding,
 * fragment): posts of the same date first, then by edit distance. Far-off names are not offered.
 */
export function suggestTargets(index: BlogIndex, from: PostEntry, path: string, style: LinkStyle): string[] {
  const candidates = candidatesFor(index, from, style);
  const date = dateIn(path);
  const limit = Math.max(4, Math.ceil(path.length * 0.5));
  const scored: Array<{ value: string; sameDate: boolean; distance: number }> = [];
  for (const candidate of candidates) {
    const sameDate = date !== undefined && dateIn(candidate) === date;
    const distance = editDistance(path, candidate, sameDate ? Infinity : limit);
    if (sameDate || distance <= limit) scored.push({ value: candidate, sameDate, distance });
  }
  scored.sort((a, b) => Number(b.sameDate) - Number(a.sameDate) || a.distance - b.distance || a.value.localeCompare(b.value));
  return scored.slice(0, MAX_SUGGESTIONS).map((s) => write(s.value, style));
}

function candidatesFor(index: BlogIndex, from: PostEntry, style: LinkStyle): string[] {
  if (style.form === 'post-name') return [...index.postNames()];
  if (style.form === 'file') {
    const dir = dirnameOf(from.path);
    return [...index.posts()].filter((p) => p !== from).map((p) => relativePath(dir, p.path));
  }
  const out: string[] = [];
  for (const post of index.posts()) {
    if (post.permalink === undefined || post === from) continue;
    out.push(style.withBase || !index.site.baseurl ? post.permalink : post.permalink.slice(index.site.baseurl.length) || '/');
  }
  return out;
}

function write(value: string, style: LinkStyle): string {
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
