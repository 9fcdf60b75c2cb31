import { END_MARKER, isBlankLine, isTableStart, opensListItem, opensNonParagraph, SETEXT_UNDERLINE, TAG_ALONE, type Block } from '../parse/blocks';
import { inlineElements } from '../text/inline';
import { lineBreakOf, type LineIndex } from '../text/lineIndex';
import type { Span } from '../types';
import type { SpanEdit } from '../rule';
import type { TextUnit } from './units';

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
  /**
   * Lines of the post's headings, list items and quotes, as written (indentation aside): text that
   * a re-flow ran into a line goes back to being one of these only where the post has it so.
   */
  structureLines(): ReadonlySet<string>;
}

export function deletionBounds(lines: LineIndex, bodyOffset: number, blocks: readonly Block[], hasFrontMatter: boolean): DeletionBounds {
  const content = blocks.find((b) => b.kind !== 'marker');
  const fence = !hasFrontMatter && content && /^(?:---|\+\+\+)[ \t]*$/.test(lines.lineText(content.startLine));
  let structure: Set<string> | undefined;
  const structureLines = () => {
    if (!structure) {
      structure = new Set();
      for (const block of blocks) {
        if (block.kind !== 'heading' && block.kind !== 'list' && block.kind !== 'blockquote') continue;
        for (let line = block.startLine; line <= block.endLine; line++) structure.add(lines.lineText(line).trim());
      }
    }
    return structure;
  };
  return { lines, bodyOffset, leadingFence: fence ? content.span.start : -1, structureLines };
}

/**
 * Text spans that delete the given units (in document order) and nothing else. A block whose text
 * is deleted whole loses its lines and the blank lines after it; a partly deleted block keeps its
 * other sentences and loses only the space that separated the deleted ones (see `sentenceSpan`).
 */
export function unitDeletionSpans(
  unitsInBlock: ReadonlyMap<number, number>,
  selected: readonly TextUnit[],
  blocks: readonly Block[],
  bounds: DeletionBounds,
  unitAfter: (unit: TextUnit) => TextUnit | undefined = () => undefined,
  /** Whether other fixes delete a block whole, maybe in the same pass of fix-all (asked only where it matters). */
  othersDelete: (index: number) => boolean = () => false,
): { spans: Span[]; breaks: SpanEdit[] } {
  const { lines } = bounds;
  const text = lines.text;
  const breaks: SpanEdit[] = [];
  const chosenInBlock = countUnitsPerBlock(selected);
  const spans: Span[] = [];
  let wholeBlock = -1;
  /** Blocks deleted whole, here or by other fixes: a run of them between a list and indented text must leave one. */
  const deletedHere = new Set<number>();
  const deletedWhole = (index: number) => deletedHere.has(index) || othersDelete(index);
  const goesWhole = (index: number) => chosenInBlock.get(index) === unitsInBlock.get(index) || othersDelete(index);
  /**
   * Whether indented lines follow a block, which a list item ending it would take in: right after
   * it, or after blocks that fixes delete whole (another fix in the same pass of fix-all can take
   * the paragraph that keeps them apart).
   */
  const indentedAfter = (index: number) => {
    if (indentedRightAfter(blocks[index], lines)) return true;
    let after = index + 1;
    while (after < blocks.length && deletedWhole(after)) after++;
    return after > index + 1 && after < blocks.length && itemIndented(lines, blocks[after].startLine);
  };
  /** Sentences of one block deleted back to back: one deletion, whose shape is decided when it ends. */
  let run: SentenceRun | undefined;
  /** How far a block's lines are deleted whole from its first line on: the line after them is its first now. */
  let deletedHead: { block: Block; end: number } | undefined;
  const endRun = () => {
    if (run) {
      const lineStart = lines.lineStarts[run.line];
      const opensBlock = run.line === run.block.startLine || (deletedHead?.block === run.block && deletedHead.end >= lineStart);
      // Whether the line break before the run's line is still there (no earlier deletion took it).
      const breakBeforeKept = () => {
        const lineBreak = lines.lineEnd(run!.line - 1);
        return !spans.some((span) => span.start <= lineBreak && lineBreak < span.end);
      };
      const deletion = keepsEmphasis(keepsTables(runDeletion(run, lines, unitAfter, bounds.structureLines, opensBlock, breakBeforeKept, indentedAfter), lines), text, run.block);
      spans.push(...deletion.spans);
      if (deletion.restored) breaks.push(...deletion.restored);
      const whole = deletion.spans.length === 1 && deletion.spans[0].start === lineStart && isLineStart(deletion.spans[0].end, lines);
      if (opensBlock && whole) deletedHead = { block: run.block, end: deletion.spans[0].end };
    }
    run = undefined;
  };
  for (const unit of selected) {
    const block = blocks[unit.block];
    const allChosen = chosenInBlock.get(unit.block) === unitsInBlock.get(unit.block);
    if (block.kind === 'code' || allChosen) {
      endRun();
      // Decided at the block's first unit (a block's units come together).
      if (unit.block !== wholeBlock) {
        // A block between a list and indented code keeps them apart: without it the list item would
        // take the code in (see lastBetweenListAndTakenIn).
        const keep = keptWhole(blocks, unit.block, lines) || (keepsApart(block, lines) && lastBetweenListAndTakenIn(blocks, unit.block, lines, deletedWhole, goesWhole));
        if (!keep) {
          spans.push(wholeLines(block.startLine, block.endLine, bounds));
          deletedHere.add(unit.block);
        }
      }
      wholeBlock = unit.block;
    } else if (block.kind === 'table') {
      // A table goes whole or stays whole: some of its rows repeating is not a repeated table, and
      // without its header or delimiter row the rest would no longer be one.
      endRun();
    } else {
      const span = sentenceSpan(unit.span, lines, block);
      if (run && run.block === block && span.start <= run.end) {
        run.end = Math.max(run.end, span.end);
        run.last = unit;
      } else {
        endRun();
        // A heading line that goes on with sentences (a re-flow): a run from its text's start takes
        // the `#`s too, so that the text kept after the run is no longer a heading.
        const start = block.kind === 'heading' && lines.lineAt(span.start) === block.startLine && /^[ \t]*#{1,6}[ \t]*$/.test(text.slice(block.span.start, span.start)) && !underlinedNext(block, lines) ? block.span.start : span.start;
        run = { start, end: span.end, block, line: lines.lineAt(start), startsLine: startsItsLine(start, lines), last: unit };
      }
    }
  }
  endRun();
  // Units come in document order, so the spans are usually sorted already.
  if (!spans.every((span, i) => i === 0 || spans[i - 1].start <= span.start)) spans.sort((a, b) => a.start - b.start);
  const merged = mergeAdjacent(spans);
  if (merged.length > 0) merged[merged.length - 1] = untilEnd(merged[merged.length - 1], lines.text, bounds.bodyOffset);
  return { spans: keepImagesOut(mergeAdjacent(merged), text, breaks), breaks };
}

