import { matchKey } from '../text/normalize';
import { inlineElements } from '../text/inline';
import type { Block } from '../parse/blocks';
import { FLATTENED_HEADING, type TextUnit } from './units';

/**
 * A restart that re-flows a passage into one line runs each heading into the text after it:
 * `…です。 ### 次の見出し まず、…`. Such a sentence (a paragraph sentence opening with `#`s) is split
 * where an earlier heading's (or bold label's) text ends, so the heading and the sentence after it
 * are compared, and deleted, each on its own. Only headings written earlier in the post are used:
 * where a flattened heading ends is known from nothing else.
 */
export function splitFlattenedHeadings(units: TextUnit[], text: string, blocks: readonly Block[]): TextUnit[] {
  if (!units.some((unit) => unit.flattenedHeading)) return units;
  const headings = new Set<string>();
  /** Distinct lengths of the heading keys, longest first: a prefix is looked up once per length. */
  const lengths: number[] = [];
  const out: TextUnit[] = [];
  for (const unit of units) {
    const split = unit.flattenedHeading ? splitAtHeading(unit, text, headings, lengths) : undefined;
    for (const part of split ?? [unit]) {
      part.index = out.length;
      out.push(part);
      if (blocks[part.block].kind === 'heading' || part.label || part.flattenedHeading) {
        if (!headings.has(part.key)) {
          headings.add(part.key);
          if (!lengths.includes(part.key.length)) {
            lengths.push(part.key.length);
            lengths.sort((a, b) => b - a);
          }
        }
      }
    }
  }
  return out;
}


function splitAtHeading(unit: TextUnit, text: string, headings: ReadonlySet<string>, lengths: readonly number[]): TextUnit[] | undefined {
  const { start, end } = unit.span;
  const textStart = start + (FLATTENED_HEADING.exec(text.slice(start, Math.min(end, start + 16)))?.[0].length ?? 0);
  const heading = lengths.find((length) => length < unit.key.length && headings.has(unit.key.slice(0, length)));
  if (heading === undefined) {
    const cjkEnd = cjkHeadingEnd(text, textStart, end);
    return cjkEnd > 0 ? splitAt(unit, text, cjkEnd, matchKey(text.slice(textStart, cjkEnd))) : undefined;
  }
  // Walk the text until the heading's key is used up; spaces and emphasis marks are not in keys.
  let count = 0;
  let i = textStart;
  while (i < end && count < heading) {
    const code = text.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    count += matchKey(char).length;
    i += char.length;
  }
  const headingKey = unit.key.slice(0, heading);
  // Unchecked text (normalisation that joins characters) keeps the sentence whole.
  if (count !== heading || matchKey(text.slice(textStart, i)) !== headingKey) return undefined;
  return splitAt(unit, text, i, headingKey);
}

/** Splits a unit into the heading `[start, i)` and the text after it. */
function splitAt(unit: TextUnit, text: string, i: number, headingKey: string): TextUnit[] | undefined {
  const { start, end } = unit.span;
  if (headingKey.length === 0) return undefined;
  while (i < end && (text.charCodeAt(i) === 0x2a || text.charCodeAt(i) === 0x5f)) i++; // closing emphasis marks
  // Never inside a link, code span or other inline element (an earlier heading cut off mid-link,
  // `# Read [the docs](https:`, would end this one there too), and only where a space follows: a
  // re-flow puts one after the heading. Elsewhere the earlier heading is the start of a longer
  // text: a word (`sentence-` matches `sentence ---END---`, since spaces are not in keys), text
  // that punctuation goes on with (`…になりました。The`), or a longer Japanese sentence
  // (`…の一部で` of `…の一部です。`).
  if (inlineElements(text, start, end).some((element) => element.start < i && i < element.end)) return undefined;
  if (i < end && !/\s/.test(text[i])) return undefined;
  let restStart = i;
  while (restStart < end && /\s/.test(text[restStart])) restStart++;
  if (restStart >= end) return undefined;
  const restKey = matchKey(text.slice(restStart, end));
  if (restKey.length === 0) return undefined;
  const part = (s: number, e: number, key: string, terminated: boolean, flattenedHeading: boolean): TextUnit => ({
    ...unit,
    span: { start: s, end: e },
    key,
    terminated,
    label: false,
    flattenedHeading,
    source: { start: s, end: e, key, weak: false, terminated, label: false, flattenedHeading },
  });
  return [part(start, i, headingKey, false, true), part(restStart, end, restKey, unit.terminated, false)];
}

/** Headings longer than this are not guessed at. */
const MAX_GUESSED_HEADING = 80;
const ENUMERATOR = /^(?:\d{1,3}|[A-Za-z])[.)][ \t]+/;

/**
 * A heading written in Japanese or Chinese has no spaces, so where none was written earlier, the
 * first space ends it (after a number such as `2. `): `### 日本企業への示唆 本文…`. Latin text is
 * not guessed at. -1 when there is no such heading.
 */
function cjkHeadingEnd(text: string, textStart: number, end: number): number {
  const numbered = ENUMERATOR.exec(text.slice(textStart, Math.min(end, textStart + 8)));
  let i = textStart + (numbered?.[0].length ?? 0);
  const limit = Math.min(end, i + MAX_GUESSED_HEADING);
  let cjk = false;
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x3000) break;
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x0a || c === 0x0d) return -1;
    if ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef)) cjk = true;
  }
  return cjk && i < limit && i < end ? i : -1;
}

