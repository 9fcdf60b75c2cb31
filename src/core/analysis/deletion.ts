import type { Block } from '../parse/blocks';
import type { LineIndex } from '../text/lineIndex';
import type { Span } from '../types';
import type { TextUnit } from './units';

/**
 * Text spans that delete the given units (in document order) and nothing else. A block whose text
 * is deleted whole loses its lines and the blank lines after it; a partly deleted block keeps its
 * other sentences and loses only the space that separated the deleted ones.
 */
/** Where deletions may reach, for one post. */
export interface DeletionBounds {
  lines: LineIndex;
  /** Deletions never reach before the body: the front matter is not the body's to change. */
  bodyOffset: number;
  /**
   * In a post without front matter whose first content line is a `---`/`+++` fence: that line's
   * offset. Deleting everything above it would make the lines below front matter, so deletions
   * there keep their line breaks. -1 otherwise.
   */
  leadingFence: number;
}

export function deletionBounds(lines: LineIndex, bodyOffset: number, blocks: readonly Block[], hasFrontMatter: boolean): DeletionBounds {
  const content = blocks.find((b) => b.kind !== 'marker');
  const fence = !hasFrontMatter && content && /^(?:---|\+\+\+)[ \t]*$/.test(lines.lineText(content.startLine));
  return { lines, bodyOffset, leadingFence: fence ? content.span.start : -1 };
}

export function unitDeletionSpans(unitsInBlock: ReadonlyMap<number, number>, selected: readonly TextUnit[], blocks: readonly Block[], bounds: DeletionBounds): Span[] {
  const { lines } = bounds;
  const chosenInBlock = countUnitsPerBlock(selected);
  const spans: Span[] = [];
  let wholeBlock = -1;
  for (const unit of selected) {
    const block = blocks[unit.block];
    const whole = block.kind === 'code' || (block.kind !== 'table' && chosenInBlock.get(unit.block) === unitsInBlock.get(unit.block));
    if (whole) {
      if (unit.block !== wholeBlock) spans.push(wholeLines(block.startLine, block.endLine, bounds));
      wholeBlock = unit.block;
    } else if (block.kind === 'table') {
      const line = lines.lineAt(unit.span.start);
      spans.push({ start: lines.lineStarts[line], end: lines.nextLineStart(line) });
    } else {
      spans.push(sentenceSpan(unit.span, lines.text, block.span));
    }
  }
  // Units come in document order, so the spans are usually sorted already.
  if (!spans.every((span, i) => i === 0 || spans[i - 1].start <= span.start)) spans.sort((a, b) => a.start - b.start);
  const merged = mergeAdjacent(spans);
  if (merged.length > 0) merged[merged.length - 1] = untilEnd(merged[merged.length - 1], lines.text, bounds.bodyOffset);
  return mergeAdjacent(merged);
}

export function countUnitsPerBlock(units: readonly TextUnit[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const unit of units) counts.set(unit.block, (counts.get(unit.block) ?? 0) + 1);
  return counts;
}

/** Lines `first..last` with their line break, and the blank lines that follow them. */
export function wholeLines(first: number, last: number, bounds: DeletionBounds): Span {
  const { lines } = bounds;
  if (bounds.leadingFence >= 0 && lines.lineStarts[first] < bounds.leadingFence) return { start: lines.lineStarts[first], end: lines.lineEnd(last) };
  let next = last + 1;
  while (next < lines.lineCount && lines.lineText(next).trim() === '') next++;
  const end = next < lines.lineCount ? lines.lineStarts[next] : lines.text.length;
  return untilEnd({ start: lines.lineStarts[first], end }, lines.text, bounds.bodyOffset);
}

/**
 * A deletion that reaches the end of the text also takes the blank lines before it, but keeps the
 * line break that ends the last remaining line when the text had a final line break.
 */
function untilEnd(span: Span, text: string, floor: number): Span {
  if (span.end !== text.length) return span;
  let start = span.start;
  while (start > floor && /\s/.test(text[start - 1])) start--;
  const lineBreak = /^(?:\r\n|\n|\r)/.exec(text.slice(start, start + 2))?.[0] ?? '';
  const keepBreak = start > floor && isLineBreak(text.charCodeAt(text.length - 1)) ? lineBreak.length : 0;
  return { start: Math.min(start + keepBreak, span.start), end: span.end };
}

/** A sentence with the horizontal space after it, or before it when it ends its block. */
function sentenceSpan(span: Span, text: string, block: Span): Span {
  let end = span.end;
  while (end < block.end && isHorizontalSpace(text.charCodeAt(end))) end++;
  if (end < block.end) return { start: span.start, end };
  let start = span.start;
  while (start > block.start && (isHorizontalSpace(text.charCodeAt(start - 1)) || isLineBreak(text.charCodeAt(start - 1)))) start--;
  return { start, end: span.end };
}

const isHorizontalSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;
const isLineBreak = (c: number) => c === 0x0a || c === 0x0d;

/** Merges overlapping or touching spans of a sorted list, in place: the spans are this module's own. */
function mergeAdjacent(spans: Span[]): Span[] {
  let kept = 0;
  for (const span of spans) {
    const last = kept > 0 ? spans[kept - 1] : undefined;
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else spans[kept++] = span;
  }
  spans.length = kept;
  return spans;
}
