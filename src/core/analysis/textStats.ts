import { countChars } from '../text/scripts';

/** What a reader reads in a piece of prose, after Markdown syntax is set aside, and in which scripts. */
export interface TextStats extends ScriptCounts {
  cjkChars: number;
  words: number;
  images: number;
}

/** Bounded repetitions: no input can make these backtrack beyond a constant per position. */
const IMAGE = /!\[[^\]\n]{0,1000}\]\([^)\n]{0,2000}\)|<img\b[^>\n]{0,2000}>/gi;
/** Link destinations, bare URLs and HTML tags are not read aloud. */
const NOT_READ = /\]\([^)\n]{0,2000}\)|https?:\/\/[^\s)>\]]+|<\/?[A-Za-z][^>\n]{0,2000}>/g;

export function measureProse(text: string): TextStats {
  const withoutComments = stripHtmlComments(text);
  // Most prose has no markup at all: skip the regular expressions when they cannot match.
  const hasImage = withoutComments.includes('![') || /<img/i.test(withoutComments);
  const images = hasImage ? (withoutComments.match(IMAGE)?.length ?? 0) : 0;
  let readable = hasImage ? withoutComments.replace(IMAGE, ' ') : withoutComments;
  if (readable.includes('](') || readable.includes('://') || readable.includes('<')) readable = readable.replace(NOT_READ, ' ');
  const counts = countChars(readable);
  return { cjkChars: counts.cjk, words: counts.words, images, kana: counts.kana, han: counts.han, hangul: counts.hangul, other: counts.otherLetters };
}

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

export function addStats(a: TextStats, b: TextStats): TextStats {
  return {
    cjkChars: a.cjkChars + b.cjkChars,
    words: a.words + b.words,
    images: a.images + b.images,
    kana: a.kana + b.kana,
    han: a.han + b.han,
    hangul: a.hangul + b.hangul,
    other: a.other + b.other,
  };
}

/** The primary language a body's script suggests, or undefined when there is too little text to tell. */
export function detectLanguage(counts: ScriptCounts): 'ja' | 'zh' | 'ko' | 'en' | undefined {
  const total = counts.kana + counts.han + counts.hangul + counts.other;
  if (total < 20) return undefined;
  if (counts.kana > 0 && (counts.kana + counts.han) / total >= 0.2) return 'ja';
  if (counts.han / total >= 0.3) return 'zh';
  if (counts.hangul / total >= 0.3) return 'ko';
  if (counts.other / total >= 0.7) return 'en';
  return undefined;
}
