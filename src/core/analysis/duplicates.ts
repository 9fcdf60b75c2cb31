import type { Span } from '../types';
import type { TextUnit } from './units';
import { isHighSurrogate, isLowSurrogate } from '../text/surrogates';

/** A run of adjacent units that all repeat earlier text. */
export interface RepeatedPassage {
  /** Indices into the unit list, contiguous. */
  first: number;
  last: number;
  span: Span;
  /** Where the repeated text was first written: the earlier units, merged where they are contiguous. */
  originals: Span[];
  /** Normalised length of the repeated text. */
  length: number;
  /** Indices of the units that the passage's first and last units repeat. */
  firstOriginal: number;
  lastOriginal: number;
  /** For every unit of the post, the index of the unit it repeats, or -1 (shared by all passages). */
  originalOf: Int32Array;
}

/**
 * Finds repeated passages in linear time: each unit's normalised key is looked up among the keys
 * already seen. Adjacent repeats within a section merge into one passage.
 */
export function findRepeatedPassages(units: readonly TextUnit[], minLength: number): RepeatedPassage[] {
  const originalOf = firstOccurrences(units);

  const passages: RepeatedPassage[] = [];
  let i = 0;
  while (i < units.length) {
    if (originalOf[i] < 0) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < units.length && originalOf[last + 1] >= 0 && units[last + 1].section === units[i].section) last++;
    let length = 0;
    let proseLength = 0;
    for (let k = i; k <= last; k++) {
      length += units[k].key.length;
      if (!units[k].weak) proseLength += units[k].key.length;
    }
    // Rows and code join a passage but do not count towards the minimum: alone they are legitimate.
    if (proseLength >= minLength) {
      passages.push({
        first: i,
        last,
        span: { start: units[i].span.start, end: units[last].span.end },
        originals: mergeOriginals(units, originalOf, i, last),
        length,
        firstOriginal: originalOf[i],
        lastOriginal: originalOf[last],
        originalOf,
      });
    }
    i = last + 1;
  }
  return passages;
}

/**
 * Whether unit `k` is a line that introduces the block after it (`関連記事：`, `Related posts:`)
 * while that block is new text (another list of links under the same label): the label belongs
 * with it, so a repeat's deletion leaves it (see duplicate-passage).
 */
export function introducesFreshBlock(units: readonly TextUnit[], originalOf: Int32Array, k: number): boolean {
  const unit = units[k];
  const next = units[k + 1];
  return !unit.weak && unit.key.charCodeAt(unit.key.length - 1) === 0x3a /* : */ && LETTER.test(unit.key) && next !== undefined && originalOf[k + 1] < 0 && next.section === unit.section && next.block !== unit.block;
}

/** A label has words before its colon; `:::`, the close of a container (Zenn, VitePress), is markup. */
const LETTER = /\p{L}/u;

/** Keys that share a shape and are told apart by comparing them; more go to a map that hashes them whole. */
const MAX_LOOK_ALIKES = 8;

/**
 * For each unit, the index of the first unit with the same key, or -1. Keys are filed by their
 * shape (length and ends), not hashed whole as a string-keyed map would: that hashing cost more
 * than everything else here. Keys of one shape are compared; past a few of them (a post of
 * look-alike sentences) they go to a string-keyed map, so the search stays linear.
 */
function firstOccurrences(units: readonly TextUnit[]): Int32Array {
  const originalOf = new Int32Array(units.length).fill(-1);
  /** Per shape, the first unit of each distinct key: one index, or a list once two keys share it. */
  const byShape = new Map<number, number | number[]>();
  const crowded = new Map<string, number>();
  // Prose repeats prose, and code or a row repeats code or a row: a page that shows Markdown as
  // indented code and then renders it (`    :::tip My tip`, then `:::tip My tip`) repeats nothing.
  units.forEach(({ key, weak }, i) => {
    const shape = shapeOf(key) * 2 + (weak ? 1 : 0);
    const same = (k: number) => units[k].key === key && units[k].weak === weak;
    const filed = byShape.get(shape);
    if (filed === undefined) {
      byShape.set(shape, i);
    } else if (typeof filed === 'number') {
      if (same(filed)) originalOf[i] = filed;
      else byShape.set(shape, [filed, i]);
    } else {
      const crowdedKey = weak ? `\u0000${key}` : key;
      const first = filed.find(same) ?? (filed.length < MAX_LOOK_ALIKES ? undefined : crowded.get(crowdedKey));
      if (first !== undefined) originalOf[i] = first;
      else if (filed.length < MAX_LOOK_ALIKES) filed.push(i);
      else crowded.set(crowdedKey, i);
    }
  });
  return originalOf;
}

/** A number from a key's length and up to 8 characters at each end (kept a small integer, which maps hash cheaply). */
function shapeOf(key: string): number {
  const length = key.length;
  let shape = length;
  const head = Math.min(length, 8);
  for (let k = 0; k < head; k++) shape = Math.imul(shape ^ key.charCodeAt(k), 0x01000193);
  for (let k = Math.max(head, length - 8); k < length; k++) shape = Math.imul(shape ^ key.charCodeAt(k), 0x01000193);
  return shape >>> 2;
}