/**
 * A deletion between a `!` and a `[` would make the link after it an image (`park![link](…)`):
 * one space of the deleted text stays, or, where it holds none at either end, takes its place.
 */
function keepImagesOut(spans: Span[], text: string, breaks: SpanEdit[]): Span[] {
  const joinsImage = (span: Span) => text.charCodeAt(span.start - 1) === 0x21 /* ! */ && text.charCodeAt(span.end) === 0x5b; /* [ */
  // Almost never the case: then the spans as they are, without a new array.
  if (!spans.some(joinsImage)) return spans;
  return spans.flatMap((span) => {
    if (!joinsImage(span)) return [span];
    if (span.end - span.start > 1 && isHorizontalSpace(text.charCodeAt(span.end - 1))) return [{ start: span.start, end: span.end - 1 }];
    if (span.end - span.start > 1 && isHorizontalSpace(text.charCodeAt(span.start))) return [{ start: span.start + 1, end: span.end }];
    breaks.push({ span, newText: ' ' });
    return [];
  });
}

interface SentenceRun {
  start: number;
  end: number;
  block: Block;
  /** The line the run starts on, and whether only indentation comes before it there. */
  line: number;
  startsLine: boolean;
  /** The run's last unit. */
  last: TextUnit;
}

/**
 * The deletion for a run of sentences, keeping the shape of what stays: whole lines go with their
 * line break (no blank line is left to split the block); a run from the start of a line up to
 * text like `# of users` or `- item` would make that text a heading or a list, so the line is
 * joined to the one before. On the block's first line there is none, and where the line after the
 * run would open the block as code, a list or a heading, the run is kept: a repeat left in place
 * loses nothing, prose made a heading would. Markup that a re-flow ran into the line (a heading, a
 * bold label, a labelled list item) is the exception: it goes back to being what it was (see
 * `restoredHeading`). Right after a list item's or quote's marker, the text kept opens the item,
 * so it must be prose, and an item is never emptied. Within a line, what stays must not open a
 * block the line did not (`` ``` a `b` `` without its backtick is a fence).
 */
function runDeletion(
  run: SentenceRun,
  lines: LineIndex,
  unitAfter: (unit: TextUnit) => TextUnit | undefined,
  structureLines: () => ReadonlySet<string>,
  opensBlock: boolean,
  breakBeforeKept: () => boolean,
  indentedAfter: (block: number) => boolean,
): { spans: Span[]; restored?: SpanEdit[] } {
  const { start, end, block, line } = run;
  const text = lines.text;
  // Within a line, what stays of it must read as it did.
  // (Its first 200 characters, as elsewhere here: a re-flowed line can be several KB.)
  const opensAnew = () => {
    if (run.startsLine) return false;
    const first = lines.lineStarts[line];
    const head = text.slice(first, Math.min(start, first + 200));
    const edited = head.length < 200 ? head + text.slice(end, Math.min(lines.lineEnd(lines.lineAt(end)), end + 200 - head.length)) : head;
    return opensNonParagraph(edited) && !opensNonParagraph(text.slice(first, Math.min(lines.lineEnd(line), first + 200)));
  };
  if (end >= block.span.end) {
    // A list's last line going whole: indented lines after the list can be more of its item (to
    // Markdown, after blank lines too), and without it they would be the item above's, or code.
    if (block.kind === 'list' && lines.lineAt(start) < lines.lineAt(end) && indentedAfter(run.last.block)) return { spans: [] };
    return { spans: opensAnew() ? [] : [{ start, end }] };
  }
  if (!run.startsLine) {
    // Right after a list item's or a quote's marker, what stays opens the item: it must be prose.
    const afterMarker = (block.kind === 'list' || block.kind === 'blockquote') && CONTAINER_MARKER.test(text.slice(lines.lineStarts[line], start));
    if (afterMarker) {
      // All of the item's first line: an empty item would be left, with its other lines hanging.
      if (isLineBreak(text.charCodeAt(end))) return { spans: [] };
      if (opensNonParagraph(text.slice(end, Math.min(lines.lineEnd(lines.lineAt(end)), end + 200)))) return { spans: [] };
    }
    return { spans: opensAnew() ? [] : [{ start, end }] };
  }
  if (isLineBreak(text.charCodeAt(end))) {
    const next = lines.lineAt(end) + 1;
    // The run's line opens the block (it is the first, or those above it go too): so would the next.
    if (opensBlock && next <= block.endLine && wouldStartBlock(lines.lineText(next))) return { spans: [] };
    return { spans: [{ start: lines.lineStarts[line], end: lines.nextLineStart(next - 1) }] };
  }
  // A heading put back on a line of its own ends its block there: the block's next line then opens
  // one, so it must be prose (an indented line would be code).
  const nextOpensBlock = (at: number) => at < block.endLine && wouldStartBlock(lines.lineText(at + 1));
  // What stays of a heading's line can be made a paragraph (its `#`s go, or a heading put back
  // leaves the text after it): an indented line right under it, code after a heading, would then
  // be more of that paragraph.
  const paragraphTakesCode = () => block.kind === 'heading' && codeRightUnder(block, lines);
  const restored = restoredHeading(run, lines, unitAfter);
  if (restored) {
    if (restored.lineBreak && paragraphTakesCode()) return { spans: [] };
    if (!restored.lineBreak && (nextOpensBlock(lines.lineAt(restored.heading.span.start)) || elementOverLineEnd(block, line, lines))) return { spans: [] };
    return { spans: [{ start, end: restored.heading.span.start }], restored: restored.lineBreak && [restored.lineBreak] };
  }
  // What stays on the line after the run is what the line will open with: prose, or a heading, list
  // item or quote that the post has as such elsewhere, which a re-flow ran into this line after a
  // space (`。- **a**`, with none, was written so).
  const rest = text.slice(end, lines.lineEnd(lines.lineAt(end)));
  if (!opensNonParagraph(rest.slice(0, 200))) {
    if (start === block.span.start && paragraphTakesCode()) return { spans: [] };
    return { spans: [{ start, end }], restored: apartFromNeighbours(run, lines, breakBeforeKept) };
  }
  const kept = rest.trimStart();
  const spaced = rest.length > kept.length || isHorizontalSpace(text.charCodeAt(end - 1));
  // (A list item put back takes in the indented lines after its block, which were code.)
  const takesInBelow = () => opensListItem(kept) && indentedAfter(run.last.block);
  if (spaced && (structureLines().has(kept.trim()) || LABELLED_ITEM.test(kept)) && !(kept.startsWith('#') && nextOpensBlock(lines.lineAt(end))) && !takesInBelow() && !elementOverLineEnd(block, line, lines)) {
    return { spans: [{ start, end: end + rest.length - kept.length }] };
  }
  // Joined to the line before, unless the break before this line goes anyway (the line before is
  // deleted): then the text would open a block all the same.
  return { spans: line > block.startLine && breakBeforeKept() ? [{ start: lines.lineEnd(line - 1), end }] : [] };
}

