/**
 * One linear pass that classifies characters for reading time and language detection. Code-point
 * ranges instead of per-character regular expressions: this runs on every keystroke.
 */
import { isHighSurrogate, isLowSurrogate } from './surrogates';

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

/** Character classes. The table caches them per BMP code unit, filled as characters are first seen. */
const enum Class {
  Unknown = 0,
  Letter, // a letter of a space-separated script (or a non-ASCII digit)
  Digit, // 0-9: part of words, not counted as letters
  Kana,
  Han,
  CjkMark, // ー 々 〆: read like kana and kanji
  Hangul,
  Apostrophe, // ’: inside a word, part of it
  Other, // spaces, punctuation, symbols
}

const CLASS_TABLE = new Uint8Array(0x10000);

function classify(c: number): Class {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? Class.Letter : c >= 0x30 && c <= 0x39 ? Class.Digit : Class.Other;
  if (isKana(c)) return Class.Kana;
  if (isHan(c)) return Class.Han;
  if (c === 0x30fc || c === 0x3005 || c === 0x3006) return Class.CjkMark;
  if (isHangul(c)) return Class.Hangul;
  if (c === 0x2019) return Class.Apostrophe;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(c)) ? Class.Letter : Class.Other;
}

/** The class of a UTF-16 code unit (a BMP character, or half of a surrogate pair). */
function bmpClass(c: number): Class {
  let cls = CLASS_TABLE[c] as Class;
  if (cls === Class.Unknown) CLASS_TABLE[c] = cls = classify(c);
  return cls;
}

function isKana(c: number): boolean {
  return (c >= 0x3041 && c <= 0x309f) || (c >= 0x30a0 && c <= 0x30ff && c !== 0x30fb && c !== 0x30fc) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9d);
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f);
}

function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

/** ' and - join two parts of one word (don't, e-mail) when a letter follows. */
const isJoiner = (c: number) => c === 0x27 || c === 0x2d;


const isLetterOrDigit = (cls: Class) => cls === Class.Letter || cls === Class.Digit;

/** Whether a character of this class continues a word of a space-separated script. */
const isWordChar = (cls: Class) => cls === Class.Letter || cls === Class.Digit || cls === Class.Hangul;

export function countChars(text: string): CharCounts {
  // One counter per class: the loop's only branch is the word logic.
  const perClass = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  let words = 0;
  let inWord = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    let c = text.charCodeAt(i);
    let cls: Class;
    if (!isHighSurrogate(c) || !isLowSurrogate(text.charCodeAt(i + 1))) {
      cls = bmpClass(c);
    } else {
      c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
      cls = classify(c);
    }
    perClass[cls]++;
    if (isWordChar(cls)) {
      if (!inWord) words++;
      inWord = true;
    } else if (inWord && cls !== Class.Apostrophe) {
      // ’ inside a word keeps it one word (Alibaba’s); ' and - join two parts of one (don't, e-mail).
      inWord = isJoiner(c) && i + 1 < length && isLetterOrDigit(bmpClass(text.charCodeAt(i + 1)));
    }
  }
  return {
    cjk: perClass[Class.Kana] + perClass[Class.Han] + perClass[Class.CjkMark],
    kana: perClass[Class.Kana],
    han: perClass[Class.Han],
    hangul: perClass[Class.Hangul],
    otherLetters: perClass[Class.Letter],
    words,
  };
}
