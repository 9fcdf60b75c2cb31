/**
 * Sentence boundaries for Japanese, Chinese and space-separated scripts. A sentence ends after
 * 。！？!? (and `.` before a space or the end), together with any closing brackets or quotes.
 */

const TERMINATORS = new Set(['。', '！', '？', '!', '?', '．', '｡']);
const CLOSERS = new Set(['」', '』', '）', ')', '"', "'", '”', '’', '】', '〉', '》', ']', '*', '_', '。', '！', '？', '!', '?']);

export interface SentenceSpan {
  start: number;
  end: number;
  /** Whether the sentence ends with terminal punctuation (false for a fragment at the end). */
  terminated: boolean;
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u3000';

/** Splits `text[start, end)` into sentences, skipping whitespace between them. Linear. */
export function splitSentences(text: string, start: number, end: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text[i])) i++;
    if (i >= end) break;
    const sentenceStart = i;
    let terminated = false;
    while (i < end) {
      const c = text[i++];
      const endsHere = TERMINATORS.has(c) || ((c === '.' || c === '…') && (i >= end || isSpace(text[i])));
      if (endsHere) {
        while (i < end && CLOSERS.has(text[i])) i++;
        terminated = true;
        break;
      }
    }
    let sentenceEnd = i;
    while (sentenceEnd > sentenceStart && isSpace(text[sentenceEnd - 1])) sentenceEnd--;
    out.push({ start: sentenceStart, end: sentenceEnd, terminated });
  }
  return out;
}

/** Whether a passage ends like a finished sentence: anything but a letter or digit counts as punctuation. */
export function endsWithTerminal(text: string): boolean {
  const trimmed = text.replace(/[\s*_~`]+$/u, '');
  return trimmed.length === 0 || !/[\p{L}\p{N}]$/u.test(trimmed);
}