/**
 * A re-flow runs headings and bold labels into the text after them (`… ### 見出し 本文…`). When
 * the text a deletion keeps opens with one, it goes back on a line of its own, and the text after
 * it becomes the paragraph under it: the space between them becomes a blank line.
 */
function restoredHeading(run: SentenceRun, lines: LineIndex, unitAfter: (unit: TextUnit) => TextUnit | undefined): { heading: TextUnit; lineBreak?: SpanEdit } | undefined {
  const heading = unitAfter(run.last);
  if (!heading || !(heading.flattenedHeading || heading.label) || heading.block !== run.last.block) return undefined;
  const text = lines.text;
  if (!isHorizontalSpaceOnly(text, run.end, heading.span.start)) return undefined;
  const body = unitAfter(heading);
  // A heading that ends its line needs no line break: only the run goes.
  const endsLine = isHorizontalSpaceOnly(text, heading.span.end, lines.lineEnd(lines.lineAt(heading.span.start)));
  if (lines.lineAt(heading.span.end) !== lines.lineAt(heading.span.start) || endsLine) {
    // (Not a sentence that ends like one: `# 見出しではない。` is prose that starts with `#`.)
    const ending = text.charCodeAt(heading.span.end - 1);
    const sentence = ending === 0x3002 || ending === 0xff01 || ending === 0xff1f;
    return heading.flattenedHeading && !sentence && endsLine ? { heading } : undefined;
  }
  // A heading that could not be told from the sentence it ran into stays in it.
  if (!body || body.block !== heading.block || heading.terminated) return undefined;
  // Only spaces between the heading and its text.
  if (!isHorizontalSpaceOnly(text, heading.span.end, body.span.start) || body.span.start === heading.span.end) return undefined;
  // The text opens a paragraph of its own under the heading: it must read as one (`2. ` would open a list).
  if (opensNonParagraph(text.slice(body.span.start, Math.min(lines.lineEnd(lines.lineAt(body.span.start)), body.span.start + 200)))) return undefined;
  return { heading, lineBreak: { span: { start: heading.span.end, end: body.span.start }, newText: lineBreakOf(text).repeat(2) } };
}

/**
 * Whether an inline element of the block (a code span, emphasis, a link) runs on past the end of
 * this line. A heading or item put back on the line ends the paragraph there, and would cut it.
 */
function elementOverLineEnd(block: Block, line: number, lines: LineIndex): boolean {
  const lineEnd = lines.lineEnd(line);
  if (lineEnd >= block.span.end) return false;
  const part = lines.text.slice(block.span.start, block.span.end);
  const end = lineEnd - block.span.start;
  return inlineElements(part, 0, part.length).some((element) => element.start < end && element.end > end);
}

/**
 * A run that takes an ATX heading's `#`s leaves the rest of its line as paragraph text: it would
 * run into text on the line above (a paragraph, an item or a quote would take it in as a lazy
 * line), and text on the next line into it, and pair emphasis and backticks across them. Blank
 * lines keep them the blocks they were. (Above only while the line break there stays.)
 */
function apartFromNeighbours(run: SentenceRun, lines: LineIndex, breakBeforeKept: () => boolean): SpanEdit[] | undefined {
  const { block, line } = run;
  if (block.kind !== 'heading' || block.endLine !== block.startLine) return undefined;
  const lineBreak = lineBreakOf(lines.text);
  const edits: SpanEdit[] = [];
  if (line > 0 && run.startsLine && !isBlankLine(lines.lineText(line - 1)) && breakBeforeKept()) {
    const above = lines.lineEnd(line - 1);
    edits.push({ span: { start: above, end: above }, newText: lineBreak });
  }
  if (line + 1 < lines.lineCount && !isBlankLine(lines.lineText(line + 1))) {
    const lineEnd = lines.lineEnd(line);
    edits.push({ span: { start: lineEnd, end: lineEnd }, newText: lineBreak });
  }
  return edits.length > 0 ? edits : undefined;
}

function isHorizontalSpaceOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHorizontalSpace(text.charCodeAt(i))) return false;
  return true;
}


export function countUnitsPerBlock(units: readonly TextUnit[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const unit of units) counts.set(unit.block, (counts.get(unit.block) ?? 0) + 1);
  return counts;
}

/** Lines `first..last` with their line break, and the blank lines that follow them; one blank line stays when there is text right above and below. */
export function wholeLines(first: number, last: number, bounds: DeletionBounds): Span {
  const { lines } = bounds;
  if (bounds.leadingFence >= 0 && lines.lineStarts[first] < bounds.leadingFence) return { start: lines.lineStarts[first], end: lines.lineEnd(last) };
  let next = last + 1;
  // Blank as Markdown reads it: spaces and tabs only (a line of U+3000 is a paragraph).
  while (next < lines.lineCount && isBlankLine(lines.lineText(next))) next++;
  // Text right above and text below: one blank line stays between them, or they would run together
  // (a list item or quote would take in the paragraph below). With no blank line to keep, the
  // deleted lines leave one: a marker between two paragraphs separated them.
  const above = lines.lineStarts[first] > bounds.bodyOffset ? lines.lineText(first - 1) : '';
  // A marker above is text that goes too.
  const textAbove = !isBlankLine(above) && !END_MARKER.test(above);
  if (textAbove && next < lines.lineCount) {
    return { start: lines.lineStarts[first], end: next > last + 1 ? lines.lineStarts[next - 1] : lines.lineEnd(last) };
  }
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
  // Blank lines only: spaces, tabs and line breaks. (`\s` would also take U+FEFF or U+3000, which
  // can be all that stops a line like `---` from reading as a front matter fence.)
  while (start > floor && isBlankLineCharacter(text.charCodeAt(start - 1))) start--;
  const lineBreak = /^(?:\r\n|\n|\r)/.exec(text.slice(start, start + 2))?.[0] ?? '';
  const keepBreak = start > floor && isLineBreak(text.charCodeAt(text.length - 1)) ? lineBreak.length : 0;
  return { start: Math.min(start + keepBreak, span.start), end: span.end };
}

/**
 * The span that deletes one sentence of a partly deleted block: the sentence and the space after
 * it, or, for the block's last sentence, the space or line break before it.
 */
function sentenceSpan(span: Span, lines: LineIndex, block: Block): Span {
  const text = lines.text;
  let end = span.end;
  while (end < block.span.end && isHorizontalSpace(text.charCodeAt(end))) end++;
  if (end >= block.span.end) {
    let start = span.start;
    while (start > block.span.start && (isHorizontalSpace(text.charCodeAt(start - 1)) || isLineBreak(text.charCodeAt(start - 1)))) start--;
    return { start, end: span.end };
  }
  return { start: span.start, end };
}

/** Whether `offset` starts a line (or ends the text). */
function isLineStart(offset: number, lines: LineIndex): boolean {
  return offset === lines.text.length || lines.lineStarts[lines.lineAt(offset)] === offset;
}

/** Whether only indentation comes before `offset` on its line. */
function startsItsLine(offset: number, lines: LineIndex): boolean {
  let i = lines.lineStarts[lines.lineAt(offset)];
  while (i < offset && isHorizontalSpace(lines.text.charCodeAt(i))) i++;
  return i === offset;
}

/**
 * A deletion within a line can make it one row of a table that was not there: taking a `|` changes
 * how many cells the line has, and above a row like `| --- |` that can make it the header; taking
 * the text after `|---` leaves a delimiter row under the line above. Such a run is kept.
 */
function keepsTables(deletion: { spans: Span[]; restored?: SpanEdit[] }, lines: LineIndex): { spans: Span[]; restored?: SpanEdit[] } {
  const text = lines.text;
  for (const span of deletion.spans) {
    const line = lines.lineAt(span.start);
    const last = lines.lineAt(span.end);
    if (line !== last) {
      if (joinsIntoTable(span, line, last, lines)) return { spans: [] };
      continue;
    }
    const start = lines.lineStarts[line];
    const end = lines.lineEnd(line);
    const edited = () => text.slice(start, span.start) + text.slice(span.end, end);
    if (line + 1 < lines.lineCount && text.slice(span.start, span.end).includes('|') && isTableStart(edited(), lines.lineText(line + 1))) return { spans: [] };
    // (A delimiter row has a `-`: something of the line must stay.)
    const leavesDelimiterRow = (span.start > start || span.end < end) && onlyDelimiterRow(text, start, span.start) && onlyDelimiterRow(text, span.end, end);
    if (line > 0 && leavesDelimiterRow && isTableStart(lines.lineText(line - 1), edited())) return { spans: [] };
  }
  return deletion;
}

/**
 * Whether a deletion across lines makes a table's first two rows that were not: what stays of its
 * first and last lines becomes one line, which may head a table over the line below (`| a` over
 * `---`, where `excerpt: x` over `---` was a heading), or be a delimiter row under the line above.
 */
function joinsIntoTable(span: Span, line: number, last: number, lines: LineIndex): boolean {
  const joined = lines.text.slice(lines.lineStarts[line], span.start) + lines.text.slice(span.end, lines.lineEnd(last));
  const below = last + 1 < lines.lineCount ? lines.lineText(last + 1) : undefined;
  if (below !== undefined && headsTable(joined, below) && !headsTable(lines.lineText(last), below)) return true;
  const above = line > 0 ? lines.lineText(line - 1) : undefined;
  return above !== undefined && headsTable(above, joined) && !headsTable(above, lines.lineText(line));
}

/** A table's first two rows, as markdown-it reads them: its header row has a `|`. */
const headsTable = (header: string, delimiter: string) => header.includes('|') && isTableStart(header, delimiter);

