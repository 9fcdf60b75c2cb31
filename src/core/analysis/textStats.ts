import { CJK_CHAR, countMatches, HAN_CHAR, HANGUL_CHAR, KANA_CHAR, SPACED_WORD } from '../text/scripts';

/** What a reader reads in a piece of prose, after Markdown syntax is set aside. */
export interface TextStats {
  cjkChars: number;
  words: number;
  images: number;
}

const IMAGE = /!\[[^\]\n]{0,1000}\]\([^)\n]{0,2000}\)|<img\b[^>\n]{0,2000}>/gi;
/** Link destinations, bare URLs and HTML tags are not read aloud. */
const NOT_READ = /\]\([^)\n]{0,2000}\)|https?:\/\/[^\s)>\]]+|<\/?[A-Za-z][^>\n]{0,2000}>/g;

export function measureProse(text: string): TextStats {
  const withoutComments = stripHtmlComments(text);
  const images = countMatches(withoutComments, IMAGE);
  const readable = withoutComments.replace(IMAGE, ' ').replace(NOT_READ, ' ');
  return { cjkChars: countMatches(readable, CJK_CHAR), words: countMatches(readable, SPACED_WORD), images };
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
  const kana = countMatches(text, KANA_CHAR);
  const han = countMatches(text, HAN_CHAR);
  const hangul = countMatches(text, HANGUL_CHAR);
  const letters = countMatches(text, /\p{L}/gu);
  return { kana, han, hangul, other: Math.max(0, letters - kana - han - hangul) };
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
