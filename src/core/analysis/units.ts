import type { Block } from '../parse/blocks';
import { matchKey } from '../text/normalize';
import { forEachSentence } from '../text/sentences';
import { isBoldLabel } from '../text/inline';
import { ContentCache } from '../cache';
import { countCodeWords, measureProse, ZERO_STATS, type TextStats } from './textStats';
import type { Span } from '../types';

/**
 * A unit of text compared for repeats: a sentence of prose, a table row, or a whole code block.
 * Rows and code legitimately repeat, so they are "weak": they join a repeated passage but never make one alone.
 */
export interface TextUnit {
  span: Span;
  key: string;
  weak: boolean;
  /** Index of the block the unit belongs to. */
  block: number;
  /** Whether the sentence ends with terminal punctuation. */
  terminated: boolean;
  /** Whether the unit is wholly a bold label (`**1. 概要**`): like a heading, never a cut-off sentence. */
  label: boolean;
  /** Whether a paragraph's sentence opens with `### `: a heading that a re-flow ran into the text after it. */
  flattenedHeading: boolean;
  /** Units are grouped into sections separated by anything that is not a unit (markers, rules, HTML). */
  section: number;
  /** The cached unit this one was made from. */
  source: RelativeUnit;
  /** Its index in the post's list of units. */
  index: number;
}

const LEADING_MARKUP: Partial<Record<Block['kind'], RegExp>> = {
  heading: /^ {0,3}#{1,6}[ \t]*/,
  list: /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/,
  blockquote: /^ {0,3}>[ \t]?/,
};

/** A unit relative to its block's start: what the cache keeps, independent of where the block is. */
export interface RelativeUnit {
  start: number;
  end: number;
  key: string;
  weak: boolean;
  terminated: boolean;
  label: boolean;
  flattenedHeading: boolean;
  /** What a reader reads in the unit, computed when first needed (for repeated units) and kept with the block. */
  stats?: BlockStats;
}

/** Reading counts of a block or a unit: prose for everything but code, which counts words. */
export interface BlockStats {
  prose: TextStats;
  codeWords: number;
}

/** Everything about one block that depends only on its text and kind: cached per block. */
export interface BlockInfo {
  units: RelativeUnit[];
  stats: BlockStats;
}

/** One cache per kind of block, since the same text reads differently as code, a table or prose. */
const blockCaches = new Map<string, ContentCache<BlockInfo>>();

function blockInfo(kind: string, text: string, compute: () => BlockInfo): BlockInfo {
  let cache = blockCaches.get(kind);
  if (!cache) blockCaches.set(kind, (cache = new ContentCache<BlockInfo>(20_000)));
  return cache.get(text, compute);
}

export interface CollectedUnits {
  units: TextUnit[];
  /** Per block (undefined for markers). */
  infos: Array<BlockInfo | undefined>;
}

export function collectUnits(text: string, blocks: readonly Block[]): CollectedUnits {
  const units: TextUnit[] = [];
  const infos: Array<BlockInfo | undefined> = [];
  let section = 0;
  blocks.forEach((block, index) => {
    if (block.kind === 'marker') {
      section++;
      infos.push(undefined);
      return;
    }
    const blockText = text.slice(block.span.start, block.span.end);
    const setext = block.kind === 'heading' && block.endLine > block.startLine;
    const info = blockInfo(setext ? 'setext' : block.kind, blockText, () => ({
      units: block.kind === 'hr' || block.kind === 'html' ? [] : unitsOfBlock({ post: text, start: block.span.start, text: blockText }, block.kind, setext),
      stats: statsOf(block.kind === 'code', blockText, { post: text, start: block.span.start }),
    }));
    infos.push(info);
    if (block.kind === 'hr' || block.kind === 'html') {
      section++;
      return;
    }
    for (const u of info.units) {
      units.push({ span: { start: block.span.start + u.start, end: block.span.start + u.end }, key: u.key, weak: u.weak, block: index, terminated: u.terminated, label: u.label, flattenedHeading: u.flattenedHeading, section, source: u, index: units.length });
    }
  });
  return { units, infos };
}

/** Counts of a piece of prose or code. */
export function statsOf(code: boolean, text: string, at?: { post: string; start: number }): BlockStats {
  return code ? { prose: ZERO_STATS, codeWords: countCodeWords(text) } : { prose: measureProse(text, at), codeWords: 0 };
}

/**
 * A unit's counts, kept with its cached block. Repeats are mostly verbatim copies, so within one
 * lint, sentences of the same text share one count (`byText`, for prose).
 */
