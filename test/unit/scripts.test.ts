import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { countChars, type CharCounts } from '../../src/core/text/scripts';

/**
 * The definition the table-driven loop must agree with, written per code point with regular
 * expressions: kana and kanji (with ー 々 〆) are read per character, other letters make words,
 * joined by ’ always and by ' or - when a letter or digit follows.
 */
function reference(text: string): CharCounts {
  const counts: CharCounts = { cjk: 0, kana: 0, han: 0, hangul: 0, otherLetters: 0, words: 0 };
  const chars = [...text];
  let inWord = false;
  chars.forEach((char, i) => {
    const kana = /[\u3041-\u309f\u30a0-\u30fa\u30fd-\u30ff\u31f0-\u31ff\uff66-\uff9d]/.test(char);
    const han = /[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u{20000}-\u{3134f}]/u.test(char);
    const cjkMark = /[ー々〆]/.test(char);
    const hangul = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/.test(char);
    const digit = /[0-9]/.test(char);
    const letter = !kana && !han && !cjkMark && !hangul && !digit && char !== '’' && /^[\p{L}\p{N}\p{M}]$/u.test(char);
    if (kana) counts.kana++;
    if (han) counts.han++;
    if (kana || han || cjkMark) counts.cjk++;
    if (hangul) counts.hangul++;
    if (letter) counts.otherLetters++;
    if (letter || digit || hangul) {
      if (!inWord) counts.words++;
      inWord = true;
    } else if (inWord && char !== '’') {
      const next = chars[i + 1] ?? '';
      inWord = (char === "'" || char === '-') && next.length === 1 && /^[\p{L}\p{N}\p{M}]$/u.test(next) && !/[\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9d\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff々〆\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f’]/.test(next);
    }
  });
  return counts;
}

test('countChars agrees with the per-character definition for every UTF-16 code unit, alone, in a word and around a surrogate', () => {
  for (let c = 0; c < 0x10000; c++) {
    const char = String.fromCharCode(c);
    for (const text of [char, `a-${char}`, `a'${char}b`, `x${char}y`, `\ud842${char}`, `${char}\udc00`]) {
      assert.deepEqual(countChars(text), reference(text), `U+${c.toString(16).padStart(4, '0')} in ${JSON.stringify(text)}`);
    }
  }
});

test('countChars: astral kanji, emoji, mathematical letters, lone surrogates and joiners', () => {
  const cases: Array<[string, Partial<CharCounts>]> = [
    ['𠮷野家', { han: 3, cjk: 3, words: 0 }],
    ['😀 ok', { otherLetters: 2, words: 1 }],
    ['𝐀𝐁 c', { otherLetters: 3, words: 2 }],
    ['\ud800 a \udc00', { otherLetters: 1, words: 1 }],
    ["don't e-mail Alibaba’s a--b a-", { words: 6 }],
    ['café-crème 한국어 ﾃｽﾄー々', { words: 2, hangul: 3, kana: 3, cjk: 5 }],
  ];
  for (const [text, expected] of cases) assert.deepEqual({ ...countChars(text), ...expected }, countChars(text), JSON.stringify(text));
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 16 }), (text) => assert.deepEqual(countChars(text), reference(text))), { numRuns: 5000, seed: 11 });
});
