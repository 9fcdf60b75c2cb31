import type { Block } from '../parse/blocks';
import type { LineIndex } from '../text/lineIndex';
import { matchKey } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import type { Span } from '../types';

/**
 * A unit of text compared for repeats: a sentence of prose, a table row, or a whole code block.
 * Rows and code legitimately repeat, so they are "weak": they join a repeated passage but never make one alone.
 */
export interface TextUnit {
  span: Span;
  key: string;
  weak: boolean;
  /** Index of the block the unit belongs to. */
  block: number;
  /** Whether the sentence ends with terminal punctuation. */
  terminated: boolean;
  /** Units are grouped into sections separated by anything that is not a unit (markers, rules, HTML). */
  section: number;
}

const LEADING_MARKUP: Partial<Record<Block['kind'], RegExp>> = {
  heading: /^ {0,3}#{1,6}[ \t]*/,
  list: /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/,
  blockquote: /^ {0,3}>[ \t]?/,
};

export function collectUnits(text: string, lines: LineIndex, blocks: readonly Block[]): TextUnit[] {
  const units: TextUnit[] = [];
  let section = 0;
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'marker':
      case 'hr':
      case 'html':
        section++;
        return;
      case 'code':
        units.push({ span: { ...block.span }, key: matchKey(text.slice(block.span.start, block.span.end)), weak: true, block: index, terminated: true, section });
        return;
      case 'table':
        for (let line = block.startLine; line <= block.endLine; line++) {
          const span = { start: lines.lineStarts[line], end: lines.lineEnd(line) };
          units.push({ span, key: matchKey(text.slice(span.start, span.end)), weak: true, block: index, terminated: true, section });
        }
        return;
      default: {
        let start = block.span.start;
        const markup = LEADING_MARKUP[block.kind]?.exec(lines.lineText(block.startLine));
        if (markup) start += markup[0].length;
        // A setext heading's underline is markup, not text.
        const end = block.kind === 'heading' && block.endLine > block.startLine ? lines.lineEnd(block.endLine - 1) : block.span.end;
        for (const sentence of splitSentences(text, start, end)) {
          const key = matchKey(text.slice(sentence.start, sentence.end));
          if (key.length === 0) continue;
          units.push({ span: { start: sentence.start, end: sentence.end }, key, weak: false, block: index, terminated: sentence.terminated, section });
        }
      }
    }
  });
  return units;
}