/**
 * Whether `*` and `_` next to a deletion pair up as before. What is beside them decides whether
 * they can open or close emphasis (CommonMark's flanking rules): in `_a。_b。` the `_`s are text,
 * and without `b。` they pair up as `<em>`. Where a deletion changes that for a run beside it, the
 * block's inline elements are found again without the deleted text: a new one keeps the run.
 */
function keepsEmphasis(deletion: { spans: Span[]; restored?: SpanEdit[] }, text: string, block: Block): { spans: Span[]; restored?: SpanEdit[] } {
  const pairs = (span: Span) => changesFlanking(text, span) && pairsAnew(text, block, span);
  if (!deletion.spans.some(pairs)) return deletion;
  const spans: Span[] = [];
  for (const span of deletion.spans) {
    if (!pairs(span)) {
      spans.push(span);
      continue;
    }
    // The space that the deletion would take from beside the run, kept, keeps what the run sees
    // (`…。 **「見出し」**`: without its space, that `**` could close an earlier one).
    const narrowed = spaceKept(text, span);
    if (!narrowed || pairs(narrowed)) return { spans: [] };
    spans.push(narrowed);
  }
  return { ...deletion, spans };
}

/** The deletion without the space it takes next to a `*` or `_` run, if it takes one there. */
function spaceKept(text: string, { start, end }: Span): Span | undefined {
  const delimiter = (c: number) => c === 0x2a || c === 0x5f;
  if (delimiter(text.charCodeAt(end)) && isHorizontalSpace(text.charCodeAt(end - 1)) && end - 1 > start) return { start, end: end - 1 };
  if (delimiter(text.charCodeAt(start - 1)) && isHorizontalSpace(text.charCodeAt(start)) && start + 1 < end) return { start: start + 1, end };
  return undefined;
}

/** Whether deleting `span` from its block makes an inline element that was not there. */
function pairsAnew(text: string, block: Block, span: Span): boolean {
  const blockText = text.slice(block.span.start, block.span.end);
  const start = span.start - block.span.start;
  const end = span.end - block.span.start;
  if (start < 0 || end > blockText.length) return true;
  const edited = blockText.slice(0, start) + blockText.slice(end);
  const length = end - start;
  const kept = new Set(
    inlineElements(blockText, 0, blockText.length)
      .filter((element) => element.end <= start || element.start >= end)
      .map((element) => (element.end <= start ? `${element.start}:${element.end}` : `${element.start - length}:${element.end - length}`)),
  );
  return inlineElements(edited, 0, edited.length).some((element) => !kept.has(`${element.start}:${element.end}`));
}

function changesFlanking(text: string, { start, end }: Span): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  const delimiterBefore = before === 0x2a || before === 0x5f;
  const delimiterAfter = after === 0x2a || after === 0x5f;
  if (delimiterBefore && delimiterAfter && before === after) return true;
  if (delimiterBefore) {
    let runStart = start - 1;
    while (runStart > 0 && text.charCodeAt(runStart - 1) === before) runStart--;
    const outside = characterClass(text, runStart - 1);
    if (flanking(outside, characterClass(text, start)) !== flanking(outside, characterClass(text, end))) return true;
  }
  if (delimiterAfter) {
    let runEnd = end;
    while (text.charCodeAt(runEnd) === after) runEnd++;
    const outside = characterClass(text, runEnd);
    if (flanking(characterClass(text, end - 1), outside) !== flanking(characterClass(text, start - 1), outside)) return true;
  }
  return false;
}

const WHITESPACE = 0;
const PUNCTUATION = 1;
const OTHER = 2;
const PUNCTUATION_CHARACTER = /^[\p{P}\p{S}]$/u;
const SPACE_CHARACTER = /^[\s\p{Zs}]$/u;

