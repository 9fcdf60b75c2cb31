import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, splitSentences, matchKey, type Finding } from '../../src/core';

/** Tests are bundled to out/test/unit; the repository root is three levels up. */
export const ROOT = join(__dirname, '..', '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const SEED_000 = join(FIXTURES, '000_b773296d3b563b01.txt');
export const SEED_003 = join(FIXTURES, '003_90677ba6db7355f9.txt');

export const readFixture = (path: string) => readFileSync(path, 'utf8');

export const ofRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

export const rulesOf = (text: string) => lint(text).findings.map((f) => f.rule);

/** Normalised sentences of a post's body, as the "lose nothing" property compares them. */
export function bodySentences(text: string): string[] {
  const { post } = lint(text);
  // Paragraphs by blank lines, without marker lines: independent of the engine's block scanner.
  // Fences, rules and setext underlines separate paragraphs too; headings and list items stand
  // alone; quote markers are not text.
  const paragraphs = text
    .slice(post.bodyOffset)
    .split(/\r?\n|\r/)
    .filter((line) => !/^\s*-{3,}\s*END\s*-{3,}\s*$/.test(line))
    .map((line) => (/^ {0,3}(?:`{3,}|~{3,}|[-=*_]{3,}[ \t]*$)/.test(line) ? '' : /^ {0,3}(?:#{1,6}\s|[-*+]\s|\d+[.)]\s)/.test(line) ? `\n${line}\n` : line.replace(/^ {0,3}>[ \t]?/, '')))
    .join('\n')
    .split(/\n\s*\n/);
  return paragraphs.flatMap((p) =>
    splitSentences(p, 0, p.length)
      .map((s) => matchKey(p.slice(s.start, s.end).replace(/^(?:#{1,6}|[-*+]|\d+[.)]|>)\s+/, '')))
      .filter((k) => k.length > 0),
  );
}

/**
 * Every sentence of `before` still appears in `after`, or is a prefix of a sentence that does.
 * Returns the sentences that were lost.
 */
export function lostSentences(before: string, after: string): string[] {
  const afterKey = matchKey(after);
  const afterSentences = bodySentences(after);
  return bodySentences(before).filter((s) => !afterKey.includes(s) && !afterSentences.some((t) => t.startsWith(s)));
}

export function frontMatterBlock(text: string): string {
  const { post } = lint(text);
  return text.slice(0, post.bodyOffset);
}
