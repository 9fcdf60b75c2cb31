/**
 * Inline Markdown elements that a sentence boundary, and so a deletion, must never cut: links and
 * images with their targets, code spans, emphasis, inline HTML and autolinks, footnote references.
 * A light, linear scanner in the manner of markdown-it's inline rules: it is conservative where
 * CommonMark is subtle (an element it is unsure of is simply not protected, which at worst leaves
 * a sentence boundary where one was before).
 */
import type { Span } from '../types';

/** Characters that can open an inline element; text without any of them has none. */
const SYNTAX = /[[`*_~<]/g;

/** Whether `text[start, end)` may contain inline syntax at all (the common Japanese paragraph does not). */
export function mayHaveInlineSyntax(text: string, start: number, end: number): boolean {
  SYNTAX.lastIndex = start;
  const found = SYNTAX.exec(text);
  return found !== null && found.index < end;
}

/** What the scan stops at: element syntax, and `\` that escapes it. */
const NEXT = /[[\]`*_~<\\]/g;

/** Link destinations and tags longer than this are not looked for (keeps every scan bounded). */
const MAX_SCAN = 2000;

/**
 * The outermost inline elements of `text[start, end)`, sorted and not overlapping (elements that
 * overlap are merged into one span, so a boundary is never placed inside either).
 */
export function inlineElements(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const code = codeSpans(text, start, end);
  const closeParen = new NextChar(text, ')');
  let codeIndex = 0;
  /** Open `[` positions (or the `!` before them), innermost last. */
  const brackets: number[] = [];
  /** Open emphasis runs per delimiter kind (`*`, `**`, `***`, `_`, …), innermost last. */
  const openers = new Map<string, number[]>();
  let i = start;
  while (i < end) {
    // Jump to the next character that can matter (a native search: most text has none for long).
    NEXT.lastIndex = i;
    const next = NEXT.exec(text);
    if (next === null || next.index >= end) break;
    i = next.index;
    while (codeIndex < code.length && code[codeIndex].end <= i) codeIndex++;
    if (codeIndex < code.length && i >= code[codeIndex].start) {
      if (i === code[codeIndex].start) spans.push(code[codeIndex]);
      i = code[codeIndex++].end;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) {
      i += 2;
      continue;
    }
    if (c === 0x5b /* [ */) {
      brackets.push(i > start && text.charCodeAt(i - 1) === 0x21 /* ! */ ? i - 1 : i);
      i++;
      continue;
    }
    if (c === 0x5d /* ] */ && brackets.length > 0) {
      const open = brackets.pop()!;
      const close = linkEnd(text, i + 1, end, text.charCodeAt(open + (text.charCodeAt(open) === 0x21 ? 2 : 1)) === 0x5e /* ^ */, closeParen);
      if (close > 0) {
        spans.push({ start: open, end: close });
        // Brackets opened inside a link's text cannot close outside it.
        while (brackets.length > 0 && brackets[brackets.length - 1] > open) brackets.pop();
        i = close;
        continue;
      }
      i++;
      continue;
    }
    if (c === 0x3c /* < */) {
      const close = tagEnd(text, i, end);
      if (close > 0) {
        spans.push({ start: i, end: close });
        i = close;
        continue;
      }
      i++;
      continue;
    }
    if (c === 0x2a /* * */ || c === 0x5f /* _ */ || c === 0x7e /* ~ */) {
      let runEnd = i + 1;
      while (runEnd < end && text.charCodeAt(runEnd) === c) runEnd++;
      emphasisRun(text, i, runEnd, start, end, openers, spans);
      i = runEnd;
      continue;
    }
    i++;
  }
  return mergeSpans(spans);
}

/**
 * One run of `*`, `_` or `~`: it closes the innermost open run of the same kind when it can
 * (something other than a space before it), otherwise it opens one (something other than a space
 * after it). `_` inside a word is text, as is a lone `~`. Runs of `*` and `_` of different lengths
 * close each other too, as in CommonMark (below).
 */
function emphasisRun(text: string, runStart: number, runEnd: number, start: number, end: number, openers: Map<string, number[]>, spans: Span[]): void {
  const c = text.charCodeAt(runStart);
  const length = runEnd - runStart;
  if (c === 0x7e && length < 2) return;
  const kind = String.fromCharCode(c).repeat(Math.min(length, 3));
  const before = runStart > start ? text.charCodeAt(runStart - 1) : 0x20;
  const after = runEnd < end ? text.charCodeAt(runEnd) : 0x20;
  const canOpen = !isSpace(after) && !(c === 0x5f && isWordCharacter(before));
  const canClose = !isSpace(before) && !(c === 0x5f && isWordCharacter(after));
  const open = openers.get(kind);
  if (canClose && open && open.length > 0) {
    spans.push({ start: open.pop()!, end: runEnd });
    return;
  }
  if (canClose && c !== 0x7e) {
    // A longer run closes a shorter one (`**bold***`: CommonMark uses part of the run), or a
    // sentence could end inside. What the run has left over may open the next span (`**a****b**`);
    // it is opened from the run's start, so that the two spans touch and are protected as one:
    // more than CommonMark's, never less.
    const shorter = innermostOpener(openers, c, 1, length - 1);
    if (shorter) {
      spans.push({ start: shorter.open.pop()!, end: runEnd });
      if (canOpen) {
        const left = String.fromCharCode(c).repeat(Math.min(length - shorter.length, 3));
        const leftOpen = openers.get(left);
        if (leftOpen) leftOpen.push(runStart);
        else openers.set(left, [runStart]);
      }
      return;
    }
    // A shorter run closes part of a longer one in CommonMark (`**a。b*` is `*<em>a。b</em>`), and
    // a writer may have meant it to open (`**a*、b**`): both readings are protected, so the
    // longer run stays open.
    const longer = innermostOpener(openers, c, length + 1, 3);
    if (longer) spans.push({ start: longer.open[longer.open.length - 1], end: runEnd });
  }
  if (canOpen) {
    if (open) open.push(runStart);
    else openers.set(kind, [runStart]);
  }
}

/** The innermost open run of `*` or `_` whose length is in [from, to] (its openers and length), if any. */
function innermostOpener(openers: Map<string, number[]>, c: number, from: number, to: number): { open: number[]; length: number } | undefined {
  let best: { open: number[]; length: number } | undefined;
  for (let length = from; length <= Math.min(to, 3); length++) {
    const open = openers.get(String.fromCharCode(c).repeat(length));
    if (open && open.length > 0 && (!best || open[open.length - 1] > best.open[best.open.length - 1])) best = { open, length };
  }
  return best;
}

/**
 * Code spans: a run of n backticks up to the next run of exactly n. The runs are listed once and
 * matched with one pointer per length, so many unmatched runs stay linear.
 */
export function codeSpans(text: string, start: number, end: number): Span[] {
  const runs: Span[] = [];
  const backtick = new NextChar(text, '`');
  for (let i = backtick.after(start); i < end; i = backtick.after(i)) {
    let runEnd = i + 1;
    while (runEnd < end && text.charCodeAt(runEnd) === 0x60) runEnd++;
    // An escaped backtick starts no run.
    if (i === start || text.charCodeAt(i - 1) !== 0x5c) runs.push({ start: i, end: runEnd });
    i = runEnd;
  }
  const spans: Span[] = [];
  /** For each run length, the index of the next run to look at. */
  const nextOfLength = new Map<number, number>();
  let k = 0;
  while (k < runs.length) {
    const length = runs[k].end - runs[k].start;
    let j = Math.max(k + 1, nextOfLength.get(length) ?? 0);
    while (j < runs.length && runs[j].end - runs[j].start !== length) j++;
    nextOfLength.set(length, j + 1);
    if (j < runs.length) {
      spans.push({ start: runs[k].start, end: runs[j].end });
      k = j + 1;
    } else {
      k++;
    }
  }
  return spans;
}

/**
 * Where a link that closed its text just before `i` ends: after `(destination "title")`, after
 * `[ref]`, or right away for a footnote reference `[^1]`; -1 when nothing link-like follows.
 */
function linkEnd(text: string, i: number, end: number, footnote: boolean, closeParen: NextChar): number {
  if (footnote) return i;
  const c = i < end ? text.charCodeAt(i) : -1;
  const limit = Math.min(end, i + MAX_SCAN);
  if (c === 0x28 /* ( */) {
    // No `)` within reach: no destination ends (asked once per text, not once per `](`).
    if (closeParen.after(i + 1) >= limit) return -1;
    let depth = 0;
    for (let j = i + 1; j < limit; j++) {
      const d = text.charCodeAt(j);
      if (d === 0x5c) j++;
      else if (d === 0x28) depth++;
      else if (d === 0x29 && depth-- === 0) return j + 1;
      else if (d === 0x0a || d === 0x0d) {
        // A destination may continue on the next line only after a title's space; a blank line ends it.
        if (j + 1 < limit && (text.charCodeAt(j + 1) === 0x0a || text.charCodeAt(j + 1) === 0x0d)) return -1;
      }
    }
    return -1;
  }
  if (c === 0x5b /* [ */) {
    for (let j = i + 1; j < limit; j++) {
      const d = text.charCodeAt(j);
      if (d === 0x5d) return j + 1;
      if (d === 0x5b) return -1;
    }
  }
  return -1;
}

/**
 * `text.indexOf(char, from)` over one text, remembering the last answer while later searches
 * start between the last start and what it found: elements are scanned in the order of the text,
 * so each character is searched for once per scan, not once per element (a text with no `)` after
 * its `](`s would otherwise be searched to its end from every one). Infinity when there is none.
 */
class NextChar {
  /** Where the last search started (none yet: any search is earlier) and what it found. */
  private from = Infinity;
  private at = -1;
  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  after(from: number): number {
    if (from < this.from || (this.at >= 0 && from > this.at)) {
      this.from = from;
      this.at = this.text.indexOf(this.char, from);
    }
    return this.at < 0 ? Infinity : this.at;
  }
}

/** An autolink `<https://…>` or an HTML tag `<b>`, `</span>`, `<!-- … -->`: where it ends, or -1. */
function tagEnd(text: string, i: number, end: number): number {
  const limit = Math.min(end, i + MAX_SCAN);
  const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
  if (next === 0x21 /* ! */ && text.startsWith('!--', i + 1)) {
    const close = text.indexOf('-->', i + 4);
    return close >= 0 && close + 3 <= limit ? close + 3 : -1;
  }
  if (!(isAsciiLetter(next) || (next === 0x2f /* / */ && isAsciiLetter(i + 2 < end ? text.charCodeAt(i + 2) : -1)))) return -1;
  for (let j = i + 1; j < limit; j++) {
    const d = text.charCodeAt(j);
    if (d === 0x3e /* > */) return j + 1;
    if (d === 0x3c || d === 0x0a || d === 0x0d) return -1;
  }
  return -1;
}

/** Sorts spans and merges those that overlap (nested ones disappear into the outer one). */
function mergeSpans(spans: Span[]): Span[] {
  // Mostly in order already: only emphasis is pushed when it closes, after what it contains.
  if (!spans.every((span, k) => k === 0 || spans[k - 1].start <= span.start)) spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ start: span.start, end: span.end });
  }
  return out;
}

/**
 * Whether `text[start, end)` is wholly one emphasised label: `**…**`, `__…__`, or a caption or note
 * in `*…*` or `_…_` (surrounding spaces aside).
 */
export function isBoldLabel(text: string, start: number, end: number): boolean {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  const c = text.charCodeAt(start);
  if ((c !== 0x2a && c !== 0x5f) || text.charCodeAt(end - 1) !== c) return false;
  // `**…**` or `*…*`: the same run opens and closes it, and no run of that mark inside could
  // close it sooner (a scan of the label alone: called once per sentence, it must stay linear).
  const strong = text.charCodeAt(start + 1) === c && text.charCodeAt(end - 2) === c;
  const width = strong ? 2 : 1;
  if (end - start < 2 * width + 1 || isSpace(text.charCodeAt(start + width)) || isSpace(text.charCodeAt(end - width - 1))) return false;
  for (let i = start + width; i < end - width; i++) if (text.charCodeAt(i) === c) return false;
  return true;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000;
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** A letter or digit of any script: `_` between two (`snake_case`, `日本_語`) is text, as in CommonMark. */
const isWordCharacter = (c: number) => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x80 && LETTER_OR_DIGIT.test(String.fromCharCode(c)));
