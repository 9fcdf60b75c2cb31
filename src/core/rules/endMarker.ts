import { markerRemoval, wholeLines } from '../analysis/deletion';
import type { Rule } from '../rule';
import type { Block } from '../parse/blocks';
import type { LineIndex } from '../text/lineIndex';

export const endMarker: Rule = {
  id: 'end-marker',
  description: 'A `---END---` line, left where an AI model stopped generating.',
  defaultSeverity: 'error',
  tags: ['artifact'],
  fixable: true,
  check({ post, body, t, mdx }) {
    const { blocks, lines } = post;
    const findings = [];
    for (let index = 0; index < blocks.length; index++) {
      const marker = blocks[index];
      if (marker.kind !== 'marker') continue;
      // Where the line is all that keeps a list from taking in the indented text below, an empty
      // comment takes its place (MDX's own, in MDX): it ends the list as the line did, and readers
      // see nothing. Where neither would keep what readers see, the line is the writer's to move.
      const removal = markerRemoval(blocks, index, lines);
      const fix =
        removal === 'comment'
          ? { title: t('Replace the ---END--- line with an empty comment, which keeps the list above apart from the indented text below'), edits: [{ span: { start: lines.lineStarts[marker.startLine], end: lines.lineEnd(marker.endLine) }, newText: mdx ? '{/* */}' : '<!-- -->' }] }
          : removal === 'delete' || removal === 'join'
            ? { title: t('Delete the ---END--- line'), edits: [{ span: removal === 'join' ? joinedLines(marker, lines) : wholeLines(marker.startLine, marker.endLine, body.deletionBounds), newText: '' }] }
            : undefined;
      findings.push({ span: marker.span, message: t('AI generation marker "---END---": the model stopped here. Readers would see this line.'), ...(fix ? { fix } : {}) });
    }
    return findings;
  },
};

/** The marker's lines with their line breaks, so that the lines above and below it meet. */
function joinedLines(marker: Block, lines: LineIndex) {
  return { start: lines.lineStarts[marker.startLine], end: lines.nextLineStart(marker.endLine) };
}
