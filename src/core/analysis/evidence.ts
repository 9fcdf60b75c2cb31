import type { Block } from '../parse/blocks';
import { trimEndWhile } from '../text/trim';
import { sentenceEnding } from '../text/sentences';
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

export function weighEvidence(allPassages: readonly RepeatedPassage[], units: readonly TextUnit[], blocks: readonly Block[], text: string, knownRestarted = false): RestartEvidence {
  const passages = outsideExcerpts(allPassages, blocks, text).filter((passage) => !isPlaceholder(passage, units));
  const markers = blocks.filter((block) => block.kind === 'marker').map((block) => block.span.start);
  // Worked out only when a copied stretch is long enough to be weighed.
  let sections: Sections | undefined;
  const sectionsOfPost = () => (sections ??= sectionsOf(units, blocks, passages[0].originalOf, text));
  const copies = passages.map((passage) => copyOf(passage, units, blocks, text, sectionsOfPost));
  /** Offsets where the post restarted: markers, and the starts of copied stretches. */
  const restarts = [...markers, ...passages.filter((_, i) => copies[i].restart).map((passage) => passage.span.start)].sort((a, b) => a - b);
  const restarted = knownRestarted || restarts.length > 0;
  const kept = passages.filter((passage, i) => {
    let first = passage.span.start;
    for (const span of passage.originals) first = Math.min(first, span.start);
    // (A restart that a re-flow runs on from the repeat, in its block, counts: the repeat is part of it.)
    if (copies[i].prose === 0) return sameKinds(passage, units, blocks) && anyBetween(restarts, first, blocks[units[passage.last].block].span.end);
    if (copies[i].restart || anyBetween(markers, first, passage.span.start)) return true;
    return restarted;
  });
  return { passages: kept, restarted };
}

/**
 * Placeholder text (Lorem ipsum) is repeated on purpose: a theme's demo page fills paragraph after
 * paragraph with it (a real Astro blog's CSS test page), and no model restarts into it.
 */
function isPlaceholder(passage: RepeatedPassage, units: readonly TextUnit[]): boolean {
  for (let k = passage.first; k <= passage.last; k++) if (LOREM_IPSUM.test(units[k].key)) return true;
  return false;
}

const LOREM_IPSUM = /lorem\s*ipsum/i;

// A stretch a blog marks as the post's excerpt, for its index page, which the body then repeats
// on purpose: Tailwind's blog writes {/*excerpt*/} and {/*/excerpt*/} (MDX comments) around it.
const EXCERPT_OPEN = /^[ \t]*(?:\{\/\*[ \t]*excerpt[ \t]*\*\/\}|<!--[ \t]*excerpt[ \t]*-->)[ \t]*$/i;
const EXCERPT_CLOSE = /^[ \t]*(?:\{\/\*[ \t]*\/excerpt[ \t]*\*\/\}|<!--[ \t]*\/excerpt[ \t]*-->)[ \t]*$/i;

/** The passages whose first copies are not all in a marked excerpt (a copy of an excerpt is no restart's). */
function outsideExcerpts(passages: readonly RepeatedPassage[], blocks: readonly Block[], text: string): readonly RepeatedPassage[] {
  if (passages.length === 0 || !text.includes('excerpt')) return passages;
  const excerpts: Array<{ start: number; end: number }> = [];
  let open = -1;
  for (const block of blocks) {
    if (block.kind !== 'html' && block.kind !== 'paragraph') continue;
    const line = text.slice(block.span.start, block.span.end);
    if (EXCERPT_OPEN.test(line)) open = block.span.end;
    else if (open >= 0 && EXCERPT_CLOSE.test(line)) {
      excerpts.push({ start: open, end: block.span.start });
      open = -1;
    }
  }
  if (excerpts.length === 0) return passages;
  const inExcerpt = (offset: number) => excerpts.some((excerpt) => excerpt.start <= offset && offset < excerpt.end);
  return passages.filter((passage) => !passage.originals.every((span) => inExcerpt(span.start)));
}

