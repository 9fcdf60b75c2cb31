import { countChars, type CharCounts } from '../text/scripts';

/** What a reader reads in a piece of prose, after Markdown syntax is set aside, and in which scripts. */
export interface TextStats extends ScriptCounts {
  cjkChars: number;
  words: number;
  images: number;
}

const BARE_URL = /https?:\/\/[^\s)>\]]+/g;

/**
 * `text`'s counts. `at`: where `text` is in a longer string (its post), which is read instead when
 * `text` holds no markup to set aside (most blocks): a slice reads each character through one more
 * indirection.
 */
export function measureProse(text: string, at?: { post: string; start: number }): TextStats {
  if (at && !hasMarkup(text)) return statsOfCounts(countChars(at.post, at.start, at.start + text.length), 0);
  const { readable, images } = setAsideMarkup(stripHtmlComments(text));
  return statsOfCounts(countChars(readable.includes('://') ? readable.replace(BARE_URL, ' ') : readable), images);
}

/** Whether `text` holds anything `measureProse` sets aside: a comment, link, image, tag or URL. */
const hasMarkup = (text: string) => text.includes('<') || text.includes('](') || text.includes('![') || text.includes('://');

function statsOfCounts(counts: CharCounts, images: number): TextStats {
  return { cjkChars: counts.cjk, words: counts.words, images, kana: counts.kana, han: counts.han, hangul: counts.hangul, other: counts.otherLetters };
}

/**
 * Removes what a reader does not read (image syntax, link destinations, HTML tags) and counts the
 * images, in one pass. A construct never spans lines; an unfinished one is ordinary text. Each
 * character is looked at a bounded number of times, so no input makes this slow (regular
 * expressions for the same job rescan from every opener).
 */
export function setAsideMarkup(text: string): { readable: string; images: number } {
  if (!text.includes('](') && !text.includes('<') && !text.includes('![')) return { readable: text, images: 0 };
  let out = '';
  let copied = 0; // text[copied, i) is still to be copied
  let images = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let scan: Scan | null = null;
    let start = i;
    if (c === 0x21 /* ! */ && text.charCodeAt(i + 1) === 0x5b /* [ */) {
      scan = closeImage(text, i + 2);
      if (scan.end > 0) images++;
    } else if (c === 0x5d /* ] */ && text.charCodeAt(i + 1) === 0x28 /* ( */) {
      scan = scanTo(text, i + 2, 0x29 /* ) */);
      start = i + 1; // keep the `]`: the link text before it is read
    } else if (c === 0x3c /* < */ && isTagStart(text.charCodeAt(i + 1))) {
      scan = scanTo(text, i + 1, 0x3e /* > */);
      if (scan.end > 0 && /^<img\b/i.test(text.slice(i, i + 5))) images++;
    }
    if (scan && scan.end > 0) {
      out += text.slice(copied, start) + ' ';
      copied = i = scan.end;
    } else if (scan) {
      // Any opener before the stop would fail at the same stop: continue from there.
      i = Math.max(i + 1, scan.stop);
    } else {
      i++;
    }
  }
  return { readable: out + text.slice(copied), images };
}

/** A scan's result: `end` past the construct, or -1 with `stop` where the scan gave up. */
interface Scan {
  end: number;
  stop: number;
}

/** `![alt](src)` from after `![`. Another `![` in the alt stops the scan, to be tried on its own. */
function closeImage(text: string, from: number): Scan {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x3c) return { end: -1, stop: i };
    if (c === 0x21 && text.charCodeAt(i + 1) === 0x5b) return { end: -1, stop: i };
    if (c === 0x5d) return text.charCodeAt(i + 1) === 0x28 ? scanTo(text, i + 2, 0x29) : { end: -1, stop: i };
  }
  return { end: -1, stop: text.length };
}

/** Up to the first `close` on the same line, before any new `<`. */
function scanTo(text: string, from: number, close: number): Scan {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === close) return { end: i + 1, stop: i + 1 };
    if (c === 0x0a || c === 0x0d || c === 0x3c) return { end: -1, stop: i };
  }
  return { end: -1, stop: text.length };
}

const isTagStart = (c: number) => c === 0x2f /* / */ || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Whitespace-separated tokens of a code block, without its fences. */
export function countCodeWords(code: string): number {
  const body = code.replace(/^ {0,3}(?:`{3,}|~{3,}).*$/gm, '');
  return body.split(/\s+/).filter((w) => w.length > 0).length;
}

/** Removes `<!-- … -->` in one linear pass (a lazy regex would rescan on every unclosed opener). */
export function stripHtmlComments(text: string): string {
  let open = text.indexOf('<!--');
  if (open < 0) return text;
  let out = '';
  let from = 0;
  while (open >= 0) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(from, open) + ' ';
    from = close + 3;
    open = text.indexOf('<!--', from);
  }
  return out + text.slice(from);
}

export interface ScriptCounts {
  kana: number;
  han: number;
  hangul: number;
  /** Letters of other scripts (mostly Latin). */
  other: number;
}

export function countScripts(text: string): ScriptCounts {
  const { kana, han, hangul, other } = measureProse(text);
  return { kana, han, hangul, other };
}

export const ZERO_STATS: Readonly<TextStats> = Object.freeze({ cjkChars: 0, words: 0, images: 0, kana: 0, han: 0, hangul: 0, other: 0 });

/** Adds `b` into `sum`, in place: sums run over every block and repeated sentence of a post. */
export function addStats(sum: TextStats, b: Readonly<TextStats>): void {
  sum.cjkChars += b.cjkChars;
  sum.words += b.words;
  sum.images += b.images;
  sum.kana += b.kana;
  sum.han += b.han;
  sum.hangul += b.hangul;
  sum.other += b.other;
}

/** The primary language a body's script suggests, or undefined when there is too little text to tell. */
export function detectLanguage(counts: ScriptCounts): 'ja' | 'zh' | 'ko' | 'en' | undefined {
  const total = counts.kana + counts.han + counts.hangul + counts.other;
  if (total < 20) return undefined;
  // Japanese prose is half kana or more (0.49 at least, in every real Japanese post measured); a
  // Chinese post that quotes a few Japanese phrases (七転び八起き) has some kana too, but 4%.
  if (counts.kana > 0 && (counts.kana + counts.han) / total >= 0.2 && counts.kana >= 0.15 * (counts.kana + counts.han)) return 'ja';
  if (counts.han / total >= 0.3) return 'zh';
  if (counts.hangul / total >= 0.3) return 'ko';
  if (counts.other / total >= 0.7) return 'en';
  return undefined;
}
