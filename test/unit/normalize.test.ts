import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { matchKey } from '../../src/core';

/** The definition the fast path must agree with. */
const reference = (text: string) => text.normalize('NFKC').replace(/[\s*_~]+/gu, '');

test('matchKey agrees with NFKC-then-strip for every UTF-16 code unit, alone and between letters', () => {
  for (let c = 0; c < 0x10000; c++) {
    const char = String.fromCharCode(c);
    for (const text of [char, `a${char}b`, `${char}\u3099`, `\u304b${char}`]) {
      if (matchKey(text) !== reference(text)) assert.fail(`U+${c.toString(16).padStart(4, '0')} in ${JSON.stringify(text)}`);
    }
  }
});

test('matchKey agrees on composing sequences, full-width forms and astral characters', () => {
  for (const text of ['\u304b\u3099', 'e\u0301', '\u1100\u1161\u11a8', 'ＡＢＣ　ｄ', 'ｶﾞｷﾞ', '①②', '㈱', '\ud83c\udf89 *party*', '\ud835\udc00', 'ﬁ', '\u212b', 'a\u00a0b', '\ud800', 'x\udc00']) {
    assert.equal(matchKey(text), reference(text), JSON.stringify(text));
  }
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => matchKey(text) === reference(text)), { numRuns: 5000, seed: 7 });
});
