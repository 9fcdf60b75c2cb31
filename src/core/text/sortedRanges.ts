/**
 * Index of the item whose range `[first(item), last(item)]` holds `x`, in items sorted by their
 * ranges, which do not overlap (a post's blocks, by line or by offset); -1 when none does.
 */
export function indexHolding<T>(items: readonly T[], x: number, first: (item: T) => number, last: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (x < first(items[mid])) hi = mid - 1;
    else if (x > last(items[mid])) lo = mid + 1;
    else return mid;
  }
  return -1;
}
