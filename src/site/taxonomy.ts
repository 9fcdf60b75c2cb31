import { isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { stringify as stringifyToml } from 'smol-toml';
import type { Post } from '../core/post';
import type { SpanEdit } from '../core/rule';
import type { Span } from '../core/types';
import { removeItem } from '../core/rules/duplicateTag';

export type TaxonomyField = 'tags' | 'categories';

/**
 * The edits that rename (or merge) tags in one post's front matter: the first of `from` becomes
 * `to`, and any other of `from` (or all of them, if `to` is already listed) is removed. Only the
 * front matter changes, and the list keeps its style: flow or block, quoting, spacing.
 */
export function retagEdits(post: Post, field: TaxonomyField, from: ReadonlySet<string>, to: string): SpanEdit[] {
  const fm = post.frontMatter;
  if (fm?.toml) return retagToml(post, fm.toml.get(field), from, to);
  const value = fm?.fields.get(field)?.value as Node | null | undefined;
  if (!fm || !value) return [];
  const base = fm.contentSpan.start;
  if (isScalar(value) && typeof value.value === 'string' && from.has(value.value) && value.range) {
    return [{ span: { start: base + value.range[0], end: base + value.range[1] }, newText: scalarLike(value, to, false) }];
  }
  if (!isSeq(value)) return [];
  const items = value.items as Node[];
  const flow = !!value.flow;
  const plan = retagPlan(items.map((item) => (isScalar(item) ? item.value : undefined)), (index) => !!items[index].range, from, to);
  const edits = plan.flatMap((action, index): SpanEdit[] => {
    const item = items[index] as Scalar;
    if (action === 'rename') return [{ span: { start: base + item.range![0], end: base + item.range![1] }, newText: scalarLike(item, to, flow) }];
    return action === 'remove' ? [removeItem(post.lines, base, items, index, flow)] : [];
  });
  return mergeTouching(edits);
}

/**
 * What a rename does to each item of a list: the first of `from` becomes `to` (or stays, if it is
 * `to` already), any later one goes, and all of them go when `to` is listed already. One plan for
 * YAML's edits item by item and TOML's list written again.
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
function scalarLike(like: Scalar, value: string, inFlow: boolean): string {
  if (like.type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (like.type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
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

/**
 * The same for TOML front matter, where the value is a string or a list on one line (`tags =
 * ["a", "b"]`): the value is written again, by the TOML library, with the same items but the
 * renamed one. A list over several lines is left as it is (the command says which posts).
 */
function retagToml(post: Post, field: { value: unknown; valueSpan: Span } | undefined, from: ReadonlySet<string>, to: string): SpanEdit[] {
  if (!field) return [];
  const { value, valueSpan: span } = field;
  const written = post.text.slice(span.start, span.end);
  // A multi-line string (`"""…"""`) is no one-line value: its span is only its first quotes.
  if (/^(?:"""|''')/.test(post.text.slice(span.start, span.start + 3))) return [];
  if (typeof value === 'string') return from.has(value) && /^["']/.test(written) ? [{ span, newText: tomlValue(to) }] : [];
  if (!Array.isArray(value) || !/^\[.*\]$/.test(written)) return [];
  const plan = retagPlan(value, () => true, from, to);
  if (plan.every((action) => action === 'keep')) return [];
  const items = value.flatMap((item, index) => (plan[index] === 'remove' ? [] : [plan[index] === 'rename' ? to : item]));
  return [{ span, newText: tomlValue(items) }];
}

/** A value written as TOML writes it (`"a"`, `["a", "b"]`). */
function tomlValue(value: unknown): string {
  return stringifyToml({ v: value }).replace(/^v = /, '').trimEnd().replace(/^\[ (.*) \]$/, '[$1]');
}
