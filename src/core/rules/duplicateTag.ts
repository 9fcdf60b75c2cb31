import { isScalar, isSeq, type Node } from 'yaml';
import { nodeSpan } from '../parse/frontMatter';
import type { Rule, RuleFinding, SpanEdit } from '../rule';
import type { LineIndex } from '../text/lineIndex';

export const duplicateTag: Rule = {
  id: 'duplicate-tag',
  description: 'The same tag or category appears twice (compared case-insensitively, after NFKC).',
  defaultSeverity: 'warning',
  tags: ['front-matter'],
  fixable: true,
  check({ post, profile, t }) {
    const fm = post.frontMatter;
    if (!fm) return [];
    const findings: RuleFinding[] = [];
    for (const name of profile.listFields) {
      const seq = fm.fields.get(name)?.value;
      if (!isSeq(seq)) continue;
      const items = seq.items as Node[];
      const seen = new Map<string, Node>();
      // Per written value: its comparison key and, once repeated, its texts (a list may repeat one value thousands of times).
      const byValue = new Map<string, { key: string; message?: string; title?: string }>();
      const base = fm.contentSpan.start;
      const flow = !!seq.flow;
      let repeats = 0;
      const beyond: SpanEdit[] = [];
      items.forEach((item, index) => {
        if (!isScalar(item) || typeof item.value !== 'string' || !item.range) return;
        const value = item.value;
        let known = byValue.get(value);
        if (!known) byValue.set(value, (known = { key: value.normalize('NFKC').toLowerCase().trim() }));
        const first = seen.get(known.key);
        if (!first) {
          seen.set(known.key, item);
          return;
        }
        if (++repeats > MAX_REPORTED_PER_LIST) {
          beyond.push(removeItem(post.lines, base, items, index, flow));
          return;
        }
        known.message ??= t('"{0}" is already listed in {1} as "{2}".', value, name, String((first as { value: unknown }).value));
        known.title ??= t('Remove the repeated "{0}"', value);
        findings.push({
          span: nodeSpan(fm, item),
          message: known.message,
          related: [{ span: nodeSpan(fm, first), message: t('First listed here') }],
          fix: { title: known.title, edits: [removeItem(post.lines, base, items, index, flow)] },
        });
      });
      if (beyond.length > 0) {
        const edits = mergeTouching(beyond);
        findings.push({
          span: { start: edits[0].span.start, end: edits[edits.length - 1].span.end },
          message: t('{0} more repeated items in {1}.', beyond.length, name),
          fix: { title: t('Remove the {0} other repeated items', beyond.length), edits },
        });
      }
    }
    return findings;
  },
};

/**
 * Repeats reported one by one in a list; the rest are one finding that removes them all. A list
 * repeating one tag thousands of times would otherwise flood the editor, which shows 1,000
 * problems per file at most.
 */
const MAX_REPORTED_PER_LIST = 100;

/** Removals of list items, in order, merged where they touch (the items were next to each other). */
function mergeTouching(edits: SpanEdit[]): SpanEdit[] {
  const merged: SpanEdit[] = [];
  for (const edit of edits) {
    const last = merged[merged.length - 1];
    if (last && edit.span.start <= last.span.end) last.span = { start: last.span.start, end: Math.max(last.span.end, edit.span.end) };
    else merged.push({ span: { ...edit.span }, newText: '' });
  }
  return merged;
}

/** Removes a later list item: with its preceding comma in a flow list, or as a whole `- item` line in a block list. */
function removeItem(lines: LineIndex, base: number, items: Node[], index: number, flow: boolean): SpanEdit {
  const item = items[index].range!;
  if (flow) {
    const previous = items[index - 1].range!;
    return { span: { start: base + previous[1], end: base + item[1] }, newText: '' };
  }
  const line = lines.lineAt(base + item[0]);
  return { span: { start: lines.lineStarts[line], end: lines.nextLineStart(lines.lineAt(base + item[1])) }, newText: '' };
}
