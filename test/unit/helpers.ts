import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint, splitSentences, matchKey, type Finding } from '../../src/core';

/** Tests are bundled to out/test/unit; the repository root is three levels up. */
export const ROOT = join(__dirname, '..', '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const SEED_000 = join(FIXTURES, '000_b773296d3b563b01.txt');
export const SEED_003 = join(FIXTURES, '003_90677ba6db7355f9.txt');

const scratchDirs: string[] = [];
process.on('exit', () => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * A new empty folder under the system's temp folder, removed when the test file's process exits
 * (node --test runs each file in its own process), so runs leave nothing behind.
 */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `frontlint-${prefix}-`));
  scratchDirs.push(dir);
  return dir;
}

export const readFixture = (path: string) => readFileSync(path, 'utf8');

export const ofRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

export const rulesOf = (text: string) => lint(text).findings.map((f) => f.rule);

/**
 * Normalised sentences of a post's body, as the "lose nothing" property compares them. Blocks come
 * from the engine's scanner (itself checked against markdown-it in blocks.test.ts); everything
 * after that (sentences, keys) is done here, independently of the duplicate and truncation logic.
 */
export function bodySentences(text: string): string[] {
  return bodySentenceList(text).map((sentence) => sentence.key);
}

/** The same, telling which sentences are (or start with) a heading's text. */
function bodySentenceList(text: string): Array<{ key: string; heading: boolean }> {
  const { post } = lint(text);
  return post.blocks
    .filter((b) => b.kind !== 'marker' && b.kind !== 'code' && b.kind !== 'hr')
    .flatMap((block): Array<{ key: string; heading: boolean }> => {
      const lines = text.slice(block.span.start, block.span.end).split(/\r?\n|\r/);
      if (block.kind === 'heading' && block.endLine > block.startLine) lines.pop(); // setext underline
      // A table has rows, not sentences: each row is compared on its own.
      if (block.kind === 'table') return lines.map((row) => ({ key: matchKey(row), heading: false }));
      // A marker line in a paragraph or over a setext underline is an artifact, not its text; an
      // underline the scanner read as a paragraph's line (after a marker) is markup, no words.
      const content = lines.filter((line) => !MARKER_LINE.test(line) && !UNDERLINE_LINE.test(line)).map(withoutLeadingMarkup).join('\n');
      return splitSentences(content, 0, content.length).map((s, i) => ({ key: matchKey(content.slice(s.start, s.end)), heading: (block.kind === 'heading' && i === 0) || content[s.start] === '#' }));
    })
    .filter((sentence) => sentence.key.length > 0);
}

const withoutLeadingMarkup = (line: string) => line.replace(/^ {0,3}(?:#{1,6}(?:[ \t]+|$)|>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)/, '');

/**
 * Every sentence of `before` still appears in `after`, or is a prefix of a sentence that does.
 * Returns the sentences that were lost.
 */
export function lostSentences(before: string, after: string): string[] {
  // As written, and without the markup that starts lines (a quote's later lines read without `> `).
  const afterKeys = [matchKey(after), matchKey(after.split(/\r?\n|\r/).map(withoutLeadingMarkup).join('\n'))];
  const afterSentences = bodySentences(after);
  const kept = (s: string) => afterKeys.some((key) => key.includes(s)) || afterSentences.some((t) => t.startsWith(s));
  return bodySentenceList(before)
    .filter(({ key }) => !MARKER_KEY.test(key)) // an `---END---` that a re-flow ran into a line is still a marker
    .filter(({ key, heading }) => !kept(key) && !(heading && (keptInParts(key, afterKeys, afterSentences) || keptWithoutMarks(key, kept))))
    .map(({ key }) => key);
}

const MARKER_KEY = /^-{3,}END-{3,}$/;
const MARKER_LINE = /^ {0,3}-{3,}[ \t]*END[ \t]*-{3,}[ \t]*$/;
const UNDERLINE_LINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/**
 * A sentence of prose that a re-flow wrote with heading marks (`… ### 図を見てください。`, a
 * sentence, so no heading): when it repeats an earlier sentence, its words are kept there.
 */
const keptWithoutMarks = (key: string, kept: (s: string) => boolean) => /^#+./.test(key) && kept(key.replace(/^#+/, ''));

/**
 * A heading that a re-flow ran into a sentence (`### 見出し It was a sunny d`) reads as one
 * sentence here: it is kept when the heading is still there and so is the rest, as the start of a
 * sentence or, after a marker or label that the fix kept in front of it, within one (as the
 * companion oracle in properties.test.ts reads it). The rest may itself be a bold label run into
 * a sentence (`# 見出し **ラベル** 文。`): up to three parts.
 */
function keptInParts(s: string, afterKeys: string[], afterSentences: string[], parts = 3): boolean {
  // (To the last character: a heading a re-flow ran into a one-character sentence, `# 見出し こ`.)
  for (let k = 1; k < s.length; k++) {
    // (The heading's `#`s are markup: the same heading may be written as a setext one.)
    const [head, rest] = [s.slice(0, k).replace(/^#+/, ''), s.slice(k)];
    if (!afterKeys.some((key) => key.includes(head))) continue;
    // (Within a sentence only when it is long enough to say something: not `す。`.)
    const keptRest = afterSentences.some((t) => t.startsWith(rest)) || (rest.length >= 4 && afterKeys.some((key) => key.includes(rest)));
    if (keptRest || (parts > 2 && keptInParts(rest, afterKeys, afterSentences, parts - 1))) return true;
  }
  return false;
}

export function frontMatterBlock(text: string): string {
  const { post } = lint(text);
  return text.slice(0, post.bodyOffset);
}
