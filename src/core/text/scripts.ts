/**
 * One linear pass that classifies characters for reading time and language detection. Code-point
 * ranges instead of per-character regular expressions: this runs on every keystroke.
 */
export interface CharCounts {
  /** Kana and kanji (read per character), including ー, 々 and 〆. */
  cjk: number;
  kana: number;
  han: number;
  hangul: number;
  /** Letters of any other script (mostly Latin). */
  otherLetters: number;
  /** Words of space-separated scripts: runs of letters and digits, joined by ' ’ or -. */
  words: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function isKana(c: number): boolean {
  return (c >= 0x3041 && c <= 0x309f) || (c >= 0x30a0 && c <= 0x30ff && c !== 0x30fb && c !== 0x30fc) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9d);
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f);
}

function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

const isJoiner = (c: number) => c === 0x27 /* ' */ || c === 0x2019 /* ’ */ || c === 0x2d /* - */;

export function countChars(text: string): CharCounts {
  const counts: CharCounts = { cjk: 0, kana: 0, han: 0, hangul: 0, otherLetters: 0, words: 0 };
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) {
      const wordChar = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
      if (wordChar) {
        if (c > 0x39) counts.otherLetters++;
        if (!inWord) counts.words++;
        inWord = true;
      } else if (!(inWord && isJoiner(c) && isAsciiWordChar(text.charCodeAt(i + 1)))) {
        inWord = false;
      }
      continue;
    }
    if (isKana(c)) {
      counts.kana++;
      counts.cjk++;
    } else if (isHan(c)) {
      counts.han++;
      counts.cjk++;
    } else if (c === 0x30fc || c === 0x3005 || c === 0x3006) {
      counts.cjk++;
    } else if (isHangul(c)) {
      counts.hangul++;
      if (!inWord) counts.words++;
      inWord = true;
      continue;
    } else if (c === 0x2019 && inWord) {
      continue; // ’ inside a word: Alibaba’s
    } else if (isCommonPunctuation(c)) {
      // 、。「」（）and friends: frequent in Japanese prose, and never letters.
    } else if (LETTER_OR_DIGIT.test(String.fromCodePoint(c))) {
      counts.otherLetters++;
      if (!inWord) counts.words++;
      inWord = true;
      continue;
    }
    inWord = false;
  }
  return counts;
}

function isCommonPunctuation(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0x2000 && c <= 0x206f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65);
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c > 0x7f;
}
