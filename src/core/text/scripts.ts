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

/**
 * Character classes, numbered so that the classes that make words come first (one comparison in
 * the loop) and the two that need a second look come last.
 */
const enum Class {
  Letter, // a letter of a space-separated script (or a non-ASCII digit)
  Digit, // 0-9: part of words, not counted as letters
  Hangul,
  Kana,
  Han,
  CjkMark, // ー 々 〆: read like kana and kanji
  Apostrophe, // ’: inside a word, part of it
  Joiner, // ' and -: join two parts of one word (don't, e-mail) when a letter or digit follows
  Other, // spaces, punctuation, symbols
  Unresolved, // Letter or Other, by Unicode's categories: looked up on first sight
  Surrogate, // half of a pair: the pair's code point is classified where it is met
}

/** Code points whose class Unicode's categories alone do not give (ranges do not overlap). */
const RANGES: ReadonlyArray<readonly [first: number, last: number, cls: Class]> = [
  [0x3041, 0x309f, Class.Kana],
  [0x30a0, 0x30fa, Class.Kana], // 0x30fb ・ is punctuation, 0x30fc ー a mark
  [0x30fd, 0x30ff, Class.Kana],
  [0x31f0, 0x31ff, Class.Kana],
  [0xff66, 0xff9d, Class.Kana],
  [0x4e00, 0x9fff, Class.Han],
  [0x3400, 0x4dbf, Class.Han],
  [0xf900, 0xfaff, Class.Han],
  [0x20000, 0x3134f, Class.Han],
  [0x30fc, 0x30fc, Class.CjkMark],
  [0x3005, 0x3006, Class.CjkMark],
  [0xac00, 0xd7a3, Class.Hangul],
  [0x1100, 0x11ff, Class.Hangul],
  [0x3130, 0x318f, Class.Hangul],
  [0x2019, 0x2019, Class.Apostrophe],
  [0xd800, 0xdfff, Class.Surrogate],
];

function asciiClass(c: number): Class {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return Class.Letter;
  if (c >= 0x30 && c <= 0x39) return Class.Digit;
  return c === 0x27 || c === 0x2d ? Class.Joiner : Class.Other;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function classify(c: number): Class {
  if (c < 0x80) return asciiClass(c);
  for (const [first, last, cls] of RANGES) if (c >= first && c <= last) return cls;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(c)) ? Class.Letter : Class.Other;
}

/**
 * The class of each UTF-16 code unit, filled from the ranges on first use; the rest are resolved,
 * and written back, as they are first met. The counting loop so has one rare branch.
 */
let classTable: Uint8Array | undefined;

function classTableOf(): Uint8Array {
  if (classTable) return classTable;
  const table = new Uint8Array(0x10000).fill(Class.Unresolved);
  for (const [first, last, cls] of RANGES) if (first < 0x10000) table.fill(cls, first, last + 1);
  for (let c = 0; c < 0x80; c++) table[c] = asciiClass(c);
  return (classTable = table);
}

/** The class of code unit `c`, resolving (and keeping) what the ranges left open. */
function tableClass(table: Uint8Array, c: number): Class {
  const cls = table[c] as Class;
  return cls === Class.Unresolved ? (table[c] = classify(c)) : cls;
}

/** The class of the surrogate pair at `i` (before `end`); Other for a surrogate that does not start one. */
function pairClass(text: string, i: number, end: number): Class {
  const high = text.charCodeAt(i);
  const low = i + 1 < end ? text.charCodeAt(i + 1) : 0;
  return isHighSurrogate(high) && isLowSurrogate(low) ? classify(0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00)) : Class.Other;
}

/**
 * What each class adds to the per-chunk counter: one of five 6-bit fields (letters, hangul, kana,
 * han, marks). Adding a table entry instead of branching per class: kana and kanji alternate
 * unpredictably in Japanese text, and a branch per character mispredicted about half the time.
 */
const FIELD_BITS = 6;
/** Characters per chunk: no field can overflow within one (a pair is one step and adds one). */
const CHUNK = (1 << FIELD_BITS) - 1;
const FIELD_MASK = CHUNK;
const INCREMENT = new Int32Array(16);
INCREMENT[Class.Letter] = 1;
INCREMENT[Class.Hangul] = 1 << FIELD_BITS;
INCREMENT[Class.Kana] = 1 << (2 * FIELD_BITS);
INCREMENT[Class.Han] = 1 << (3 * FIELD_BITS);
INCREMENT[Class.CjkMark] = 1 << (4 * FIELD_BITS);
/** 1 for the classes that make words (letters, digits, hangul). */
const IN_WORD = new Int32Array(16);
IN_WORD[Class.Letter] = IN_WORD[Class.Digit] = IN_WORD[Class.Hangul] = 1;
/** 1 for ’, which a word goes on through (Alibaba’s). */
const KEEPS_WORD = new Int32Array(16);
KEEPS_WORD[Class.Apostrophe] = 1;

/** The counts of `text[start, end)`, read where it is (a slice would read each character through one more indirection). */
export function countChars(text: string, start = 0, end = text.length): CharCounts {
  const table = classTableOf();
  let letters = 0;
  let hangul = 0;
  let kana = 0;
  let han = 0;
  let marks = 0;
  let words = 0;
  let inWord = 0;
  for (let i = start; i < end; ) {
    const chunkEnd = Math.min(end, i + CHUNK);
    let counts = 0;
    for (; i < chunkEnd; i++) {
      let cls = table[text.charCodeAt(i)] as Class;
      if (cls >= Class.Unresolved) {
        if (cls === Class.Unresolved) cls = tableClass(table, text.charCodeAt(i));
        else {
          cls = pairClass(text, i, end);
          // Past the pair's second half. (An Other pair's is left to count as Other once more, which nothing reads.)
          if (cls !== Class.Other) i++;
        }
      }
      counts += INCREMENT[cls];
      const wordish = IN_WORD[cls];
      const before = inWord;
      words += wordish & (before ^ 1);
      // ’ inside a word keeps it one word (Alibaba’s); ' and - join two parts of one (don't, e-mail).
      inWord = wordish | (before & KEEPS_WORD[cls]);
      if (cls === Class.Joiner && before === 1 && i + 1 < end && tableClass(table, text.charCodeAt(i + 1)) <= Class.Digit) inWord = 1;
    }
    letters += counts & FIELD_MASK;
    hangul += (counts >>> FIELD_BITS) & FIELD_MASK;
    kana += (counts >>> (2 * FIELD_BITS)) & FIELD_MASK;
    han += (counts >>> (3 * FIELD_BITS)) & FIELD_MASK;
    marks += (counts >>> (4 * FIELD_BITS)) & FIELD_MASK;
  }
  return { cjk: kana + han + marks, kana, han, hangul, otherLetters: letters, words };
}
