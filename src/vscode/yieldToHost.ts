/** Lets the extension host's other work (timers, messages from the window) run before going on. */
export const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `each` over `items` `size` at a time, yielding to the host between slices (a long file of entries parsed or written). */
export async function inSlices<T>(items: readonly T[], size: number, each: (slice: readonly T[]) => void): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    each(items.slice(i, i + size));
    await yieldToHost();
  }
}
