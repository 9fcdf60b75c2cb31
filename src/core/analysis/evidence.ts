import type { Block } from '../parse/blocks';
import type { RepeatedPassage } from './duplicates';
import type { TextUnit } from './units';

/**
 * Which repeats are artifacts of a restart and which are normal writing. A post repeats itself
 * on purpose in its structure: a table of contents is repeated by the headings, two procedures
 * share a step, a bold label recurs. Such a repeat (every unit a heading, list item, table row,
 * code block or bold label) is an artifact only after a restart (a `---END---` marker, or a copied
 * stretch of prose, see `copyOf`) between the first copy and this one, and only where the copy is
 * of the same kind (a heading repeating a heading, not a contents entry).
 *
 * Prose is held to less: a copied stretch is itself the mark of a restart; a shorter repeat is one
 * when the post shows a restart anywhere (or a marker lies between the copies). A pull quote, a
 * TL;DR that the conclusion repeats or a call to action at both ends of a clean post is left alone.
 */
export interface RestartEvidence {
  /** The passages that are artifacts. */
  passages: RepeatedPassage[];
  /** Whether the post shows a restart at all: a marker, or a copied stretch of prose. */
  restarted: boolean;
}

export function weighEvidence(passages: readonly RepeatedPassage[], units: readonly TextUnit[], blocks: readonly Block[], knownRestarted = false): RestartEvidence {
  const markers = blocks.filter((block) => block.kind === 'marker').map((block) => block.span.start);
  const copies = passages.map((passage) => copyOf(passage, units, blocks));
  /** Offsets where the post restarted: markers, and the starts of copied stretches. */
  const restarts = [...markers, ...passages.filter((_, i) => copies[i].restart).map((passage) => passage.span.start)].sort((a, b) => a - b);
  const restarted = knownRestarted || restarts.length > 0;
  const kept = passages.filter((passage, i) => {
    let first = passage.span.start;
    for (const span of passage.originals) first = Math.min(first, span.start);
    if (copies[i].prose === 0) return sameKinds(passage, units, blocks) && anyBetween(restarts, first, passage.span.start);
    if (copies[i].restart || anyBetween(markers, first, passage.span.start)) return true;
    return restarted;
  });
  return { passages: kept, restarted };
}

/** A copy of a long paragraph (this many sentences of prose, in their order) is a restart's. */
const LONG_COPY = 4;

/**
 * How much prose a passage copies, and whether that alone shows a restart: it copies a stretch of
 * the post in its order (each sentence the one after the last one's original) that runs from one
 * paragraph into the next, re-flowed into one or not, or that holds four sentences or more. A
 * writer repeats one short paragraph on purpose (a TL;DR, a call to action at both ends) or picks
 * sentences from here and there for a summary; a model that starts over copies whole stretches.
 */
function copyOf(passage: RepeatedPassage, units: readonly TextUnit[], blocks: readonly Block[]): { prose: number; restart: boolean } {
  const { originalOf } = passage;
  let prose = 0;
  let restart = false;
  /** The current stretch copied in order: its prose sentences, and whether it crosses a paragraph. */
  let stretch = 0;
  let crosses = false;
  for (let k = passage.first; k <= passage.last; k++) {
    const structural = isStructural(units, k, blocks);
    if (!structural) prose++;
    const inOrder = k > passage.first && originalOf[k] === originalOf[k - 1] + 1;
    if (inOrder) {
      if (units[originalOf[k]].block !== units[originalOf[k - 1]].block) crosses = true;
    } else {
      stretch = 0;
      crosses = false;
    }
    if (!structural) stretch++;
    if ((crosses && stretch >= 2) || stretch >= LONG_COPY) restart = true;
  }
  return { prose, restart };
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
