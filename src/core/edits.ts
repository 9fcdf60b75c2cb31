import { LineIndex } from './text/lineIndex';
import type { Span, TextEdit } from './types';
import type { SpanEdit } from './rule';
import { isHighSurrogate, isLowSurrogate } from './text/surrogates';

/**
 * The one function that applies edits. Edits are sorted; an edit overlapping an earlier one is
 * skipped, so a batch of fixes can never garble text.
 */
export function applySpanEdits(text: string, edits: readonly SpanEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    const { start, end } = edit.span;
    if (start < cursor || end < start || end > text.length) continue;
    out += text.slice(cursor, start) + edit.newText;
    cursor = end;
  }
  return out + text.slice(cursor);
}

/** Applies line/character edits, as an editor or the CLI holds them. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  return applySpanEdits(text, edits.map((e) => ({ span: lines.spanOf(e.range), newText: e.newText })));
}

/** The edits of one fix; a line-exclusive group shares no line with another group in the same pass. */
export interface EditGroup {
  edits: SpanEdit[];
  lineExclusive: boolean;
  /** The rule whose fix this is: one rule's fixes are made knowing each other, two rules' are not. */
  rule: string;
}

/**
 * Applies whole groups of edits (one group per fix): a group is taken entirely or not at all, and
 * never when it overlaps a group already taken. Line-exclusive groups (body deletions) also wait
 * for the next pass when they share a line with another group: after re-linting, two partial
 * deletions in one paragraph become one whole-paragraph deletion, with no blank lines left.
 */
export function applyEditGroups(text: string, groups: readonly EditGroup[]): { text: string; appliedGroups: number; applied: SpanEdit[] } {
  const lines = new LineIndex(text);
  const lineSpan = (span: Span): Span => ({ start: lines.lineAt(span.start), end: lines.lineAt(Math.max(span.start, span.end - 1)) });
  const taken: SpanEdit[] = [];
  const occupied: Array<{ span: Span; lines: Span; exclusive: boolean; rule: string }> = [];
  let appliedGroups = 0;
  for (const group of groups) {
    if (hasInternalOverlap(group.edits)) continue;
    const spans = group.edits.map((edit) => ({ span: edit.span, lines: lineSpan(edit.span) }));
    const conflict = spans.some((a) =>
      occupied.some(
        (b) =>
          (a.span.start < b.span.end && b.span.start < a.span.end) ||
          a.span.start === b.span.start ||
          ((group.lineExclusive || b.exclusive) && ((a.lines.start <= b.lines.end && b.lines.start <= a.lines.end) || (group.rule !== b.rule && onlySpaceBetween(text, a.span, b.span)))),
      ),
    );
    if (conflict) continue;
    taken.push(...group.edits);
    occupied.push(...spans.map((s) => ({ ...s, exclusive: group.lineExclusive, rule: group.rule })));
    appliedGroups++;
  }
  return { text: applySpanEdits(text, taken), appliedGroups, applied: taken };
}

/**
 * Whether only whitespace separates two spans. Two rules' body deletions that meet so are each
 * checked against the blocks around them as they are now (a deletion that would let indented code
 * join the list item above is not offered); taken together, neither would see its new neighbour.
 * So the second waits for the next pass, where it is checked again. (One rule's fixes are made
 * together: end-marker's for two markers in a row are one plan.)
 */
function onlySpaceBetween(text: string, a: Span, b: Span): boolean {
  const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}

function hasInternalOverlap(group: readonly SpanEdit[]): boolean {
  const sorted = [...group].sort((a, b) => a.span.start - b.span.start);
  return sorted.some((edit, i) => i > 0 && edit.span.start < sorted[i - 1].span.end);
}

/** The smallest single edit turning `before` into `after`: one undo step in an editor. */
export function minimalEdit(before: string, after: string): SpanEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  // Never split a surrogate pair at either end.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { span: { start, end: endBefore }, newText: after.slice(start, endAfter) };
}

