/**
 * A bounded memo keyed by content. Typing changes one block of a post at a time, so results per
 * block text (sentences, keys, counts) are reused on the next keystroke and only the edited block
 * is analysed again. Cleared wholesale when full: simple, and the next lint refills it.
 *
 * Entries are found by a 64-bit content hash (V8 hashes long strings by length only, so long
 * texts as Map keys would all collide) and confirmed by comparing the text itself.
 */
export class ContentCache<T> {
  private readonly entries = new Map<string, { text: string; value: T }>();

  constructor(private readonly maxEntries: number) {
    all.add(this as ContentCache<unknown>);
  }

  get(kind: string, text: string, compute: () => T): T {
    const key = `${kind}:${text.length}:${contentHash(text)}`;
    const entry = this.entries.get(key);
    if (entry && entry.text === text) return entry.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = compute();
    this.entries.set(key, { text, value });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Two independent 32-bit FNV-1a hashes over the UTF-16 code units, as one hex string. */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16) + (b >>> 0).toString(16);
}

const all = new Set<ContentCache<unknown>>();

/** Empties every content cache: for benchmarks of cold, whole-post linting. */
export function clearContentCaches(): void {
  for (const cache of all) cache.clear();
}
