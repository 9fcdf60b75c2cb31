import type { Block } from '../parse/blocks';
import { sentenceEnding } from '../text/sentences';
import type { Span } from '../types';
import type { TextUnit } from './units';

/** `restated-earlier`: a cut-off copy of a sentence written in full before it (what is left of a restart once its marker is gone). */
export type TruncationCause = 'before-marker' | 'end-of-body' | 'restarted' | 'restated-earlier';

export interface TruncatedFragment {
  /** Index of the fragment's unit. */
  unit: number;
  cause: TruncationCause;
  /** A longer sentence that begins with the fragment's text, when there is one. */
  restatedAt?: Span;
}

const PROSE: ReadonlySet<Block['kind']> = new Set(['paragraph', 'blockquote', 'list']);
/** Blocks that a paragraph ending in a comma may lead into, and that comma. */
const LED_IN: ReadonlySet<Block['kind']> = new Set(['code', 'list', 'table']);
const CLAUSE_COMMA = /[,、，]$/;
/**
 * A line that a site renders as an embed rather than text: an image, Zenn's `@[gist](…)`, a URL
 * alone (a link card on Zenn, Qiita and Hatena), a Hugo shortcode or a Liquid tag.
 */
const EMBED_LINE = /^[ \t]*(?:!\[[^\]\n]*\]\([^)\n]*\)|@\[[^\]\n]*\]\([^)\n]*\)|https?:\/\/\S+|\{\{[<%][^\n]*[>%]\}\}|\{%[^\n]*%\})[ \t]*$/;

/** Whether a block is one a sentence may lead into with a comma: code, a list, a table, HTML or an embed alone. */
function leadsInto(text: string, block: Block): boolean {
  if (LED_IN.has(block.kind) || block.kind === 'html') return true;
  return block.kind === 'paragraph' && block.startLine === block.endLine && EMBED_LINE.test(text.slice(block.span.start, block.span.end));
}

/** Keys shorter than this are too generic to call a restatement (e.g. a single word). */
const MIN_RESTATED_KEY = 6;
const PREFIX_KEY = MIN_RESTATED_KEY;
const MAX_CANDIDATES = 64;

/**
 * Prose that stops mid-sentence: the last sentence of a paragraph, quote or list item without
 * terminal punctuation, right before a `---END---` marker, at the end of the body, or restarted by
 * a later sentence. Headings, labels (bold or italic lines) and list items that are labels are not
 * sentences. In a post that shows no restart (`restarted`), a fragment is reported only when it
 * stops where no sentence can: at a comma, an opening bracket, or inside an open span, and a comma
 * is no such stop when code, a list or a table follows (`For example,`). Writers end posts and
 * captions without a full stop (`Happy coding`, `それではまた`) all the time.
 */
export function findTruncatedFragments(text: string, units: readonly TextUnit[], blocks: readonly Block[], restarted = true): TruncatedFragment[] {
  const byPrefix = indexByPrefix(units);
  const fragments: TruncatedFragment[] = [];
  let lastContentBlock = blocks.length - 1;
  while (lastContentBlock >= 0 && blocks[lastContentBlock].kind === 'marker') lastContentBlock--;
  units.forEach((unit, i) => {
    const block = blocks[unit.block];
    if (unit.weak || unit.terminated || unit.label || unit.flattenedHeading || !PROSE.has(block.kind)) return;
    const next = units[i + 1];
    if (next && next.block === unit.block) return; // not the last sentence of its paragraph
    const ending = sentenceEnding(text.slice(unit.span.start, unit.span.end));
    if (ending === 'finished' || (ending === 'open' && endsWithUrl(text, unit.span))) return;
    const previous = units[i - 1];
    const afterSentence = previous !== undefined && previous.block === unit.block && previous.terminated;
    // A list item without a full stop is a list item; one with sentences, or a second line, is prose.
    if (block.kind === 'list' && ending !== 'cut' && !afterSentence && block.endLine === block.startLine) return;
    const following = blocks[unit.block + 1];
    // `For example,` over code, a list, a table or an embed leads into it (in a post that shows no restart).
    if (!restarted && following && leadsInto(text, following) && CLAUSE_COMMA.test(text.slice(unit.span.start, unit.span.end))) return;
    const sure = restarted || ending === 'cut';
    const restatedAt = findRestatement(units, byPrefix, i);
    let cause: TruncationCause | null = null;
    if (following?.kind === 'marker') cause = 'before-marker';
    else if (!sure) cause = null;
    else if (unit.block === lastContentBlock) cause = 'end-of-body';
    else if (restatedAt) cause = restatedAt.start > unit.span.start ? 'restarted' : 'restated-earlier';
    if (cause) fragments.push({ unit: i, cause, restatedAt });
  });
  return fragments;
}

/**
 * Whether the sentence ends with a URL: its last run without whitespace has `http://` or
 * `https://` with something after it. (`/https?:\/\/\S+$/` says the same, but retries from every
 * `http` of a long run, quadratic on `http://http://…`.)
 */
function endsWithUrl(text: string, span: Span): boolean {
  let start = span.end;
  while (start > span.start && !WHITESPACE.test(text[start - 1])) start--;
  const token = text.slice(start, span.end);
  const scheme = URL_SCHEME.exec(token);
  // `[text](https://…` cut off inside a link's target is a link left open, not a URL ending.
  return scheme !== null && scheme.index + scheme[0].length < token.length && !token.slice(0, scheme.index).includes('](');
}

const WHITESPACE = /\s/;
const URL_SCHEME = /https?:\/\//;

/** Units keyed by the first characters of their key, so finding a restatement is a hash lookup. */
function indexByPrefix(units: readonly TextUnit[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  units.forEach((unit, i) => {
    if (unit.weak || unit.key.length < PREFIX_KEY) return;
    const prefix = unit.key.slice(0, PREFIX_KEY);
    const list = index.get(prefix);
    if (list) list.push(i);
    else index.set(prefix, [i]);
  });
  return index;
}

function findRestatement(units: readonly TextUnit[], byPrefix: Map<string, number[]>, fragment: number): Span | undefined {
  const key = units[fragment].key;
  if (key.length < MIN_RESTATED_KEY) return undefined;
  const candidates = byPrefix.get(key.slice(0, PREFIX_KEY)) ?? [];
  // Prefer a later restatement (the model restarted the sentence), then an earlier one.
  let earlier: Span | undefined;
  // Bounded, so that a flood of sentences sharing a prefix cannot make this quadratic.
  for (const i of candidates.slice(0, MAX_CANDIDATES)) {
    const candidate = units[i];
    if (i === fragment || candidate.key.length <= key.length || !candidate.key.startsWith(key)) continue;
    if (i > fragment) return candidate.span;
    earlier ??= candidate.span;
  }
  return earlier;
}
