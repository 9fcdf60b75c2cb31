/**
 * Sentence boundaries for Japanese, Chinese and space-separated scripts. A sentence ends after
 * 。！？!? (and `.` before a space or the end), together with any closing brackets or quotes.
 */
import { isLowSurrogate } from './surrogates';
import { inlineElements, mayHaveInlineSyntax } from './inline';
import type { Span } from '../types';

/** Roles of characters in sentence splitting, as bit flags in a table over the BMP. */
const TERMINATOR = 1; // 。！？．｡: always end a sentence
const ASCII_TERMINATOR = 2; // ! and ?: end a sentence unless markup or a word follows (`![image]`, `?q=1`, `!=`)
const SOFT_TERMINATOR = 4; // . and …: end a sentence before a space or the end
const CLOSER = 8; // closing brackets, quotes, emphasis marks: stay with the sentence
const SPACE = 16;
const ROLE = new Uint8Array(0x10000);
const mark = (codes: number[], flag: number) => codes.forEach((c) => (ROLE[c] |= flag));
mark([0x3002, 0xff01, 0xff1f, 0xff0e, 0xff61], TERMINATOR | CLOSER);
mark([0x21, 0x3f], ASCII_TERMINATOR | CLOSER);
mark([0x2e, 0x2026], SOFT_TERMINATOR);
mark([0x300d, 0x300f, 0xff09, 0x29, 0x22, 0x27, 0x201d, 0x2019, 0x3011, 0x3009, 0x300b, 0x5d, 0x2a, 0x5f], CLOSER);
mark([0x20, 0x09, 0x0a, 0x0d, 0x3000], SPACE);

export interface SentenceSpan {
  start: number;
  end: number;
  /** Whether the sentence ends with terminal punctuation (false for a fragment at the end). */
  terminated: boolean;
}

/** `[`, `=`, `&` or an ASCII letter or digit right after ! or ? make it part of a token, not an ending. */
const continuesToken = (c: number) => c === 0x5b || c === 0x3d || c === 0x26 || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

const isSpace = (c: number) => (ROLE[c] & SPACE) !== 0;

/** Splits `text[start, end)` into sentences, skipping whitespace between them. Linear. */
export function splitSentences(text: string, start: number, end: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  forEachSentence(text, start, end, (sentenceStart, sentenceEnd, terminated) => out.push({ start: sentenceStart, end: sentenceEnd, terminated }));
  return out;
}

/**
 * The same split, handing each sentence to `visit` without allocating a span for it (the lint hot
 * path). A sentence never ends inside an inline element (a link's text or target, code, emphasis,
 * inline HTML), so no deletion of whole sentences can cut one. A bold label that opens a sentence
 * and is followed by more text on the line (`**見出し** 本文…`, as a re-flow leaves it) is a
 * sentence of its own; `1.` or `a.` opening a sentence numbers it and does not end it.
 */
export function forEachSentence(text: string, start: number, end: number, visit: (start: number, end: number, terminated: boolean) => void): void {
  const elements = elementsWithin(text, start, end);
  let element = 0;
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const sentenceStart = i;
    let terminated = false;
    while (element < elements.length && elements[element].end <= i) element++;
    const label = element < elements.length && elements[element].start === i ? labelEnd(text, elements[element], end) : -1;
    if (label > 0) {
      visit(sentenceStart, label, false);
      i = label;
      continue;
    }
    while (i < end) {
      // Characters with no role, in a loop of their own: they are most of every sentence.
      while (i < end && ROLE[text.charCodeAt(i)] === 0) i++;
      if (i >= end) break;
      const role = ROLE[text.charCodeAt(i++)];
      if (role === CLOSER) continue;
      if (role === SPACE) {
        // A heading that a re-flow ran into the line (`… ### 見出し …`) starts a sentence of its own.
        if (i < end && text.charCodeAt(i) === 0x23 && i - 1 > sentenceStart && opensHeading(text, i, end) && !insideElement(elements, element, i)) {
          i--;
          break;
        }
        continue;
      }
      const next = i < end ? text.charCodeAt(i) : -1;
      const endsHere =
        (role & TERMINATOR) !== 0 ||
        ((role & SOFT_TERMINATOR) !== 0 && (next < 0 || isSpace(next)) && !isEnumerator(text, sentenceStart, i - 1)) ||
        ((role & ASCII_TERMINATOR) !== 0 && (next < 0 || !continuesToken(next)));
      if (endsHere) {
        const terminator = i - 1;
        while (i < end && (ROLE[text.charCodeAt(i)] & CLOSER) !== 0) i++;
        // Inside an element that goes on past the closers, the sentence goes on to its end; closers
        // that open an element (the `!` of `![image](…)`) are left to it.
        while (element < elements.length && elements[element].end <= terminator) element++;
        const next = element < elements.length && elements[element].start < i ? elements[element] : undefined;
        if (next && next.start <= terminator && next.end > i) {
          i = next.end;
          continue;
        }
        if (next && next.start > terminator) i = next.start;
        // `。](` outside an element ends the text of a link cut off in its target (`[見出し。](/2026/0`),
        // not a sentence: split there, it would leave `[見出し。]` and a bare `(/2026/0`.
        else if (text.charCodeAt(i - 1) === 0x5d && text.charCodeAt(i) === 0x28) continue;
        terminated = true;
        break;
      }
    }
    let sentenceEnd = i;
    while (sentenceEnd > sentenceStart && isSpace(text.charCodeAt(sentenceEnd - 1))) sentenceEnd--;
    visit(sentenceStart, sentenceEnd, terminated);
  }
}

