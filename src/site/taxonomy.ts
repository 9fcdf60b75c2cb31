import { isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { Post } from '../core/post';
import type { SpanEdit } from '../core/rule';
import { removeItem } from '../core/rules/duplicateTag';

export type TaxonomyField = 'tags' | 'categories';

/**
 * The edits that rename (or merge) tags in one post's front matter: the first of `from` becomes
 * `to`, and any other of `from` (or all of them, if `to` is already listed) is removed. Only the
 * front matter changes, and the list keeps its style: flow or block, quoting, spacing. TOML front
 * matter's fields have the same nodes (see tomlFields), its lists are flow lists, and its strings
 * are always quoted.
 */
export function retagEdits(post: Post, field: TaxonomyField, from: ReadonlySet<string>, to: string): SpanEdit[] {
  const fm = post.frontMatter;
  const value = fm?.fields.get(field)?.value as Node | null | undefined;
  if (!fm || !value) return [];
  const base = fm.contentSpan.start;
  const toml = fm.kind === 'toml';
  if (isScalar(value) && typeof value.value === 'string' && from.has(value.value) && value.range) {
    return [{ span: { start: base + value.range[0], end: base + value.range[1] }, newText: scalarLike(value, to, false, toml) }];
  }
  if (!isSeq(value)) return [];
  const items = value.items as Node[];
  const flow = !!value.flow;
  const plan = retagPlan(items.map((item) => (isScalar(item) ? item.value : undefined)), (index) => !!items[index].range, from, to);
  const edits = plan.flatMap((action, index): SpanEdit[] => {
    const item = items[index] as Scalar;
    if (action === 'rename') return [{ span: { start: base + item.range![0], end: base + item.range![1] }, newText: scalarLike(item, to, flow, toml) }];
    return action === 'remove' ? [removeItem(post.lines, base, items, index, flow)] : [];
  });
  return mergeTouching(edits);
}

/**
 * What a rename does to each item of a list: the first of `from` becomes `to` (or stays, if it is
 * `to` already), any later one goes, and all of them go when `to` is listed already. One plan for
 * a list's edits, item by item.
 */
function retagPlan(values: readonly unknown[], renameable: (index: number) => boolean, from: ReadonlySet<string>, to: string): Array<'keep' | 'rename' | 'remove'> {
  let kept = values.some((value) => value === to && !from.has(to));
  return values.map((value, index) => {
    if (typeof value !== 'string' || !from.has(value) || !renameable(index)) return 'keep';
    if (kept) return 'remove';
    kept = true;
    return value === to ? 'keep' : 'rename';
  });
}

/** Removals of neighbouring items touch; one edit each would overlap. */
function mergeTouching(edits: SpanEdit[]): SpanEdit[] {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  const out: SpanEdit[] = [];
  for (const edit of sorted) {
    const last = out[out.length - 1];
    if (last && edit.span.start < last.span.end) {
      last.span = { start: last.span.start, end: Math.max(last.span.end, edit.span.end) };
      last.newText += edit.newText;
    } else out.push({ span: { ...edit.span }, newText: edit.newText });
  }
  return out;
}

/** `value` written as `like` was: in the same quotes, or plain when YAML reads it back unchanged. */
function scalarLike(like: Scalar, value: string, inFlow: boolean, toml: boolean): string {
  // (A TOML literal string cannot hold a `'`, nor escape one.)
  if (like.type === 'QUOTE_DOUBLE' || (toml && like.type === 'QUOTE_SINGLE' && value.includes("'"))) return JSON.stringify(value);
  if (like.type === 'QUOTE_SINGLE') return toml ? `'${value}'` : `'${value.replace(/'/g, "''")}'`;
  if (toml) return JSON.stringify(value);
  return yamlScalar(value, inFlow);
}

/** A plain scalar where YAML reads it back as the same string; double-quoted otherwise. */
export function yamlScalar(value: string, inFlow: boolean): string {
  const needsQuotes =
    value === '' ||
    /^[\s\-?:,[\]{}#&*!|>'"%@`]|[:#]\s|:$|\s$|^(?:true|false|null|yes|no|on|off|~|[-+]?\d[\d_.eE+-]*)$/i.test(value) ||
    (inFlow && /[,[\]{}]/.test(value));
  return needsQuotes ? JSON.stringify(value) : value;
}


