import type { Block } from '../parse/blocks';
import type { RepeatedPassage } from './duplicates';
import type { TextUnit } from './units';

/**
 * Which repeats are artifacts of a restart and which are normal writing. A post repeats itself
 * on purpose in its structure: a table of contents is repeated by the headings, two procedures
 * share a step, a bold label recurs. Such a repeat (every unit a heading, list item, table row,
 * code block or bold label) is an artifact only after a restart: a `---END---` marker, or a run of
 * two or more repeated sentences of prose, between the first copy and this one, and only where
 * the copy is of the same kind (a heading repeating a heading, not a contents entry).
 *
 * Prose is held to less: a run of two or more repeated sentences is itself the mark of a restart,
 * and a single repeated sentence is one when the post shows a restart anywhere (or a marker lies
 * between the copies). A pull quote or a sign-off repeated in a clean post is left alone.
 */
export interface RestartEvidence {
  /** The passages that are artifacts. */
  passages: RepeatedPassage[];
  /** Whether the post shows a restart at all: a marker, or a repeated run of prose. */
  restarted: boolean;
}

export function weighEvidence(passages: readonly RepeatedPassage[], units: readonly TextUnit[], blocks: readonly Block[]): RestartEvidence {
  const markers = blocks.filter((block) => block.kind === 'marker').map((block) => block.span.start);
  // A paragraph with two repeated sentences is a copy, even where a reworded one parts them.
  const perBlock = new Map<number, number>();
  const own = passages.map((passage) => {
    let count = 0;
    for (let k = passage.first; k <= passage.last; k++) {
      if (isStructural(units, k, blocks)) continue;
      count++;
      perBlock.set(units[k].block, (perBlock.get(units[k].block) ?? 0) + 1);
    }
    return count;
  });
  const prose = passages.map((passage, i) => Math.max(own[i], perBlock.get(units[passage.first].block) ?? 0));
  /** Offsets where the post restarted: markers, and the starts of repeated runs of prose. */
  const restarts = [...markers, ...passages.filter((_, i) => prose[i] >= 2).map((passage) => passage.span.start)].sort((a, b) => a - b);
  const restarted = restarts.length > 0;
  const kept = passages.filter((passage, i) => {
    let first = passage.span.start;
    for (const span of passage.originals) first = Math.min(first, span.start);
    if (prose[i] === 0) return sameKinds(passage, units, blocks) && anyBetween(restarts, first, passage.span.start);
    if (prose[i] >= 2 || anyBetween(markers, first, passage.span.start)) return true;
    return restarted;
  });
  return { passages: kept, restarted };
}

/**
 * Whether a unit is part of a post's structure rather than its running prose. The sentences after a
 * heading's text on its line are prose: a heading line that goes on is a re-flow.
 */
export function isStructural(units: readonly TextUnit[], index: number, blocks: readonly Block[]): boolean {
  const unit = units[index];
  const kind = blocks[unit.block].kind;
  const headingText = kind === 'heading' && (index === 0 || units[index - 1].block !== unit.block);
  return unit.weak || unit.label || unit.flattenedHeading || headingText || kind === 'list' || kind === 'table';
}

/** Whether each unit repeats one of the same kind: a heading a heading, a list item a list item. */
function sameKinds(passage: RepeatedPassage, units: readonly TextUnit[], blocks: readonly Block[]): boolean {
  for (let k = passage.first; k <= passage.last; k++) {
    const original = units[passage.originalOf[k]];
    if (kindOf(units[k], blocks) !== kindOf(original, blocks)) return false;
  }
  return true;
}

const kindOf = (unit: TextUnit, blocks: readonly Block[]) => (unit.label ? 'label' : unit.flattenedHeading ? 'heading' : blocks[unit.block].kind);

/** Whether a sorted list holds a value strictly between `low` and `high`. */
function anyBetween(sorted: readonly number[], low: number, high: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= low) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] < high;
}
