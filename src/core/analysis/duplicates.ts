import type { Span } from '../types';
import type { TextUnit } from './units';

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
}

/**
 * Finds repeated passages in linear time: each unit's normalised key is looked up in a hash map of
 * keys already seen. Adjacent repeats within a section merge into one passage.
 */
export function findRepeatedPassages(units: readonly TextUnit[], minLength: number): RepeatedPassage[] {
  const firstSeen = new Map<string, number>();
  const originalOf = new Int32Array(units.length).fill(-1);
  units.forEach((unit, i) => {
    const first = firstSeen.get(unit.key);
    if (first === undefined) firstSeen.set(unit.key, i);
    else originalOf[i] = first;
  });

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
      });
    }
    i = last + 1;
  }
  return passages;
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