/** A character as the flanking rules see it; the start and end of the text are whitespace. */
function characterClass(text: string, offset: number): number {
  if (offset < 0 || offset >= text.length) return WHITESPACE;
  const c = text.charCodeAt(offset);
  if (c < 0x80) return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d ? WHITESPACE : (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? OTHER : c < 0x21 ? WHITESPACE : PUNCTUATION;
  const character = String.fromCodePoint(text.codePointAt(offset) ?? c);
  return SPACE_CHARACTER.test(character) ? WHITESPACE : PUNCTUATION_CHARACTER.test(character) ? PUNCTUATION : OTHER;
}

/** A delimiter run's flanking, between the characters `before` and `after` it: bit 1 left, bit 2 right. */
function flanking(before: number, after: number): number {
  const left = after !== WHITESPACE && (after !== PUNCTUATION || before !== OTHER);
  const right = before !== WHITESPACE && (before !== PUNCTUATION || after !== OTHER);
  return (left ? 1 : 0) | (right ? 2 : 0);
}

/** Whether `text[start, end)` holds nothing but what a delimiter row holds: `|`, `-`, `:` and spaces. */
function onlyDelimiterRow(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x7c && c !== 0x2d && c !== 0x3a && c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/** The block next to `index` in direction `step` (+1, -1), markers aside, if any. */
function neighbour(blocks: readonly Block[], index: number, step: 1 | -1): Block | undefined {
  // Above a marker, the block before its whole run: looked up, since every marker of a run asks.
  if (step === -1 && blocks[index]?.kind === 'marker') return blocks[blockBeforeRun(blocks)[index]];
  let i = index + step;
  while (blocks[i]?.kind === 'marker') i += step;
  return blocks[i];
}

/** Per post, for each block the index of the nearest block before it that is no marker (-1 for none). */
const blockBeforeRunCache = new WeakMap<readonly Block[], Int32Array>();

function blockBeforeRun(blocks: readonly Block[]): Int32Array {
  let before = blockBeforeRunCache.get(blocks);
  if (!before) {
    before = new Int32Array(blocks.length);
    for (let i = 0, last = -1; i < blocks.length; i++) {
      before[i] = last;
      if (blocks[i].kind !== 'marker') last = i;
    }
    blockBeforeRunCache.set(blocks, before);
  }
  return before;
}

/**
 * Per post (its lines), for each line: the nearest line above and below that is no `---END---`
 * line, the first line of the run of lines with text it is in, and whether a line further down
 * its paragraph (markers aside) is a setext underline. Every
 * marker of a run asks these of the same lines; walked once per post, 10,000 markers in a row cost
 * 10,000 steps, not 50 million.
 */
interface MarkerLines {
  above: Int32Array;
  below: Int32Array;
  runStart: Int32Array;
  underlinedBelow: Uint8Array;
}

const markerLinesCache = new WeakMap<LineIndex, MarkerLines>();

function markerLines(lines: LineIndex): MarkerLines {
  let cached = markerLinesCache.get(lines);
  if (cached) return cached;
  const count = lines.lineCount;
  const marker = new Uint8Array(count);
  const blank = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const text = lines.lineText(i);
    marker[i] = END_MARKER.test(text) ? 1 : 0;
    blank[i] = isBlankLine(text) ? 1 : 0;
  }
  const above = new Int32Array(count);
  const runStart = new Int32Array(count);
  for (let i = 0, last = -1; i < count; i++) {
    above[i] = last;
    if (!marker[i]) last = i;
    runStart[i] = i > 0 && !blank[i] && !blank[i - 1] ? runStart[i - 1] : i;
  }
  const below = new Int32Array(count);
  const underlinedBelow = new Uint8Array(count);
  for (let i = count - 1, next = count; i >= 0; i--) {
    below[i] = next;
    if (!marker[i]) next = i;
    const after = i + 1;
    underlinedBelow[i] = after < count && !blank[after] ? underlinedBelow[after] | (!marker[after] && SETEXT_UNDERLINE.test(lines.lineText(after)) ? 1 : 0) : 0;
  }
  markerLinesCache.set(lines, (cached = { above, below, runStart, underlinedBelow }));
  return cached;
}

/**
 * Whether a block is the last of those deleted whole between a list and a block after them that
 * stays (markers aside) and that the list would take in with none of them left: indented lines
 * (code would become the item's text, an indented item one of its own), or a table whose header
 * row opens like an item (`* a | b` over `--- | ---`), which would become one.
 */
function lastBetweenListAndTakenIn(blocks: readonly Block[], index: number, lines: LineIndex, deleted: (index: number) => boolean, goesWhole: (index: number) => boolean): boolean {
  let after = index + 1;
  // (Blocks after it that go too but could not stay to keep them apart count as gone.)
  while (after < blocks.length && (blocks[after].kind === 'marker' || (goesWhole(after) && !keepsApart(blocks[after], lines)))) after++;
  if (after >= blocks.length || goesWhole(after)) return false;
  const first = blocks[after].startLine;
  if (!itemIndented(lines, first) && !(blocks[after].kind === 'table' && opensListItem(lines.lineText(first)))) return false;
  // (This block itself may be one that other fixes delete: it is the one to keep.)
  let before = index - 1;
  while (before >= 0 && (blocks[before].kind === 'marker' || deleted(before))) before--;
  return blocks[before]?.kind === 'list';
}

/** Whether a block kept between a list and what comes after it keeps them apart: not if the list would take it in too (indented). */
const keepsApart = (block: Block, lines: LineIndex) => !itemIndented(lines, block.startLine);

/**
 * How a `---END---` line can go. A tag alone right under it keeps it (see `tagTakesLinesIn`).
 * When it keeps a list apart from the text after it (under a blank line, or under the item's code,
 * it is a paragraph that ends the list): `- a`, blank, `---END---`, blank, `    code` is a
 * list and code; without the line, the list item would take the code in as its own text. There an
 * empty comment must take its place (`'comment'`). Text right under the marker is more of its
 * paragraph: indented four or more, it would be code after a comment and the item's after a
 * deletion, so the line stays for the writer (`'keep'`). Over a setext underline (`===`, `---`)
 * the marker is part of a heading's text, and right under a table it is one of its rows: there it
 * goes with its line break (`'join'`; see `underlinedMarker`). Anywhere else it is deleted
 * (`'delete'`).
 */
export function markerRemoval(blocks: readonly Block[], index: number, lines: LineIndex): 'delete' | 'comment' | 'keep' | 'join' {
  const marker = blocks[index];
  const below = marker.endLine + 1;
  // (Markers right above are more of the same paragraph, and go.)
  const above = markerLines(lines).above[marker.startLine];
  if (tagTakesLinesIn(blocks, index, lines)) return 'keep';
  const before = neighbour(blocks, index, -1);
  const underlined = underlinedMarker(blocks, index, lines, above, before);
  if (underlined) return underlined;
  // Right under a table's rows the marker is one more row (a line without `|` still is): it goes
  // with its line break, so the rows after it stay the table's, not a paragraph taking code in.
  if (before?.kind === 'table' && above >= 0 && before.endLine === above) return 'join';
  // Right under a quote's or an item's line the marker is a lazy line of its paragraph, and so is
  // the text after it, where no underline can close it. A blank line left in the marker's place
  // would end the quote or list there: an underline further down would make that text a heading,
  // and under a quote, text indented four or more would become code. Read as a blank line, though,
  // the marker makes that text code already: there the line is the writer's to move.
  if ((before?.kind === 'blockquote' || before?.kind === 'list') && before.endLine === above && below < lines.lineCount) {
    const indented = indentWidth(lines.lineText(below)) >= 4;
    if (indented && (before.kind === 'blockquote' || underlinedFurtherDown(lines, below))) return 'keep';
    if (!indented && underlinedFurtherDown(lines, below)) return 'join';
  }
  if (above < 0 || below >= lines.lineCount) return 'delete';
  if (before?.kind !== 'list' || blocks[index + 1]?.kind === 'marker') return 'delete';
  const column = openItemColumn(blocks, index, lines);
  if (column === 0 || listGoesOn(blocks, index, lines, column)) return 'delete';
  // Right under an item's paragraph the marker is more of it (a lazy line), and the item goes on
  // without it as with it; right under an item's code or HTML comment it is not, and it ends the list.
  if (!isBlankLine(lines.lineText(above)) && !itemRunEndsAt(lines, above, column, before.startLine)) {
    // Unless the paragraph above opens with a marker that, as text, ended the list: this one is
    // then a lazy line of that paragraph, and so is text right under it indented four or more,
    // which a blank line left in the marker's place would make code. Gone with its line break, the
    // marker leaves that text the paragraph's, and, read as a break, the item's (indented less
    // than four past the item's text, it is no code of the item).
    const opening = lines.lineText(markerLines(lines).runStart[above]);
    const under = lines.lineText(below);
    const endedList = END_MARKER.test(opening) && indentWidth(opening) < column;
    if (!endedList || isBlankLine(under) || indentWidth(under) < 4) return 'delete';
    // Indented four or more past the item's text, read as a break the marker makes it the item's
    // code, and read as text the paragraph's: no removal keeps both, and the line is the writer's.
    return indentWidth(under) < column + 4 ? 'join' : 'keep';
  }
  let next = below;
  while (next < lines.lineCount && isBlankLine(lines.lineText(next))) next++;
  if (next >= lines.lineCount) return 'delete';
  // A table whose header row opens like an item (`* a | b`) would become one.
  const itemLikeTable = next > below && blocks[index + 1]?.kind === 'table' && opensListItem(lines.lineText(next));
  // Indented less than the item's text, what follows stays out of the list without the marker too.
  if (indentWidth(lines.lineText(next)) < column && !itemLikeTable) return 'delete';
  return next > below || indentWidth(lines.lineText(next)) < 4 ? 'comment' : 'keep';
}

/**
 * Whether the list above the markers before `index` is still open at it: each paragraph of
 * markers (a marker after a blank line opens one; those right under it are its lazy lines, however
 * far they are indented) is indented into the item, up to and with this marker's. One that is not
 * ended the list, and a marker after it is no item's, however far it is indented.
 */
function listGoesOn(blocks: readonly Block[], index: number, lines: LineIndex, column: number): boolean {
  let first = index;
  while (first > 0 && blocks[first - 1].kind === 'marker') first--;
  for (let i = first; i <= index; i++) {
    const start = blocks[i].startLine;
    const opensParagraph = i === first || isBlankLine(lines.lineText(start - 1));
    if (opensParagraph && indentWidth(lines.lineText(start)) < column) return false;
  }
  return true;
}

/**
 * How a marker goes that a setext underline follows (markers aside; `before` is the block above them): `a`, `---END---`, `===` is
 * one heading to Markdown, `a ---END---`. With the marker's line left blank, as elsewhere, the
 * underline would be a paragraph of its own (`---`, a rule), which would take in an indented line
 * below it as its text. Under a paragraph's line the marker goes with its line break, so the
 * heading stays one, now without the marker (`'join'`). With no paragraph above, the underline
 * has no text left to make a heading of, and the line stays for the writer (`'keep'`).
 * Undefined when no underline follows, or when the underline is none (see below).
 */
function underlinedMarker(blocks: readonly Block[], index: number, lines: LineIndex, above: number, before: Block | undefined): 'join' | 'keep' | undefined {
  const after = markerLines(lines).below[blocks[index].endLine];
  if (after >= lines.lineCount || !SETEXT_UNDERLINE.test(lines.lineText(after))) return undefined;
  if (above < 0 || before?.endLine !== above) return 'keep';
  // (`| a` over `---` would be a table, not a heading: the line stays for the writer.)
  if (before.kind === 'paragraph') return isTableStart(lines.lineText(above), lines.lineText(after)) ? 'keep' : 'join';
  // Under a list item or quote the marker is a lazy line of its paragraph, which no underline can
  // close: there the underline is a rule or more text, with the marker or without it.
  return before.kind === 'list' || before.kind === 'blockquote' ? undefined : 'keep';
}

/** Whether a setext underline (`===`, `---`) comes after `from`'s line, before a blank line; markers are passed over. */
function underlinedFurtherDown(lines: LineIndex, from: number): boolean {
  return from < lines.lineCount && !isBlankLine(lines.lineText(from)) && markerLines(lines).underlinedBelow[from] === 1;
}

/**
 * Whether the lines from the last blank line down to `line` are no paragraph of a list item whose
 * text starts at `column`, so that a line right under them is no lazy line of one: code (indented
 * four past the column, or opening a fence), or an HTML comment that closes on `line` (an HTML
 * block that ends there). (A paragraph's later lines may be indented any amount; only its first
 * decides.) Lines above `floor`, the item's list block, are not the item's: a fence closing there
 * (```, then `- a` right under it) is no code of the item.
 */
function itemRunEndsAt(lines: LineIndex, line: number, column: number, floor: number): boolean {
  let top = line;
  while (top > floor && !isBlankLine(lines.lineText(top - 1))) top--;
  const text = lines.lineText(top);
  if (indentWidth(text) >= column + 4 || /^\s*(?:`{3,}|~{3,})/.test(text)) return true;
  if (!/^\s*<!--/.test(text)) return false;
  const comment = lines.text.slice(lines.lineStarts[top], lines.lineEnd(line));
  const close = comment.indexOf('-->', comment.indexOf('<!--') + 4);
  return close >= 0 && close >= lines.lineStarts[line] - lines.lineStarts[top];
}

/**
 * Whether the line right under a marker is a tag alone (`<img src="a.png">`) with more lines under
 * it. In Markdown the tag is inline HTML in the marker's paragraph; after the marker, whose line
 * the fix leaves blank or deletes with the blank lines around it, it would open an HTML block
 * (CommonMark's seventh kind), which takes the lines after it in as raw HTML up to a blank line:
 * a fence under it would no longer open code, a caption's emphasis would show its asterisks. The
 * line stays for the writer.
 */
function tagTakesLinesIn(blocks: readonly Block[], index: number, lines: LineIndex): boolean {
  const below = blocks[index].endLine + 1;
  return below + 1 < lines.lineCount && TAG_ALONE.test(lines.lineText(below)) && !isBlankLine(lines.lineText(below + 1));
}

/**
 * The text column of the outermost list item still open above a block: the nearest item above
 * it, or the item that item is nested in, and so on (an item further up indented no less is a
 * sibling, not a parent; one whose text starts right of the item below holds it not either: that
 * item, `  - b` under `2) a`, began a list of its own). Each item is a list block of its own. 0
 * when there is none.
 */
function openItemColumn(blocks: readonly Block[], index: number, lines: LineIndex): number {
  let column = 0;
  let markerIndent = Infinity;
  for (let i = index - 1; i >= 0 && (blocks[i].kind === 'list' || blocks[i].kind === 'marker'); i--) {
    if (blocks[i].kind !== 'list') continue;
    const line = lines.lineText(blocks[i].startLine);
    const indent = indentWidth(line);
    const text = itemTextIndent(line);
    if (indent < markerIndent && text > markerIndent) break;
    if (text > 0 && indent < markerIndent) {
      column = text;
      markerIndent = indent;
    }
  }
  return column;
}

/** How far a line is indented, with a tab reaching the next multiple of four. */
function indentWidth(line: string): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x20) width++;
    else if (c === 0x09) width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** The column where a list item's text starts: after its marker and one to four spaces (one, past that). */
function itemTextIndent(line: string): number {
  const item = /^( {0,3}(?:[-*+]|\d{1,9}[.)]))( *)/.exec(line);
  if (!item) return 0;
  const spaces = item[2].length;
  return item[1].length + (spaces >= 1 && spaces <= 4 ? spaces : 1);
}

/**
 * Whether a list item stays even when all its text repeats: its indented lines after a blank line
 * belong to it (without it they would be code), or the next item, without it, would open a list
 * anew, where a table is read first.
 */
export function keptWhole(blocks: readonly Block[], index: number, lines: LineIndex): boolean {
  return blocks[index].kind === 'list' && (continuedBelow(blocks, index, lines) || nextItemReadsAsTable(blocks, index, lines));
}

/**
 * Whether the next block (markers aside) is a list item whose line, with the line under it, would
 * be a table's header and delimiter rows (`- a |` over `| --- |`). In the list it is an item; once
 * it opens a block (the items above it gone), markdown-it reads a table, which it tries first.
 */
function nextItemReadsAsTable(blocks: readonly Block[], index: number, lines: LineIndex): boolean {
  const next = neighbour(blocks, index, 1);
  return next?.kind === 'list' && next.startLine + 1 < lines.lineCount && isTableStart(lines.lineText(next.startLine), lines.lineText(next.startLine + 1));
}

/** Whether the next block (markers aside) is an indented continuation of this list item. */
function continuedBelow(blocks: readonly Block[], index: number, lines: LineIndex): boolean {
  const next = neighbour(blocks, index, 1);
  return next?.kind === 'list' && /^[ \t]/.test(lines.lineText(next.startLine));
}

/** Only the markers of list items and quotes (and indentation) before an offset on its line. */
const CONTAINER_MARKER = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?|>)[ \t]*$/;

/** Whether the line after a block would underline it as a heading (`---`, `===`) were it a paragraph. */
function underlinedNext(block: Block, lines: LineIndex): boolean {
  return block.endLine + 1 < lines.lineCount && /^ {0,3}(?:=+|-+)[ \t]*$/.test(lines.lineText(block.endLine + 1));
}

/** Indentation that makes a line after a list item (and blank lines) part of it. */
const ITEM_INDENT = /^(?: {2,}|\t)/;

/** `ITEM_INDENT.test` of a line, read in place (a line can be a re-flow of several KB). */
function itemIndented(lines: LineIndex, line: number): boolean {
  const start = lines.lineStarts[line];
  const c = lines.text.charCodeAt(start);
  return c === 0x09 || (c === 0x20 && lines.text.charCodeAt(start + 1) === 0x20);
}

/** Whether the line right under a block is indented four or more (code, under a heading). */
function codeRightUnder(block: Block, lines: LineIndex): boolean {
  const under = block.endLine + 1;
  return under < lines.lineCount && INDENTED_CODE.test(lines.lineText(under)) && !isBlankLine(lines.lineText(under));
}

/** Whether the first line with text after a block is indented: a list item there would take it in. */
function indentedRightAfter(block: Block, lines: LineIndex): boolean {
  for (let line = block.endLine + 1; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (!isBlankLine(text)) return ITEM_INDENT.test(text);
  }
  return false;
}

/** A list item that opens with a bold label (`*   **見出し**`): markup a model wrote, not prose that happens to start with `*`. */
const LABELLED_ITEM = /^(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\*\*|__)\S/;

/** Indentation that makes a line code where it opens a block. */
const INDENTED_CODE = /^(?: {4}|\t)/;
/** Whether a line, as the first of a block, would start something other than a paragraph (its indentation aside, which a block's first line loses). */
const wouldStartBlock = (line: string) => INDENTED_CODE.test(line) || opensNonParagraph(line.trimStart());

const isBlankLineCharacter = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isHorizontalSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;
const isLineBreak = (c: number) => c === 0x0a || c === 0x0d;

/** Merges overlapping or touching spans of a sorted list, in place: pass spans of your own. */
export function mergeAdjacent(spans: Span[]): Span[] {
  let kept = 0;
  for (const span of spans) {
    const last = kept > 0 ? spans[kept - 1] : undefined;
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else spans[kept++] = span;
  }
  spans.length = kept;
  return spans;
}