/** A copy of a long paragraph (this many sentences of prose, in their order) is a restart's. */
const LONG_COPY = 4;
/**
 * A copy that runs from one paragraph into the next is a restart's when it holds this much prose
 * (characters of its sentences' keys): a walk-through repeats two short lines on purpose (`and that
 * is defined in:` above the same file's path, twice in a post on a debugger).
 */
const CROSSING_COPY_CHARS = 50;

/**
 * How much prose a passage copies, and whether that alone shows a restart: it copies a stretch of
 * the post in its order (each sentence the one after the last one's original) that runs from one
 * paragraph into the next, re-flowed into one or not, or that holds four sentences or more. A
 * writer repeats one short paragraph on purpose (a TL;DR, a call to action at both ends) or picks
 * sentences from here and there for a summary; a model that starts over copies whole stretches.
 * A stretch copied into a section of its own (see `parallelSections`) is parallel writing, unless
 * it is re-flowed or runs into a cut-off sentence: the marks of a restart.
 */
function copyOf(passage: RepeatedPassage, units: readonly TextUnit[], blocks: readonly Block[], text: string, sectionsOfPost: () => Sections): { prose: number; restart: boolean } {
  const { originalOf } = passage;
  let prose = 0;
  let restart = false;
  /** The current stretch copied in order: its first unit, its prose sentences, whether it crosses a paragraph and whether it re-flows one. */
  let from = passage.first;
  let stretch = 0;
  let stretchChars = 0;
  let crosses = false;
  let reflowed = false;
  for (let k = passage.first; k <= passage.last; k++) {
    const structural = isStructural(units, k, blocks);
    if (!structural) prose++;
    if (k > passage.first && originalOf[k] === originalOf[k - 1] + 1) {
      // Across blocks in the original: in the copy too, or re-flowed into one line. A list's items
      // restated as the lines of one paragraph are a writer's (a leap-year post restates three
      // rules of its list under the amended rule set).
      if (units[originalOf[k]].block !== units[originalOf[k - 1]].block) {
        const oneBlock = units[k].block === units[k - 1].block;
        if (!oneBlock || !hasLineBreak(text, units[k - 1].span.end, units[k].span.start)) {
          crosses = true;
          if (oneBlock) reflowed = true;
        }
      }
    } else {
      from = k;
      stretch = 0;
      stretchChars = 0;
      crosses = false;
      reflowed = false;
    }
    if (!structural) {
      stretch++;
      stretchChars += units[k].key.length;
    }
    // Judged where the stretch ends, with all of it known.
    const ends = k === passage.last || originalOf[k + 1] !== originalOf[k] + 1;
    if (restart || !ends || !(stretch >= LONG_COPY || (crosses && stretch >= 2 && stretchChars >= CROSSING_COPY_CHARS))) continue;
    const sections = sectionsOfPost();
    if (reflowed || cutOffAfter(units, k, sections) || !parallelSections(sections, units, from, originalOf[from])) restart = true;
  }
  return { prose, restart };
}

function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return true;
  }
  return false;
}

/** Whether a unit's paragraph goes on after it to a sentence left unfinished. */
function cutOffAfter(units: readonly TextUnit[], index: number, sections: Sections): boolean {
  const last = sections.blockLast[index];
  if (last <= index || units[last].terminated) return false;
  // A colon that leads into code or a list finishes its sentence.
  const { span } = units[last];
  return sentenceEnding(sections.text.slice(span.start, span.end)) !== 'finished';
}

/** For each unit, the section it is in and the last repeat before it: see `parallelSections`. */
interface Sections {
  /** The heading (or bold label) whose section holds the unit, as a unit index, or -1. A heading's is its parent's. */
  enclosing: Int32Array;
  /** A heading's level (1 to 6; a bold label counts as 7), 0 for other units. */
  level: Uint8Array;
  /** For each unit, the unit it repeats, or -1. */
  originalOf: Int32Array;
  /** The last sentence of prose before each unit that repeats an earlier one, or -1. */
  lastProseRepeat: Int32Array;
  /** The index of the last unit of the unit's block. */
  blockLast: Int32Array;
  /** What the sections were made from. */
  blocks: readonly Block[];
  text: string;
}

