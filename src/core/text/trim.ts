/**
 * `text` without the run of characters at its end for which `drop` holds. A loop from the end, not
 * `/x+$/`: a pattern like that retries from every position of a long run that does not reach the
 * end (50,000 `/` before a letter took 2 s).
 */
export function trimEndWhile(text: string, drop: (code: number) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

const SLASH = 0x2f;

/** `text` without its trailing `/`s. */
export const withoutTrailingSlashes = (text: string) => trimEndWhile(text, (c) => c === SLASH);
