import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { relativeToBase } from './base';

/** `--shard 2/3`: this run lints the second of three shares (1-based, as in Jest and Playwright). */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard | { error: string } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!(count >= 1 && index >= 1 && index <= count && Number.isSafeInteger(count))) {
    return { error: `--shard must be i/n with 1 ≤ i ≤ n, e.g. 1/3 (got "${value}")` };
  }
  return { index, count };
}

/**
 * Which shard (0-based) a file belongs to: a hash of its path relative to the base, so the split
 * is the same on every machine and checkout, and a file keeps its shard when others are added.
 */
export function shardOf(file: string, base: string, count: number): number {
  const name = relativeToBase(file, base) ?? resolve(base, file);
  return createHash('sha1').update(name).digest().readUInt32BE(0) % count;
}

/** The files of one shard, in their original order. */
export function selectShard<T>(files: readonly T[], shard: Shard, base: string, pathOf: (file: T) => string): T[] {
  return files.filter((file) => shardOf(pathOf(file), base, shard.count) === shard.index - 1);
}
