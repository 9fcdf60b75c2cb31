import { editFix, lineNumber, type Rule } from '../rule';

export const truncatedText: Rule = {
  id: 'truncated-text',
  description: 'Prose that stops mid-sentence: before a `---END---` marker, at the end of the post, or where a later sentence starts over.',
  defaultSeverity: 'warning',
  tags: ['artifact'],
  fixable: true,
  check(context) {
    const { body, t } = context;
    return body.truncatedFragments.map((fragment) => {
      const unit = body.units[fragment.unit];
      const restated = fragment.restatedAt;
      const message =
        fragment.cause === 'before-marker'
          ? t('Text stops mid-sentence before an ---END--- marker.')
          : fragment.cause === 'end-of-body'
            ? t('The post ends mid-sentence.')
            : fragment.cause === 'restarted'
              ? t('Unfinished sentence: it starts over on line {0}.', lineNumber(context, restated!.start))
              : t('Unfinished copy of a sentence.');
      const restatedNote = restated && fragment.cause !== 'restarted' ? ' ' + t('The full sentence is on line {0}.', lineNumber(context, restated.start)) : '';
      return {
        span: unit.span,
        message: message + restatedNote,
        related: restated ? [{ span: restated, message: t('The complete sentence') }] : [],
        // Deleting is safe only when the words survive elsewhere; otherwise the writer must finish the sentence.
        fix: restated ? editFix(t('Delete the unfinished sentence (it is restated on line {0})', lineNumber(context, restated.start)), body.deletionEdits([unit])) : undefined,
      };
    });
  },
};
