import type { Rule, RuleFinding } from '../rule';

export const emptySection: Rule = {
  id: 'empty-section',
  description: 'Two `---END---` markers with nothing but blank lines between them.',
  defaultSeverity: 'warning',
  tags: ['artifact'],
  fixable: false,
  check({ post, t }) {
    const findings: RuleFinding[] = [];
    post.blocks.forEach((block, i) => {
      const previous = post.blocks[i - 1];
      if (block.kind !== 'marker' || previous?.kind !== 'marker') return;
      findings.push({
        span: { start: previous.span.start, end: block.span.end },
        message: t('Empty section: the model stopped twice in a row (lines {0} and {1}) without writing anything.', previous.startLine + 1, block.startLine + 1),
        related: [{ span: previous.span, message: t('Previous marker') }],
      });
    });
    return findings;
  },
};
