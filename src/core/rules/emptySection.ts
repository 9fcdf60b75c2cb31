import type { Block } from '../parse/blocks';
import type { Rule, RuleFinding } from '../rule';

export const emptySection: Rule = {
  id: 'empty-section',
  description: 'Two or more `---END---` markers in a row with nothing but blank lines between them.',
  defaultSeverity: 'warning',
  tags: ['artifact'],
  fixable: false,
  check({ post, t }) {
    // One finding per run of markers: a pipeline that retried ten times made one empty stretch, not nine.
    const findings: RuleFinding[] = [];
    let run: Block[] = [];
    const flush = () => {
      if (run.length >= 2) {
        const [first, last] = [run[0], run[run.length - 1]];
        findings.push({
          span: { start: first.span.start, end: last.span.end },
          message:
            run.length === 2
              ? t('Empty section: the model stopped twice in a row (lines {0} and {1}) without writing anything.', first.startLine + 1, last.startLine + 1)
              : t('Empty sections: the model stopped {0} times in a row (lines {1} to {2}) without writing anything.', run.length, first.startLine + 1, last.startLine + 1),
          related: [{ span: first.span, message: t('Previous marker') }],
        });
      }
      run = [];
    };
    for (const block of post.blocks) {
      if (block.kind === 'marker') run.push(block);
      else flush();
    }
    flush();
    return findings;
  },
};
