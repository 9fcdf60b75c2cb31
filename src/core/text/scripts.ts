/** Character classes for reading time, language detection and normalisation. */

/** Kana and kanji, read per character. Includes the prolonged-sound mark and the iteration mark. */
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/gu;
export const KANA_CHAR = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
export const HAN_CHAR = /\p{Script=Han}/gu;
export const HANGUL_CHAR = /\p{Script=Hangul}/gu;
/** A word in a space-separated script: letters and digits, joined by apostrophes or hyphens. */
export const SPACED_WORD =
  /[^\s\p{P}\p{S}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+(?:['’\-][^\s\p{P}\p{S}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+)*/gu;

export function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}
