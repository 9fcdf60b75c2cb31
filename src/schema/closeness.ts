/**
 * The choices close to what was written: the same ignoring case and full-width forms, or a few
 * edits away (a typo). Closest first; none when nothing is close.
 */
export function closeMatches(written: string, choices: readonly string[]): string[] {
  const target = fold(written);
  if (target.length === 0 || target.length > MAX_LENGTH) return [];
  const scored: Array<{ choice: string; distance: number }> = [];
  for (const choice of new Set(choices)) {
    if (choice === written) continue;
    const folded = fold(choice);
    if (folded.length > MAX_LENGTH) continue;
    const limit = Math.max(1, Math.floor(Math.min(folded.length, target.length) / 3));
    const distance = folded === target ? 0 : editDistance(target, folded, limit);
    if (distance <= limit) scored.push({ choice, distance });
  }
  return scored.sort((a, b) => a.distance - b.distance).map((s) => s.choice);
}

/**
 * The one choice a fix may apply without asking: the only close one, or the only one that differs
 * by case or full-width forms alone. Undefined when the writer has to pick.
 */
export function unambiguousMatch(written: string, close: readonly string[]): string | undefined {
  if (close.length === 1) return close[0];
  const target = fold(written);
  const same = close.filter((c) => fold(c) === target);
  return same.length === 1 ? same[0] : undefined;
}

const MAX_LENGTH = 100;

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

/** Edit distance (Levenshtein, with a swap of two neighbours as one edit), giving up (limit + 1) once every path exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      // Two letters swapped (`darft`) count as one edit.
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) current[j] = Math.min(current[j], before[j - 2] + 1);
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}
