/**
 * Unresolved Git merge conflicts: a `<<<<<<<` line, the `=======` line between the two sides (after
 * diff3's `|||||||` base, if any) and a `>>>>>>>` line, as Git writes them (markers of 7). Blogs that
 * merge an upstream, such as the translations of a documentation site, commit them now and then:
 * YAML then reports a syntax error that names no conflict, and `=======` under the text above it
 * makes that text a heading.
 */
import type { Post } from '../post';
import type { Span } from '../types';
import { indexHolding } from '../text/sortedRanges';

export interface MergeConflict {
  /** The `<<<<<<<`, `=======` and `>>>>>>>` lines (0-based). */
  startLine: number;
  separatorLine: number;
  endLine: number;
  /** The marker lines' labels: the branch or commit of each side (`HEAD`, `543c7a0…`), possibly empty. */
  ours: string;
  theirs: string;
  /** From the `<<<<<<<` line's start to the `>>>>>>>` line's end. */
  span: Span;
}

const START = /^<{7}(?:[ \t](.*))?$/;
const BASE = /^\|{7}(?:[ \t].*)?$/;
const SEPARATOR = /^={7}[ \t]*$/;
const END = /^>{7}(?:[ \t](.*))?$/;

/** Found once per parse: the lint and the post's blog index entry both read them. */
const conflictsOf = new WeakMap<Post, readonly MergeConflict[]>();

/**
 * The post's complete conflicts, in its order. One whose every marker line is in code is an
 * example (a post about Git: in one code block, or a block per marker), not a conflict. A
 * conflict Git wrote into a code block leaves a marker outside code when one side closes the
 * fence; and once a side opens a fence that runs on past its conflict, the fences after it pair
 * otherwise than the writer's, and no later conflict is taken for an example.
 */
export function findMergeConflicts(post: Post): readonly MergeConflict[] {
  let found = conflictsOf.get(post);
  if (!found) conflictsOf.set(post, (found = scanConflicts(post)));
  return found;
}

function scanConflicts(post: Post): MergeConflict[] {
  const { text, lines, blocks } = post;
  if (!text.includes('<<<<<<<')) return [];
  const conflicts: MergeConflict[] = [];
  const lineText = (line: number) => text.slice(lines.lineStarts[line], lines.lineEnd(line));
  const codeAt = (line: number) => {
    const block = blocks[indexHolding(blocks, line, (b) => b.startLine, (b) => b.endLine)];
    return block?.kind === 'code' ? block : undefined;
  };
  let fencesAskew = false;
  for (let line = 0; line < lines.lineCount; line++) {
    if (text.charCodeAt(lines.lineStarts[line]) !== 0x3c) continue;
    const start = START.exec(lineText(line));
    if (!start) continue;
    const conflict = closeOf(line, start[1] ?? '', lineText, lines.lineCount);
    if (!conflict) continue;
    if (!fencesAskew && codeAt(line) && codeAt(conflict.separatorLine) && codeAt(conflict.endLine)) continue; // an example
    conflicts.push({ ...conflict, span: { start: lines.lineStarts[line], end: lines.lineEnd(conflict.endLine) } });
    const openAtEnd = codeAt(conflict.endLine);
    if (openAtEnd && openAtEnd.startLine > conflict.startLine) fencesAskew = true;
    line = conflict.endLine;
  }
  return conflicts;
}

/** The rest of the conflict opened at `startLine`: undefined when another opens first or it never closes. */
function closeOf(startLine: number, ours: string, lineText: (line: number) => string, lineCount: number): Omit<MergeConflict, 'span'> | undefined {
  let separatorLine = -1;
  for (let line = startLine + 1; line < lineCount; line++) {
    const text = lineText(line);
    if (START.test(text)) return undefined;
    if (separatorLine < 0) {
      if (SEPARATOR.test(text)) separatorLine = line;
      continue;
    }
    if (BASE.test(text) || SEPARATOR.test(text)) return undefined;
    const end = END.exec(text);
    if (end) return { startLine, separatorLine, endLine: line, ours: ours.trim(), theirs: (end[1] ?? '').trim() };
  }
  return undefined;
}

/**
 * Whether an edit would change a conflict: its text, or the line breaks that keep its marker lines
 * lines of their own (an edit that ends at a conflict's start from inside a line, or starts at its
 * end, would join text onto a marker, and Git would no longer see the conflict). Deleting whole
 * lines right above one leaves it whole.
 */
export function editTouchesConflict(conflicts: readonly MergeConflict[], text: string, edit: { span: Span; newText: string }): boolean {
  const { start, end } = edit.span;
  for (const conflict of conflicts) {
    if (overlaps(conflict, edit.span)) return true;
    if (start === conflict.span.end && (end > start || edit.newText !== '')) return true;
    const wholeLinesAbove = start === 0 || text.charCodeAt(start - 1) === 0x0a;
    if (end === conflict.span.start && !(wholeLinesAbove && (edit.newText === '' || edit.newText.endsWith('\n')))) return true;
  }
  return false;
}

/** Whether `span` touches one of the conflicts (an empty span at a conflict's edge does not). */
export function inConflict(conflicts: readonly MergeConflict[], span: Span): boolean {
  return conflicts.some((conflict) => overlaps(conflict, span));
}

const overlaps = (conflict: MergeConflict, span: Span) => span.start < conflict.span.end && span.end > conflict.span.start;
