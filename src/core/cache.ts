/**
 * A bounded memo keyed by content. Typing changes one block of a post at a time, so results per
 * block text are reused on the next keystroke and only the edited block is analysed again.
 * Cleared wholesale when full: simple, and the next lint refills it.
 */
export class ContentCache<T> {
  /** Short texts are their own keys: V8 hashes and compares them natively. */
  private readonly short = new Map<string, T>();
  /** V8 hashes strings longer than 16,383 characters by length alone, so long texts would all collide: they go by a content hash, confirmed by comparing the text. */
  private readonly long = new Map<string, { text: string; value: T }>();

  /** Characters held as keys: the bound that matters, since one block can be megabytes long. */
  private chars = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxChars = 2_000_000,
  ) {
    all.add(this as ContentCache<unknown>);
  }

  get(text: string, compute: () => T): T {
    if (!enabled) return compute();
    if (text.length <= LONG) {
      let value = this.short.get(text);
      if (value === undefined) {
        this.makeRoom(text.length);
        this.short.set(text, (value = compute()));
      }
      return value;
    }
    const key = contentHash(text);
    const entry = this.long.get(key);
    if (entry && entry.text === text) return entry.value;
    this.makeRoom(text.length);
    const value = compute();
    this.long.set(key, { text, value });
    return value;
  }

  private makeRoom(chars: number): void {
    if (this.short.size + this.long.size >= this.maxEntries || this.chars + chars > this.maxChars) this.clear();
    this.chars += chars;
  }

  clear(): void {
    this.short.clear();
    this.long.clear();
    this.chars = 0;
  }
}

const LONG = 16_000;

/** Two independent 32-bit FNV-1a-style hashes over the UTF-16 code units, with the length. */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${text.length}:${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}`;
}

const all = new Set<ContentCache<unknown>>();
let enabled = true;

/**
 * Turns content caching on or off. The editor lints the same post again on every keystroke and
 * gains from it; a batch run lints each post once, where hashing and keeping every block only
 * costs time (about a tenth) and memory.
 */
export function setContentCaching(on: boolean): void {
  enabled = on;
  if (!on) clearContentCaches();
}

/** Empties every content cache: for benchmarks of cold, whole-post linting. */
export function clearContentCaches(): void {
  for (const cache of all) cache.clear();
}
