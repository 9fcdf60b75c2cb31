import type { Block } from '../parse/blocks';
import type { LineIndex } from '../text/lineIndex';
import { matchKey } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import { ContentCache } from '../cache';
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
  /** Units are grouped into sections separated by anything that is not a unit (markers, rules, HTML). */
  section: number;
}

const LEADING_MARKUP: Partial<Record<Block['kind'], RegExp>> = {
  heading: /^ {0,3}#{1,6}[ \t]*/,
  list: /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/,
  blockquote: /^ {0,3}>[ \t]?/,
};

/** A unit relative to its block's start: what the cache keeps, independent of where the block is. */
interface RelativeUnit {
  start: number;
  end: number;
  key: string;
  weak: boolean;
  terminated: boolean;
}

const blockUnitsCache = new ContentCache<RelativeUnit[]>(20_000);

export function collectUnits(text: string, _lines: LineIndex, blocks: readonly Block[]): TextUnit[] {
  const units: TextUnit[] = [];
  let section = 0;
  blocks.forEach((block, index) => {
    if (block.kind === 'marker' || block.kind === 'hr' || block.kind === 'html') {
      section++;
      return;
    }
    const blockText = text.slice(block.span.start, block.span.end);
    const setext = block.kind === 'heading' && block.endLine > block.startLine;
    const relative = blockUnitsCache.get(setext ? 'setext' : block.kind, blockText, () => unitsOfBlock(blockText, block.kind, setext));
    for (const u of relative) {
      units.push({ span: { start: block.span.start + u.start, end: block.span.start + u.end }, key: u.key, weak: u.weak, block: index, terminated: u.terminated, section });
    }
  });
  return units;
}

const LINE = /[^\r\n]*(?:\r\n|\n|\r|$)/g;

/** The units of one block's text, with offsets relative to the block. */
function unitsOfBlock(text: string, kind: Block['kind'], setext: boolean): RelativeUnit[] {
  if (kind === 'code') return [{ start: 0, end: text.length, key: matchKey(text), weak: true, terminated: true }];
  if (kind === 'table') {
    const rows: RelativeUnit[] = [];
    for (const match of text.matchAll(LINE)) {
      const row = match[0].replace(/[\r\n]+$/, '');
      if (row.length > 0) rows.push({ start: match.index!, end: match.index! + row.length, key: matchKey(row), weak: true, terminated: true });
      if (match.index! + match[0].length >= text.length) break;
    }
    return rows;
  }
  const markup = LEADING_MARKUP[kind]?.exec(text);
  const start = markup ? markup[0].length : 0;
  // A setext heading's underline is markup, not text.
  const end = setext ? Math.max(start, text.search(/(?:\r\n|\n|\r)[^\r\n]*$/)) : text.length;
  const units: RelativeUnit[] = [];
  for (const sentence of splitSentences(text, start, end)) {
    const key = matchKey(text.slice(sentence.start, sentence.end));
    if (key.length > 0) units.push({ start: sentence.start, end: sentence.end, key, weak: false, terminated: sentence.terminated });
  }
  return units;
}
