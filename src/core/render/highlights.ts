import type { LintResult } from '../lint';
import type { Span } from '../types';

/**
 * Artifacts are marked in the rendered post by wrapping their sentences in private-use sentinel
 * characters before markdown-it runs; markdown-it passes them through as text, in source order,
 * and they become <mark> tags afterwards. Sentences never cross a block, so tags stay balanced.
 */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';
const SENTINELS = /[\uE000\uE001]/g;

export interface Mark {
  kind: 'repeat' | 'truncated';
  /** 0-based source lines of the marked text. */
  line: number;
  endLine: number;
  /** 1-based line of the first copy, for repeats. */
  firstLine?: number;
}

export interface MarkedSource {
  text: string;
  marks: Mark[];
}

/** Inserts sentinels around every repeated or truncated sentence of the body. */
export function markArtifacts(result: LintResult): MarkedSource {
  const { post, body } = result;
  const spans: Array<{ span: Span; mark: Mark }> = [];
  const lineOf = (offset: number) => post.lines.lineAt(offset);
  for (const passage of body.repeatedPassages) {
    const firstLine = lineOf(passage.originals[0].start) + 1;
    for (let i = passage.first; i <= passage.last; i++) {
      const unit = body.units[i];
      if (unit.weak) continue; // table rows and code cannot carry inline marks
      spans.push({ span: unit.span, mark: { kind: 'repeat', line: lineOf(unit.span.start), endLine: lineOf(unit.span.end), firstLine } });
    }
  }
  for (const fragment of body.truncatedFragments) {
    const unit = body.units[fragment.unit];
    spans.push({ span: unit.span, mark: { kind: 'truncated', line: lineOf(unit.span.start), endLine: lineOf(unit.span.end) } });
  }
  spans.sort((a, b) => a.span.start - b.span.start);
  // The post's own private-use sentinels (if any) must not be mistaken for ours.
  const source = post.text.replace(SENTINELS, '\uFFFD');
  let out = '';
  let cursor = 0;
  const marks: Mark[] = [];
  for (const { span, mark } of spans) {
    if (span.start < cursor) continue; // a truncated fragment that is also repeated: marked once
    out += source.slice(cursor, span.start) + MARK_OPEN + source.slice(span.start, span.end) + MARK_CLOSE;
    cursor = span.end;
    marks.push(mark);
  }
  return { text: out + source.slice(cursor), marks };
}

/** Replaces the sentinels in rendered HTML by <mark> elements, in order. */
export function applyMarks(html: string, marks: readonly Mark[], describe: (mark: Mark) => string): string {
  let index = 0;
  let open = false;
  return html.replace(SENTINELS, (sentinel) => {
    if (sentinel === MARK_OPEN) {
      const mark = marks[index++];
      if (!mark || open) return '';
      open = true;
      return `<mark class="fl-${mark.kind}" data-line="${mark.line}" data-end-line="${mark.endLine}" title="${describe(mark)}">`;
    }
    if (!open) return '';
    open = false;
    return '</mark>';
  });
}
