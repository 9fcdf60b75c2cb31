import { wholeLines } from '../analysis/deletion';
import type { Rule } from '../rule';
import type { LineIndex } from '../text/lineIndex';

export const endMarker: Rule = {
  id: 'end-marker',
  description: 'A `---END---` line, left where an AI model stopped generating.',
  defaultSeverity: 'error',
  tags: ['artifact'],
  fixable: true,
  check({ post, body, t }) {
    return body.markers.map((marker) => ({
      span: marker.span,
      message: t('AI generation marker "---END---": the model stopped here. Readers would see this line.'),
      fix: { title: t('Delete the ---END--- line'), edits: [{ span: markerDeletion(marker.startLine, post.lines, post.bodyOffset), newText: '' }] },
    }));
  },
};

/**
 * The marker line and the blank lines after it. On the first line, the line break stays when a
 * fence follows: deleting it would turn the lines below into front matter.
 */
function markerDeletion(line: number, lines: LineIndex, bodyOffset: number) {
  const span = wholeLines(line, line, lines, bodyOffset);
  if (span.start === 0 && /^(?:---|\+\+\+)[ \t]*(?:[\r\n]|$)/.test(lines.text.slice(span.end))) return { start: 0, end: lines.lineEnd(line) };
  return span;
}
