import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findRepeatedPassages } from '../../src/core/analysis/duplicates';
import type { TextUnit } from '../../src/core/analysis/units';

/** Units with these keys, one after another in one section. */
function unitsOf(keys: readonly string[]): TextUnit[] {
  let offset = 0;
  return keys.map((key, index) => {
    const span = { start: offset, end: (offset += key.length + 1) - 1 };
    const source = { start: span.start, end: span.end, key, weak: false, terminated: true, label: false, flattenedHeading: false };
    return { span, key, weak: false, block: index, terminated: true, label: false, flattenedHeading: false, section: 0, source, index };
  });
}

/** The definition: each unit repeats the first unit with an equal key. */
function firstOccurrences(keys: readonly string[]): number[] {
  const first = new Map<string, number>();
  return keys.map((key, i) => {
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    return seen ?? -1;
  });
}

const originalsFound = (keys: readonly string[]) => {
  const passages = findRepeatedPassages(unitsOf(keys), 0);
  return passages.length > 0 ? [...passages[0].originalOf] : keys.map(() => -1);
};

test('repeats are found by key, also among many keys of one length and the same ends (look-alike list items)', () => {
  // 40 keys that differ only in the middle share a shape: past the first few, a map tells them apart.
  const lookAlikes = Array.from({ length: 40 }, (_, i) => `項目の説明です：第${String(i).padStart(2, '0')}番目の手順について。`);
  const keys = [...lookAlikes, ...lookAlikes.slice().reverse(), 'short', 'short', ''];
  assert.deepEqual(originalsFound(keys), firstOccurrences(keys));
});

test('repeats are found by key: random keys from a small alphabet, with shared lengths and ends', () => {
  const key = fc.tuple(fc.constantFrom('', 'AAAAAAAA', 'あいうえおかきく'), fc.string({ unit: fc.constantFrom('x', 'y', 'ｘ', '𠮷'), maxLength: 4 }), fc.constantFrom('', 'ZZZZZZZZ', '。')).map((parts) => parts.join(''));
  fc.assert(fc.property(fc.array(key, { maxLength: 80 }), (keys) => assert.deepEqual(originalsFound(keys), firstOccurrences(keys))), { numRuns: 2000, seed: 5 });
});
