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
      items.forEach((item, index) => {
        if (!isScalar(item) || typeof item.value !== 'string' || !item.range) return;
        const key = item.value.normalize('NFKC').toLowerCase().trim();
        const first = seen.get(key);
        if (!first) {
          seen.set(key, item);
          return;
        }
        findings.push({
          span: nodeSpan(fm, item),
          message: t('"{0}" is already listed in {1} as "{2}".', item.value, name, String((first as { value: unknown }).value)),
          related: [{ span: nodeSpan(fm, first), message: t('First listed here') }],
          fix: { title: t('Remove the repeated "{0}"', item.value), edits: [removeItem(post.lines, fm.contentSpan.start, items, index, !!seq.flow)] },
        });
      });
    }
    return findings;
  },
};

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
