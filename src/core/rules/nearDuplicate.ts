import { lineNumber, type Rule } from '../rule';

/** Changed parts longer than this are cut in the message. */
const SHOWN = 30;
const shown = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);

export const nearDuplicate: Rule = {
  id: 'near-duplicate',
  description: 'A sentence between two repeated passages restates an earlier one with a small change, as a restart that reworded it.',
  defaultSeverity: 'information',
  tags: ['artifact'],
  // Which wording to keep is the writer's choice: deleting either copy would lose a word.
  fixable: false,
  check(context) {
    const { body, t } = context;
    return body.nearRepeats.map((near) => {
      const unit = body.units[near.unit];
      const original = body.units[near.original];
      return {
        span: unit.span,
        message: t('Almost a repeat of line {0}, with "{1}" where it has "{2}": keep one version.', lineNumber(context, original.span.start), shown(near.changed), shown(near.originalChanged)),
        related: [{ span: original.span, message: t('The earlier version') }],
      };
    });
  },
};
