import { wholeLines } from '../analysis/deletion';
import type { Rule } from '../rule';

export const endMarker: Rule = {
  id: 'end-marker',
  description: 'A `---END---` line, left where an AI model stopped generating.',
  defaultSeverity: 'error',
  tags: ['artifact'],
  fixable: true,
  check({ body, t }) {
    return body.markers.map((marker) => ({
      span: marker.span,
      message: t('AI generation marker "---END---": the model stopped here. Readers would see this line.'),
      fix: { title: t('Delete the ---END--- line'), edits: [{ span: wholeLines(marker.startLine, marker.endLine, body.deletionBounds), newText: '' }] },
    }));
  },
};