/** The earlier copies, merged where contiguous; a unit repeated twice within the passage is listed once. */
function mergeOriginals(units: readonly TextUnit[], originalOf: Int32Array, first: number, last: number): Span[] {
  const spans: Span[] = [];
  const listed = new Set<number>();
  let previous = -2;
  for (let k = first; k <= last; k++) {
    const original = originalOf[k];
    if (listed.has(original)) {
      previous = -2;
      continue;
    }
    listed.add(original);
    const span = units[original].span;
    if (original === previous + 1 && units[original].section === units[previous].section) spans[spans.length - 1].end = span.end;
    else spans.push({ ...span });
    previous = original;
  }
  return spans;
}

/** A sentence that restates an earlier one with a small change, found between two repeated passages. */
export interface NearRepeat {
  unit: number;
  original: number;
  /** The changed text in each: the part between their common beginning and end. */
  changed: string;
  originalChanged: string;
}

/**
 * Near repeats where a restart reworded one sentence of a passage it otherwise copied: a unit
 * between two repeated passages whose originals are one unit apart, compared with that unit. Only
 * this shape is looked at, so a sentence that merely resembles another is never reported, and the
 * search is one comparison per pair of neighbouring passages.
 */
export function findNearRepeats(units: readonly TextUnit[], passages: readonly RepeatedPassage[], text: string): NearRepeat[] {
  const found: NearRepeat[] = [];
  for (let k = 0; k + 1 < passages.length; k++) {
    const before = passages[k];
    const after = passages[k + 1];
    const unit = before.last + 1;
    const original = before.lastOriginal + 1;
    if (after.first !== unit + 1 || after.firstOriginal !== original + 1) continue;
    if (units[unit].weak || units[original].weak || units[unit].section !== units[after.first].section || units[unit].section !== units[before.last].section) continue;
    const change = smallChange(units[original].key, units[unit].key);
    if (!change) continue;
    const here = textOf(units[unit], text);
    const there = textOf(units[original], text);
    found.push({ unit, original, ...changedText(there, here) });
  }
  return found;
}

/**
 * Keys that differ only in a short part (a word or two), with most of the text in common. The
 * sentence sits between two repeated passages already, so a short sentence with one word swapped
 * counts too (a real AI dialogue's restart: `But what about multilingual performance?` and, in the
 * copy, `… multilingual tasks?`): three fifths of it the same, at most two fifths changed, in both.
 */
function smallChange(a: string, b: string): boolean {
  const longest = Math.max(a.length, b.length);
  if (a === b || Math.min(a.length, b.length) < MIN_NEAR_LENGTH) return false;
  const { prefix, suffix } = commonEnds(a, b);
  const differing = longest - prefix - suffix;
  if (differing <= Math.max(4, longest * 0.15) && prefix + suffix >= longest * 0.7) return true;
  // A word swapped has a changed part in both; when one is the other's start, it was cut off (truncated-text's).
  const swapped = Math.min(a.length, b.length) - prefix - suffix > 0;
  return swapped && prefix + suffix >= longest * 0.6 && differing <= longest * 0.4;
}

/** Sentences shorter than this are too generic to call near repeats. */
const MIN_NEAR_LENGTH = 20;

function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const shortest = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shortest && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  // Never between the two halves of a surrogate pair: the differing parts are shown to the writer.
  if (prefix > 0 && isHighSurrogate(a.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isHighSurrogate(a.charCodeAt(a.length - 1 - suffix))) suffix--;
  return { prefix, suffix };
}

/**
 * The differing middles of two texts, as written, with a little of the common text around them so
 * that the writer can find them (`加速する` and `加速させる`, not `す` and `させ`): two characters,
 * or the rest of a Latin word.
 */
function changedText(original: string, repeat: string): { changed: string; originalChanged: string } {
  let { prefix, suffix } = commonEnds(original, repeat);
  prefix = Math.max(0, prefix - 2);
  while (prefix > 0 && isWordCharacter(repeat.charCodeAt(prefix - 1)) && isWordCharacter(repeat.charCodeAt(prefix))) prefix--;
  suffix = Math.max(0, suffix - 2);
  while (suffix > 0 && isWordCharacter(repeat.charCodeAt(repeat.length - suffix)) && isWordCharacter(repeat.charCodeAt(repeat.length - suffix - 1))) suffix--;
  if (prefix > 0 && isLowSurrogate(repeat.charCodeAt(prefix))) prefix--;
  if (suffix > 0 && isHighSurrogate(repeat.charCodeAt(repeat.length - suffix - 1))) suffix--;
  return { changed: repeat.slice(prefix, repeat.length - suffix), originalChanged: original.slice(prefix, original.length - suffix) };
}

const isWordCharacter = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

const textOf = (unit: TextUnit, text: string) => text.slice(unit.span.start, unit.span.end);
