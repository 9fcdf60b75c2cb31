/**
 * A bounded memo keyed by content. Typing changes one block of a post at a time, so results per
 * block text (sentences, keys, counts) are reused on the next keystroke and only the edited block
 * is analysed again. Cleared wholesale when full: simple, and the next lint refills it.
 */
export class ContentCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly maxEntries: number) {}

  get(key: string, compute: () => T): T {
    let value = this.entries.get(key);
    if (value === undefined) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      value = compute();
      this.entries.set(key, value);
    }
    return value;
  }
}
