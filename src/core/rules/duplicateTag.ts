import { isScalar, isSeq, type Node } from 'yaml';
import { mergeAdjacent } from '../analysis/deletion';
import { nodeSpan } from '../parse/frontMatter';
import { deletionFix, type Rule, type RuleFinding, type SpanEdit } from '../rule';
import type { LineIndex } from '../text/lineIndex';
import type { Span } from '../types';

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
      const beyond: Span[] = [];
      items.forEach((item, index) => {
        if (!isScalar(item) || typeof item.value !== 'string' || !item.range) return;
        const value = item.value;
        let known = byValue.get(value);
        if (!known) byValue.set(value, (known = { key: value.normalize('NFKC').toLowerCase().trim() }));
        // An empty item is no tag (field-type reports it): two of them, as an archetype's `tags = ["", ""]`, are not a repeat.
        if (known.key === '') return;
        const first = seen.get(known.key);
        if (!first) {
          seen.set(known.key, item);
          return;
        }
        if (++repeats > MAX_REPORTED_PER_LIST) {
          beyond.push(removeItem(post.lines, base, items, index, flow).span);
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
        const count = beyond.length;
        // Removals of neighbouring items touch, and merge (in place) into one edit.
        const removals = mergeAdjacent(beyond);
        findings.push({
          span: { start: removals[0].start, end: removals[removals.length - 1].end },
          message: t('{0} more repeated items in {1}.', count, name),
          fix: deletionFix(t('Remove the {0} other repeated items', count), removals),
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

/**
 * Removes a list item: in a flow list with its preceding comma (the first item with the comma
 * after it), in a block list as a whole `- item` line. Taxonomy edits (rename, merge) use it too.
 */
export function removeItem(lines: LineIndex, base: number, items: Node[], index: number, flow: boolean): SpanEdit {
  const item = items[index].range!;
  if (flow && index === 0) {
    const next = items[1]?.range;
    return { span: { start: base + item[0], end: base + (next ? next[0] : item[1]) }, newText: '' };
  }
  if (flow) {
    const previous = items[index - 1].range!;
    return { span: { start: base + previous[1], end: base + item[1] }, newText: '' };
  }
  const line = lines.lineAt(base + item[0]);
  return { span: { start: lines.lineStarts[line], end: lines.nextLineStart(lines.lineAt(base + item[1])) }, newText: '' };
}
