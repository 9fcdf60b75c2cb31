/**
 * Sentence boundaries for Japanese, Chinese and space-separated scripts. A sentence ends after
 * 。！？!? (and `.` before a space or the end), together with any closing brackets or quotes.
 */

/** 。！？．｡: always end a sentence. */
const TERMINATORS = new Set([0x3002, 0xff01, 0xff1f, 0xff0e, 0xff61]);
/** ASCII ! and ?: end a sentence unless markup or a word follows (`![image]`, `?q=1`, `!=`). */
const ASCII_TERMINATORS = new Set([0x21, 0x3f]);
/** Closing brackets, quotes, emphasis marks and further terminators that stay with the sentence. */
const CLOSERS = new Set([0x300d, 0x300f, 0xff09, 0x29, 0x22, 0x27, 0x201d, 0x2019, 0x3011, 0x3009, 0x300b, 0x5d, 0x2a, 0x5f, ...TERMINATORS, ...ASCII_TERMINATORS]);
const PERIOD = 0x2e;
const ELLIPSIS = 0x2026;

export interface SentenceSpan {
  start: number;
  end: number;
  /** Whether the sentence ends with terminal punctuation (false for a fragment at the end). */
  terminated: boolean;
}

/** `[`, `=`, `&` or an ASCII letter or digit right after ! or ? make it part of a token, not an ending. */
const continuesToken = (c: number) => c === 0x5b || c === 0x3d || c === 0x26 || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000;

/** Splits `text[start, end)` into sentences, skipping whitespace between them. Linear. */
export function splitSentences(text: string, start: number, end: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const sentenceStart = i;
    let terminated = false;
    while (i < end) {
      const c = text.charCodeAt(i++);
      const endsHere =
        TERMINATORS.has(c) ||
        ((c === PERIOD || c === ELLIPSIS) && (i >= end || isSpace(text.charCodeAt(i)))) ||
        (ASCII_TERMINATORS.has(c) && (i >= end || !continuesToken(text.charCodeAt(i))));
      if (endsHere) {
        while (i < end && CLOSERS.has(text.charCodeAt(i))) i++;
        terminated = true;
        break;
      }
    }
    let sentenceEnd = i;
    while (sentenceEnd > sentenceStart && isSpace(text.charCodeAt(sentenceEnd - 1))) sentenceEnd--;
    out.push({ start: sentenceStart, end: sentenceEnd, terminated });
  }
  return out;
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
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
