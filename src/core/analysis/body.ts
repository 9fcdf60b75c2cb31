import type { Post } from '../post';
import type { Profile } from '../profile';
import { collectUnits, unitStats, type BlockStats, type CollectedUnits, type TextUnit } from './units';
import { countUnitsPerBlock, deletionBounds, keptWhole, unitDeletionSpans, type DeletionBounds } from './deletion';
import type { SpanEdit } from '../rule';
import type { Span } from '../types';
import { findNearRepeats, findRepeatedPassages, type NearRepeat, type RepeatedPassage } from './duplicates';
import { findTruncatedFragments, type TruncatedFragment } from './truncation';
import { weighEvidence, type RestartEvidence } from './evidence';
import { splitFlattenedHeadings } from './reflow';
import { addStats, ZERO_STATS, type ScriptCounts, type TextStats } from './textStats';

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

  /**
   * `knownRestarted`: the post is known to have restarted though it may no longer show it (fix-all's
   * later passes, after its fixes took away a marker or a re-flow).
   */
  constructor(
    readonly post: Post,
    readonly profile: Profile,
    private readonly knownRestarted = false,
  ) {}

  private memo<T>(key: string, compute: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, compute());
    return this.cache.get(key) as T;
  }

  get markers() {
    return this.memo('markers', () => this.post.blocks.filter((b) => b.kind === 'marker'));
  }

  private get collected(): CollectedUnits {
    return this.memo('collected', () => {
      const collected = collectUnits(this.post.text, this.post.blocks);
      return { ...collected, units: splitFlattenedHeadings(collected.units, this.post.text, this.post.blocks) };
    });
  }

  get units(): TextUnit[] {
    return this.collected.units;
  }

  /**
   * Edits that delete these units and nothing else (see `unitDeletionSpans`), with the line breaks
   * that put a heading or label run into the kept text back on its own line.
   */
  deletionEdits(selected: readonly TextUnit[]): SpanEdit[] {
    const unitAfter = (unit: TextUnit) => this.units[unit.index + 1];
    const othersDelete = (block: number) => this.blocksFixesDelete.has(block);
    const deletion = (units: readonly TextUnit[]) => unitDeletionSpans(this.unitsPerBlock, units, this.post.blocks, this.deletionBounds, unitAfter, othersDelete);
    let { spans, breaks } = deletion(selected);
    // A container's opening line without its closing one, or the reverse, would leave the other
    // unpaired (`:::message` … `:::` in Zenn, VitePress, Docusaurus): the units that hold a fence
    // line stay, and the rest of the repeat goes if that keeps them paired.
    if (unpairsContainers(this.post.text, spans)) {
      const rest = selected.filter((unit) => !holdsContainerFence(this.post.text, unit.span));
      if (rest.length === 0 || rest.length === selected.length) return [];
      ({ spans, breaks } = deletion(rest));
      if (unpairsContainers(this.post.text, spans)) return [];
    }
    return [...spans.map((span) => ({ span, newText: '' })), ...breaks];
  }

  private get unitsPerBlock(): Map<number, number> {
    return this.memo('unitsPerBlock', () => countUnitsPerBlock(this.units));
  }

  /**
   * Blocks whose every unit some artifact fix deletes (a repeat, or a cut-off sentence restated
   * later): fix-all may apply those fixes in the same pass as the one being made, so its deletion
   * must not count on them to keep its neighbours apart.
   */
  private get blocksFixesDelete(): ReadonlySet<number> {
    return this.memo('blocksFixesDelete', () => {
      const units = this.units;
      const deleted = new Uint8Array(units.length);
      for (const passage of this.repeatedPassages) deleted.fill(1, passage.first, passage.last + 1);
      for (const fragment of this.truncatedFragments) if (fragment.restatedAt) deleted[fragment.unit] = 1;
      const perBlock = countUnitsPerBlock(units.filter((unit) => deleted[unit.index] === 1));
      const { blocks, lines } = this.post;
      const inBlock = this.unitsPerBlock;
      return new Set([...perBlock].filter(([block, count]) => count === inBlock.get(block) && !keptWhole(blocks, block, lines)).map(([block]) => block));
    });
  }

  get deletionBounds(): DeletionBounds {
    return this.memo('deletionBounds', () => deletionBounds(this.post.lines, this.post.bodyOffset, this.post.blocks, this.post.frontMatter !== null));
  }

  /** Repeats that are artifacts of a restart (see `weighEvidence`), and whether the post shows one. */
  private get evidence(): RestartEvidence {
    return this.memo('evidence', () => weighEvidence(findRepeatedPassages(this.units, this.profile.minDuplicateLength), this.units, this.post.blocks, this.post.text, this.knownRestarted));
  }

  /** Whether the post shows a restart: a marker, or a stretch of it copied as a model copies when it starts over. */
  get restarted(): boolean {
    return this.evidence.restarted;
  }

  get repeatedPassages(): RepeatedPassage[] {
    return this.evidence.passages;
  }

  /**
   * Near repeats, without the sentences that truncated-text reports already (cut off where their
   * paragraph ends), on either side: a cut-off sentence and the whole one that restates it are no
   * two wordings.
   */
  get nearRepeats(): NearRepeat[] {
    return this.memo('nearRepeats', () => {
      const truncated = new Set(this.truncatedFragments.map((fragment) => fragment.unit));
      return findNearRepeats(this.units, this.repeatedPassages, this.post.text).filter((near) => !truncated.has(near.unit) && !truncated.has(near.original));
    });
  }

  get truncatedFragments(): TruncatedFragment[] {
    return this.memo('truncated', () => findTruncatedFragments(this.post.text, this.units, this.post.blocks, this.evidence.restarted));
  }

  /** Script counts of the prose, for language checks. */
  get scripts(): ScriptCounts {
    return this.memo('scripts', () => this.bodyStats().prose);
  }

  get readingTime(): ReadingTime {
    return this.memo('readingTime', () => this.computeReadingTime());
  }

  /** Prose and code counts of the whole body, summed from the cached per-block counts. */
  private bodyStats(): BlockStats {
    return this.memo('bodyStats', () => {
      const prose: TextStats = { ...ZERO_STATS };
      let codeWords = 0;
      for (const info of this.collected.infos) {
        if (!info) continue;
        addStats(prose, info.stats.prose);
        codeWords += info.stats.codeWords;
      }
      return { prose, codeWords };
    });
  }

  private computeReadingTime(): ReadingTime {
    const { text, blocks } = this.post;
    const { prose, codeWords } = this.bodyStats();

    // The same measures over the repeated copies, subtracted to get the time without them.
    const repeated: TextStats = { ...ZERO_STATS };
    let repeatedCode = 0;
    const byText = new Map<string, BlockStats>();
    for (const passage of this.repeatedPassages) {
      for (let i = passage.first; i <= passage.last; i++) {
        const unit = this.units[i];
        const stats = unitStats(unit, text, blocks[unit.block].kind === 'code', byText);
        addStats(repeated, stats.prose);
        repeatedCode += stats.codeWords;
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

/** Whether the deleted spans hold more container openings (`:::name`) than closings (`:::`), or fewer. */
function unpairsContainers(text: string, spans: readonly Span[]): boolean {
  let balance = 0;
  for (const span of spans) {
    const deleted = text.slice(span.start, span.end);
    if (!deleted.includes(':::')) continue;
    for (const fence of deleted.matchAll(CONTAINER_FENCE)) balance += fence[1] ? 1 : -1;
  }
  return balance !== 0;
}

/** Whether a unit's text holds a container's fence line. */
function holdsContainerFence(text: string, span: Span): boolean {
  const part = text.slice(span.start, span.end);
  // (`match` with a global pattern starts from the beginning and leaves no state behind.)
  return part.includes(':::') && part.match(CONTAINER_FENCE) !== null;
}

/** A container's fence line: `:::` and a name (or `{`, `[`) opens it, `:::` alone closes it. */
const CONTAINER_FENCE = /^ {0,3}:{3,}[ \t]*(\S)?.*$/gm;
