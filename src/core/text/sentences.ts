/**
 * Sentence boundaries for Japanese, Chinese and space-separated scripts. A sentence ends after
 * 。！？!? (and `.` before a space or the end), together with any closing brackets or quotes.
 */
import { isLowSurrogate } from './surrogates';

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

/** The same split, handing each sentence to `visit` without allocating a span for it (the lint hot path). */
export function forEachSentence(text: string, start: number, end: number, visit: (start: number, end: number, terminated: boolean) => void): void {
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const sentenceStart = i;
    let terminated = false;
    while (i < end) {
      const role = ROLE[text.charCodeAt(i++)];
      if (role === 0 || role === CLOSER || role === SPACE) continue;
      const next = i < end ? text.charCodeAt(i) : -1;
      const endsHere =
        (role & TERMINATOR) !== 0 ||
        ((role & SOFT_TERMINATOR) !== 0 && (next < 0 || isSpace(next))) ||
        ((role & ASCII_TERMINATOR) !== 0 && (next < 0 || !continuesToken(next)));
      if (endsHere) {
        while (i < end && (ROLE[text.charCodeAt(i)] & CLOSER) !== 0) i++;
        terminated = true;
        break;
      }
    }
    let sentenceEnd = i;
    while (sentenceEnd > sentenceStart && isSpace(text.charCodeAt(sentenceEnd - 1))) sentenceEnd--;
    visit(sentenceStart, sentenceEnd, terminated);
  }
}

/** Whether a passage ends like a finished sentence: anything but a letter or digit counts as punctuation. */
export function endsWithTerminal(text: string): boolean {
  // A backwards loop, not /[\s*_~`]+$/: that pattern retries from every position of a long run.
  let end = text.length;
  while (end > 0 && TRAILING_MARKUP.has(text.charCodeAt(end - 1))) end--;
  if (end === 0) return true;
  const last = text.codePointAt(end - 1 - (isLowSurrogate(text.charCodeAt(end - 1)) && end > 1 ? 1 : 0)) ?? 0;
  return !LETTER_OR_DIGIT.test(String.fromCodePoint(last));
}

/** Whitespace and emphasis or code marks that may follow the last word. */
const TRAILING_MARKUP = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3000, 0x2a, 0x5f, 0x7e, 0x60]);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
