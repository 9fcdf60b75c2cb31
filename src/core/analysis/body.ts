import type { Post } from '../post';
import type { Profile } from '../profile';
import { collectUnits, type TextUnit } from './units';
import { countUnitsPerBlock, deletionBounds, unitDeletionSpans, type DeletionBounds } from './deletion';
import type { Span } from '../types';
import { findRepeatedPassages, type RepeatedPassage } from './duplicates';
import { findTruncatedFragments, type TruncatedFragment } from './truncation';
import { addStats, countCodeWords, measureProse, ZERO_STATS, type ScriptCounts, type TextStats } from './textStats';
import { ContentCache } from '../cache';

export interface ReadingTime {
  /** Whole minutes, rounded up, at least 1. */
  minutes: number;
  seconds: number;
  minutesWithoutDuplicates: number;
  cjkChars: number;
  words: number;
  codeWords: number;
  images: number;
  imageSeconds: number;
}

/**
 * Everything the body rules, the reading time and the preview share, computed once per lint and
 * only when first asked for.
 */
export class BodyAnalysis {
  private cache = new Map<string, unknown>();

  constructor(readonly post: Post, readonly profile: Profile) {}

  private memo<T>(key: string, compute: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, compute());
    return this.cache.get(key) as T;
  }

  get markers() {
    return this.memo('markers', () => this.post.blocks.filter((b) => b.kind === 'marker'));
  }

  get units(): TextUnit[] {
    return this.memo('units', () => collectUnits(this.post.text, this.post.lines, this.post.blocks));
  }

  /** Spans that delete these units and nothing else (see `unitDeletionSpans`). */
  deletionSpans(selected: readonly TextUnit[]): Span[] {
    const perBlock = this.memo('unitsPerBlock', () => countUnitsPerBlock(this.units));
    return unitDeletionSpans(perBlock, selected, this.post.blocks, this.deletionBounds);
  }

  get deletionBounds(): DeletionBounds {
    return this.memo('deletionBounds', () => deletionBounds(this.post.lines, this.post.bodyOffset, this.post.blocks, this.post.frontMatter !== null));
  }

  get repeatedPassages(): RepeatedPassage[] {
    return this.memo('repeats', () => findRepeatedPassages(this.units, this.profile.minDuplicateLength));
  }

  get truncatedFragments(): TruncatedFragment[] {
    return this.memo('truncated', () => findTruncatedFragments(this.post.text, this.units, this.post.blocks));
  }

  /** Script counts of the prose, for language checks. */
  get scripts(): ScriptCounts {
    return this.memo('scripts', () => this.bodyStats().prose);
  }

  get readingTime(): ReadingTime {
    return this.memo('readingTime', () => this.computeReadingTime());
  }

  /** Prose and code counts of the whole body, summed from per-block counts cached by block text. */
  private bodyStats(): { prose: TextStats; codeWords: number } {
    return this.memo('bodyStats', () => {
      const { text, blocks } = this.post;
      let prose: TextStats = ZERO_STATS;
      let codeWords = 0;
      for (const block of blocks) {
        if (block.kind === 'marker') continue;
        const stats = statsOf(block.kind === 'code', text.slice(block.span.start, block.span.end));
        if (block.kind === 'code') codeWords += stats.codeWords;
        else prose = addStats(prose, stats.prose);
      }
      return { prose, codeWords };
    });
  }

  private computeReadingTime(): ReadingTime {
    const { text, blocks } = this.post;
    const { prose, codeWords } = this.bodyStats();

    // The same measures over the repeated copies, subtracted to get the time without them.
    let repeated: TextStats = ZERO_STATS;
    let repeatedCode = 0;
    for (const passage of this.repeatedPassages) {
      for (let i = passage.first; i <= passage.last; i++) {
        const unit = this.units[i];
        const code = blocks[unit.block].kind === 'code';
        const stats = statsOf(code, text.slice(unit.span.start, unit.span.end));
        if (code) repeatedCode += stats.codeWords;
        else repeated = addStats(repeated, stats.prose);
      }
    }
    const full = this.seconds(prose, codeWords);
    const unique = this.seconds(
      { ...prose, cjkChars: prose.cjkChars - repeated.cjkChars, words: prose.words - repeated.words, images: prose.images - repeated.images },
      codeWords - repeatedCode,
    );
    return {
      minutes: toMinutes(full.total),
      seconds: Math.round(full.total),
      minutesWithoutDuplicates: toMinutes(unique.total),
      cjkChars: prose.cjkChars,
      words: prose.words,
      codeWords,
      images: prose.images,
      imageSeconds: full.images,
    };
  }

  private seconds(stats: TextStats, codeWords: number): { total: number; images: number } {
    const s = this.profile.readingSpeeds;
    const images = imageSeconds(Math.max(0, stats.images), s.imageFirstSeconds, s.imageMinSeconds);
    const total =
      (Math.max(0, stats.cjkChars) / s.cjkCharsPerMinute) * 60 +
      (Math.max(0, stats.words) / s.wordsPerMinute) * 60 +
      (Math.max(0, codeWords) / s.codeWordsPerMinute) * 60 +
      images;
    return { total, images };
  }
}

function toMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60 - 1e-9));
}

/** Medium's image allowance: 12 s for the first image, one second less for each next, never under the floor. */
export function imageSeconds(count: number, first: number, floor: number): number {
  let total = 0;
  for (let i = 0; i < count; i++) total += Math.max(floor, first - i);
  return total;
}

const blockStatsCache = new ContentCache<{ prose: TextStats; codeWords: number }>(20_000);

/** Counts of one block (or sentence) of prose or code, cached by its text. */
function statsOf(code: boolean, text: string): { prose: TextStats; codeWords: number } {
  return blockStatsCache.get(code ? 'code' : 'prose', text, () => (code ? { prose: ZERO_STATS, codeWords: countCodeWords(text) } : { prose: measureProse(text), codeWords: 0 }));
}