/** A bold label's section level: under any heading's. */
const LABEL_LEVEL = 7;

/** Headings and labels as sections, in one pass: the open ones are kept on a stack by level. */
function sectionsOf(units: readonly TextUnit[], blocks: readonly Block[], originalOf: Int32Array, text: string): Sections {
  const enclosing = new Int32Array(units.length);
  const level = new Uint8Array(units.length);
  const lastProseRepeat = new Int32Array(units.length);
  const open: number[] = [];
  let proseRepeat = -1;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const block = blocks[unit.block];
    level[i] = unit.label ? LABEL_LEVEL : isHeadingText(units, i, blocks) ? headingLevel(text, block) : 0;
    // A label within a list item (`- **post** the postscript`) names that item, not what follows the list.
    while (open.length > 0 && closesWithItsBlock(units[open[open.length - 1]], blocks) && units[open[open.length - 1]].block !== unit.block) open.pop();
    if (level[i] > 0) while (open.length > 0 && level[open[open.length - 1]] >= level[i]) open.pop();
    enclosing[i] = open.length > 0 ? open[open.length - 1] : -1;
    if (level[i] > 0) open.push(i);
    lastProseRepeat[i] = proseRepeat;
    if (originalOf[i] >= 0 && !isStructural(units, i, blocks)) proseRepeat = i;
  }
  const blockLast = new Int32Array(units.length);
  for (let i = units.length - 1; i >= 0; i--) blockLast[i] = i + 1 < units.length && units[i + 1].block === units[i].block ? blockLast[i + 1] : i;
  return { enclosing, level, originalOf, lastProseRepeat, blockLast, blocks, text };
}

/** Whether a unit is a label inside a list or a quote, whose section ends with that block. */
function closesWithItsBlock(unit: TextUnit, blocks: readonly Block[]): boolean {
  const kind = blocks[unit.block].kind;
  return unit.label && (kind === 'list' || kind === 'blockquote');
}

/** An ATX heading's number of `#`s, or a setext heading's level from its underline. */
function headingLevel(text: string, block: Block): number {
  let i = block.span.start;
  while (text.charCodeAt(i) === 0x20) i++;
  let hashes = 0;
  while (text.charCodeAt(i + hashes) === 0x23) hashes++;
  if (hashes > 0) return hashes;
  return text.slice(block.span.start, block.span.end).trimEnd().endsWith('=') ? 1 : 2;
}

/**
 * Whether a copy is in a section of its own: under a heading (or bold label) written nowhere
 * before, that starts after the original and lies outside the original's section (at any level:
 * a promise API's `### fsPromises.x` under a `##` of its own, against `## fs.x`), right after
 * something finished (see `finishedBefore`). Headings that repeat earlier ones on the way up from
 * the copy belong to that section (an option's name, `#### options` then `##### cwd`, under a
 * second function). Text of other sections may be copied before the copy there (a second form
 * shares sentences with a third), but none of the section itself. That is parallel writing (an
 * API's forms described alike, options that share a type and a default), not a restart: a model
 * that starts over repeats the headings above the copy too, starts again within the section it
 * was writing, copies what it already wrote there, or cuts a sentence off first. A label's
 * section is matched with a label's, a heading's with a heading's.
 */