const NONE: Span[] = [];

/**
 * The inline elements of `text[start, end)`. When that is part of a longer text (a block of a
 * post), they are looked for in a slice of it: the scanner's searches then end at `end` instead
 * of running on to the end of the post, once per block.
 */
function elementsWithin(text: string, start: number, end: number): Span[] {
  if (end - start === text.length) return mayHaveInlineSyntax(text, start, end) ? inlineElements(text, start, end) : NONE;
  const part = text.slice(start, end);
  if (!mayHaveInlineSyntax(part, 0, part.length)) return NONE;
  return inlineElements(part, 0, part.length).map((span) => ({ start: span.start + start, end: span.end + start }));
}

/** Whether `#`s at `i` open an ATX heading: one to six of them, then a space or a tab. */
function opensHeading(text: string, i: number, end: number): boolean {
  let k = i;
  while (k < end && k - i < 7 && text.charCodeAt(k) === 0x23) k++;
  return k - i <= 6 && k < end && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09);
}

function insideElement(elements: readonly Span[], from: number, offset: number): boolean {
  for (let k = from; k < elements.length && elements[k].start < offset; k++) if (elements[k].end > offset) return true;
  return false;
}

/**
 * Where a bold label that opens a sentence ends, when more text follows it on the same line or the
 * next; -1 otherwise (a label alone in its block is the whole sentence anyway).
 */
function labelEnd(text: string, element: Span, end: number): number {
  const c = text.charCodeAt(element.start);
  if ((c !== 0x2a && c !== 0x5f) || text.charCodeAt(element.start + 1) !== c) return -1;
  if (text.charCodeAt(element.end - 1) !== c || text.charCodeAt(element.end - 2) !== c || element.end - element.start < 5) return -1;
  // Text must follow, after spaces or one line break (a label above the lines of a list item).
  let i = element.end;
  while (i < end && isHorizontalSpace(text.charCodeAt(i))) i++;
  if (i < end && isLineBreakCode(text.charCodeAt(i))) {
    i += text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
    while (i < end && isHorizontalSpace(text.charCodeAt(i))) i++;
  } else if (i === element.end) return -1;
  return i < end && !isLineBreakCode(text.charCodeAt(i)) ? element.end : -1;
}

