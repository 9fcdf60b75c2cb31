import { isAlias, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { FrontMatter } from '../core/parse/frontMatter';

/** Deeper than this, a value is validated as null (a front matter is never this deep; a hostile one may be). */
const MAX_DEPTH = 64;

/**
 * The front matter as the data a site generator reads, from the parsed nodes: the first of
 * duplicate keys (as the other rules use), aliases left out (never expanded: an alias bomb costs
 * nothing). Scalars keep the YAML 1.2 core types; dates stay strings, checked by format.
 */
export function jsonOf(fm: FrontMatter): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, field] of fm.fields) {
    if (isAlias(field.value)) continue;
    define(data, key, valueOf(field.value, 1));
  }
  return data;
}

function valueOf(node: Node | null | undefined, depth: number): unknown {
  if (node === null || node === undefined || depth > MAX_DEPTH) return null;
  if (isScalar(node)) return node.value;
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items as Pair<unknown, unknown>[]) {
      if (!isScalar(pair.key) || isAlias(pair.value)) continue;
      const key = String(pair.key.value);
      if (!Object.prototype.hasOwnProperty.call(out, key)) define(out, key, valueOf(pair.value as Node | null, depth + 1));
    }
    return out;
  }
  // An alias item is null: item indices must stay those of the YAML, for error ranges.
  if (isSeq(node)) return (node.items as Array<Node | null>).map((item) => valueOf(item, depth + 1));
  return null;
}

/** A plain own property, also for a key such as `__proto__`. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