function parallelSections(sections: Sections, units: readonly TextUnit[], copy: number, original: number): boolean {
  const { enclosing, level, originalOf, lastProseRepeat } = sections;
  let section = enclosing[copy];
  while (section >= 0 && originalOf[section] >= 0) section = enclosing[section];
  if (section <= original) return false;
  // The original's section must not hold the copy's (that would be starting over within it). Its
  // heading may be a level up or down (a promise API's `### fsPromises.x` under its own `##`,
  // against `## fs.x`); a bold label is matched with a label, a heading with a heading.
  let originalSection = enclosing[original];
  if (level[section] !== LABEL_LEVEL) while (originalSection >= 0 && level[originalSection] === LABEL_LEVEL) originalSection = enclosing[originalSection];
  if (originalSection < 0 || (level[section] === LABEL_LEVEL) !== (level[originalSection] === LABEL_LEVEL)) return false;
  for (let heading = enclosing[section]; heading >= 0; heading = enclosing[heading]) if (heading === originalSection) return false;
  if (!finishedBefore(sections, units, copy)) return false;
  // Repeats may come first when copied from elsewhere (a second form that shares a sentence with a
  // third), or under headings of the section's own (its other options, or the ones over the copy).
  // Looked at up to a bound: past it, the copy counts as a restart's.
  let steps = 0;
  for (let repeat = lastProseRepeat[copy]; repeat > section; repeat = lastProseRepeat[repeat]) {
    const from = originalOf[repeat];
    if (++steps > MAX_REPEATS_BEFORE || from > section) return false;
  }
  return true;
}

/**
 * Whether what comes right before a unit is finished: a heading, a label, a finished sentence, a
 * line that ends on a code span (`Type: \`object\``, as reference pages write a value), a block
 * that ends on punctuation (`Deprecated: use [x][]`, `options:`), or a list that the unit's
 * paragraph follows whose last item stops on punctuation or on a word of a script with spaces (a
 * parameter list without full stops is finished).
 */
function finishedBefore(sections: Sections, units: readonly TextUnit[], index: number): boolean {
  const before = units[index - 1];
  if (sections.level[index - 1] > 0 || before.terminated) return true;
  const { blocks, text } = sections;
  const last = text.slice(before.span.start, before.span.end);
  if (last.endsWith('`') && last.split('`').length % 2 === 1) return true;
  if (before.block === units[index].block) return false;
  // An image, or the caption under one (a Zenn tutorial's `_public-repo-1-fork_` after each screenshot).
  if (CAPTION_OR_IMAGE.test(last.slice(last.lastIndexOf('\n') + 1))) return true;
  const ending = sentenceEnding(last);
  // A list item of words without a full stop (`- \`task\` {any} The task`) is finished; one of
  // Japanese or Chinese that stops on a letter may be cut off (`…より耐久性の`).
  return ending === 'finished' || (blocks[before.block].kind === 'list' && ending === 'open' && !endsInCjk(last));
}

/** A line that is an image alone, or wholly in emphasis (`_caption_`, `*caption*`). */
const CAPTION_OR_IMAGE = /^[ \t]*(?:!\[[^\]\n]*\]\([^)\n]*\)|(\*{1,2}|_{1,2})(?![\s*_])[^\n]*[^\s*_\\]\1)[ \t]*$/;

/** Closing marks after a text's last letter: `*`, `_`, `~` and `` ` ``. */
const TRAILING_MARKS = new Set([0x2a, 0x5f, 0x7e, 0x60]);

/** Whether a text's last letter (before closing marks and spaces) is kana, kanji or hangul. */
function endsInCjk(text: string): boolean {
  const last = trimEndWhile(text, (c) => TRAILING_MARKS.has(c) || /\s/.test(String.fromCharCode(c)));
  return CJK_LETTER.test(last.slice(-2));
}

const CJK_LETTER = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Hangul}ー]$/u;

/** How many earlier repeats in a section `parallelSections` looks at. */
const MAX_REPEATS_BEFORE = 32;

/**
 * Whether a unit is part of a post's structure rather than its running prose. The sentences after a
 * heading's text on its line are prose: a heading line that goes on is a re-flow.
 */
export function isStructural(units: readonly TextUnit[], index: number, blocks: readonly Block[]): boolean {
  const unit = units[index];
  const kind = blocks[unit.block].kind;
  return unit.weak || unit.label || unit.flattenedHeading || isHeadingText(units, index, blocks) || kind === 'list' || kind === 'table';
}

/** Whether a unit is a heading's own text: the first unit of a heading block (what follows it on the line is a re-flow's). */
function isHeadingText(units: readonly TextUnit[], index: number, blocks: readonly Block[]): boolean {
  return blocks[units[index].block].kind === 'heading' && (index === 0 || units[index - 1].block !== units[index].block);
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