/** Whether the `.` at `dot` follows nothing but a number or one letter since the sentence began (`1.`, `a.`, `**2.`, `### 3.`). */
function isEnumerator(text: string, sentenceStart: number, dot: number): boolean {
  let i = sentenceStart;
  // After a heading's `#`s (a re-flowed `### 2. 見出し`) or emphasis marks.
  if (text.charCodeAt(i) === 0x23) {
    while (i < dot && text.charCodeAt(i) === 0x23) i++;
    while (i < dot && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  }
  while (i < dot && (text.charCodeAt(i) === 0x2a || text.charCodeAt(i) === 0x5f)) i++;
  if (boldNumberAfterSpace(text, sentenceStart, dot)) return true;
  const length = dot - i;
  if (length < 1 || length > 3) return false;
  const first = text.charCodeAt(i);
  if (length === 1 && ((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a))) return true;
  for (let k = i; k < dot; k++) if (!isDigitCode(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Whether the `.` at `dot` follows `**` and a number that a space opens, later in the sentence: a
 * bold label's number run into a line after other text (`… ---END--- **1. 見出し**`). Its `.` ends
 * nothing; split there, the label's text would be a sentence of its own, and a fix deleting it
 * would leave `**1.` behind.
 */
function boldNumberAfterSpace(text: string, sentenceStart: number, dot: number): boolean {
  let k = dot;
  while (k > sentenceStart && dot - k < 3 && isDigitCode(text.charCodeAt(k - 1))) k--;
  if (k === dot || k - 3 < sentenceStart) return false;
  const mark = text.charCodeAt(k - 1);
  if (mark !== 0x2a && mark !== 0x5f) return false;
  if (text.charCodeAt(k - 2) !== mark || !isSpace(text.charCodeAt(k - 3))) return false;
  // The label's text follows on the line (a label cut off after its number, `**7.  **次**`, is one).
  let next = dot + 1;
  while (isHorizontalSpace(text.charCodeAt(next))) next++;
  const c = text.charCodeAt(next);
  return next < text.length && c !== 0x2a && c !== 0x5f && !isLineBreakCode(c);
}

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
const isHorizontalSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;
const isLineBreakCode = (c: number) => c === 0x0a || c === 0x0d;

/**
 * How a passage ends: `finished` after punctuation (anything but a letter or digit) or an emoticon
 * (`:D`, `^^`); `open` after a letter or digit, which may or may not be cut off; `cut` after what
 * never ends a sentence: a clause comma (`、`, `，`, `,`), an opening bracket or quote, an emphasis
 * or code span left open.
 */
export function sentenceEnding(text: string): 'finished' | 'open' | 'cut' {
  // A backwards loop, not /[\s*_~`]+$/: that pattern retries from every position of a long run.
  let end = text.length;
  while (end > 0 && TRAILING_MARKUP.has(text.charCodeAt(end - 1))) end--;
  if (end === 0) return 'finished';
  const lastCode = text.charCodeAt(end - 1);
  if (endsWithEmoticon(text, end)) return 'finished';
  if (NEVER_ENDS.has(lastCode) || leavesSpanOpen(text)) return 'cut';
  const last = text.codePointAt(end - 1 - (isLowSurrogate(lastCode) && end > 1 ? 1 : 0)) ?? 0;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(last)) ? 'open' : 'finished';
}

/** Whitespace and emphasis or code marks that may follow the last word. */
const TRAILING_MARKUP = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3000, 0x2a, 0x5f, 0x7e, 0x60]);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Clause commas, and brackets and quotes that open: text that stops after one stopped mid-sentence. */
const NEVER_ENDS = new Set([...'、，,､（「『【〔〈《｛［(［{[“‘〝'].map((c) => c.charCodeAt(0)));

/** An emoticon as the sentence's last word: `:D`, `:-)`, `;P`, `XD`, `^^`, `^_^`, `<3`, `www`. */
const EMOTICON = /(?:^|[\s\u3000])(?:[:;=8][-'^o]?[DPpOo3)(\]\[|/\\*]+|[xX]D+|\^[_\-.]?\^|<3|[wｗ]{2,}|orz)$/;

/**
 * A kaomoji as the last word: a short bracketed face of symbols, `(´・ω・`)`, `(*´ω`*)`,
 * `(`・ω・´)ゞ` (its backticks are no code span).
 */
const KAOMOJI = /[(（][^()（）\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z0-9]{1,15}[)）][ゞノﾉ]?$/u;

function endsWithEmoticon(text: string, end: number): boolean {
  // Only the last few characters can hold one; a bounded slice keeps the patterns off long text.
  const tail = text.slice(Math.max(0, end - 20), end);
  return EMOTICON.test(tail) || KAOMOJI.test(tail);
}

/** Whether a bold or code span, or a link's text or target, is opened and not closed. */
function leavesSpanOpen(text: string): boolean {
  if (text.indexOf('**') >= 0 && text.split('**').length % 2 === 0) return true;
  // A link cut off in its target: `[こちら](https://example.com/s?k=AI%2B`.
  const target = text.lastIndexOf('](');
  if (target >= 0 && text.indexOf(')', target) < 0) return true;
  const backticks = text.split('`').length - 1;
  return backticks % 2 === 1;
}
