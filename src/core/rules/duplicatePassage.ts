import { introducesFreshBlock } from '../analysis/duplicates';
import { editFix, lineNumber, type Rule } from '../rule';

export const duplicatePassage: Rule = {
  id: 'duplicate-passage',
  description: 'A passage repeats text written earlier in the same post, as AI drafts do after each restart.',
  defaultSeverity: 'warning',
  tags: ['artifact'],
  fixable: true,
  check(context) {
    const { body, t } = context;
    return body.repeatedPassages.map((passage) => {
      const first = passage.originals[0];
      // A label that ends the passage and introduces new text after it stays with that text.
      let last = passage.last;
      while (last > passage.first && introducesFreshBlock(body.units, passage.originalOf, last)) last--;
      const deletions = body.deletionEdits(body.units.slice(passage.first, last + 1));
      return {
        span: passage.span,
        message: t('Repeated passage ({0} characters): this text was already written on line {1}.', passage.length, lineNumber(context, first.start)),
        related: passage.originals.slice(0, 20).map((span) => ({ span, message: t('First written here') })),
        // No fix when every sentence of the passage has to stay for the text around it to keep its shape.
        fix: editFix(t('Delete the repeated passage'), deletions),
      };
    });
  },
};
