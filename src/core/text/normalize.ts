/**
 * The comparison key for duplicate and restatement matching: NFKC folds full-width and half-width
 * forms; whitespace (re-flow) and Markdown emphasis marks are dropped.
 */
const IGNORED = /[\s*_~]+/gu;

export function matchKey(text: string): string {
  return text.normalize('NFKC').replace(IGNORED, '');
}