export function unitStats(unit: TextUnit, text: string, code: boolean, byText: Map<string, BlockStats>): BlockStats {
  if (unit.source.stats) return unit.source.stats;
  const unitText = text.slice(unit.span.start, unit.span.end);
  let stats = code ? undefined : byText.get(unitText);
  if (!stats) {
    stats = statsOf(code, unitText, { post: text, start: unit.span.start });
    if (!code) byText.set(unitText, stats);
  }
  return (unit.source.stats = stats);
}

const LINE = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
/** A heading's `#`s at the start of a sentence that a re-flow ran into a line. */
export const FLATTENED_HEADING = /^#{1,6}[ \t]+/;
/** The `>` marker at the start of a quote's later lines, with the line break before it. */
const QUOTE_CONTINUATION = /(\r\n|\n|\r)[ \t]{0,3}>[ \t]?/g;
const QUOTE_MARKER = /^[ \t]{0,3}>[ \t]?/;

/** A quote's sentence without the `>` markers of the lines it starts or continues on (a `>` within a line is text). */
function withoutQuoteMarkers(sentence: string, atLineStart: boolean): string {
  const rest = sentence.replace(QUOTE_CONTINUATION, '$1');
  return atLineStart ? rest.replace(QUOTE_MARKER, '') : rest;
}

/** Whether only indentation comes between the previous line break and `offset`, looking back no further than `floor`. */
function startsLine(text: string, offset: number, floor: number): boolean {
  let i = offset;
  while (i > floor && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) i--;
  return i > floor && (text.charCodeAt(i - 1) === 0x0a || text.charCodeAt(i - 1) === 0x0d);
}

/** A block's text, and where it is in its post. */
interface BlockText {
  post: string;
  start: number;
  /** `post[start, start + text.length)`. */
  text: string;
}

/**
 * The units of one block, with offsets relative to the block. Sentences are split in the post's own
 * string, at the block's offsets: the splitter reads every character, and a slice of a string costs
 * an indirection on each read. Nothing outside the block is read, so the units depend on its text alone.
 */
function unitsOfBlock(block: BlockText, kind: Block['kind'], setext: boolean): RelativeUnit[] {
  const { post, start: offset, text } = block;
  if (kind === 'code') return [{ start: 0, end: text.length, key: matchKey(text), weak: true, terminated: true, label: false, flattenedHeading: false }];
  if (kind === 'table') {
    const rows: RelativeUnit[] = [];
    for (const match of text.matchAll(LINE)) {
      const row = match[0].replace(/[\r\n]+$/, '');
      if (row.length > 0) rows.push({ start: match.index!, end: match.index! + row.length, key: matchKey(row), weak: true, terminated: true, label: false, flattenedHeading: false });
      if (match.index! + match[0].length >= text.length) break;
    }
    return rows;
  }
  const markup = LEADING_MARKUP[kind]?.exec(text);
  const start = offset + (markup ? markup[0].length : 0);
  // A setext heading's underline is markup, not text.
  const end = offset + (setext ? Math.max(start - offset, text.search(/(?:\r\n|\n|\r)[^\r\n]*$/)) : text.length);
  const units: RelativeUnit[] = [];
  forEachSentence(post, start, end, (sentenceStart, sentenceEnd, terminated) => {
    // A heading run into the paragraph by a re-flow: its `#`s are markup, as they are on a heading line.
    // A heading line that goes on with sentences is such a re-flow too, read from its start.
    const opensWithHashes = post.charCodeAt(sentenceStart) === 0x23 && FLATTENED_HEADING.test(post.slice(sentenceStart, sentenceEnd));
    const afterSpace = sentenceStart > start && /\s/.test(post[sentenceStart - 1]);
    const flattenedHeading =
      (opensWithHashes && (kind === 'paragraph' ? afterSpace || sentenceStart === start : kind === 'heading' && afterSpace)) ||
      (kind === 'heading' && !setext && sentenceStart === start && sentenceEnd < end - 1);
    // In a quote, the `>` that starts each line is markup, not text: `> a` then `> b` reads "a b".
    const quoted = kind === 'blockquote' && post.slice(sentenceStart, sentenceEnd).includes('>');
    let key: string;
    if (flattenedHeading || quoted) {
      let sentence = post.slice(sentenceStart, sentenceEnd);
      if (flattenedHeading) sentence = sentence.replace(FLATTENED_HEADING, '');
      key = matchKey(quoted ? withoutQuoteMarkers(sentence, startsLine(post, sentenceStart, offset)) : sentence);
    } else key = matchKey(post, sentenceStart, sentenceEnd);
    const label = !terminated && isBoldLabel(post, sentenceStart, sentenceEnd);
    if (key.length > 0) units.push({ start: sentenceStart - offset, end: sentenceEnd - offset, key, weak: false, terminated, label, flattenedHeading });
  });
  return units;
}
