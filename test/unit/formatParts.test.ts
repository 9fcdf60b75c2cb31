import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addFindings, formatFile, FORMATS } from '../../src/cli/format';
import type { FileFinding, FileReport } from '../../src/cli/lintFile';

const finding = (rule: string, line: number, character: number, severity: FileFinding['severity'] = 'warning'): FileFinding => ({
  rule,
  severity,
  message: `${rule} at ${line}:${character}, with "quotes", %, a comma, a colon: and 日本語の「引用」😀`,
  range: { start: { line, character }, end: { line, character: character + 3 } },
  related: [],
  fixable: rule === 'end-marker',
});

const report = (findings: FileFinding[], extra: Partial<FileReport> = {}): FileReport => ({
  file: '/blog/_posts/2024-01-02-a.md',
  readingTime: null,
  findings,
  unreadable: false,
  bytes: 10,
  ...extra,
});

/** Blog findings added to a file formatted in parts give what formatting everything at once gives. */
describe('findings added to a formatted file (the blog rules in the CLI)', () => {
  const own = [finding('end-marker', 3, 0, 'error'), finding('duplicate-passage', 10, 2), finding('truncated-text', 10, 2, 'information')];
  const cases: Array<[string, FileFinding[], FileFinding[]]> = [
    ['before, between, at the same place and after', own, [finding('duplicate-title', 1, 7), finding('broken-link', 5, 4), finding('broken-link', 10, 2), finding('broken-link', 12, 0, 'error')]],
    ['into a file with no findings of its own', [], [finding('duplicate-title', 1, 7), finding('broken-link', 5, 4)]],
    ['nothing', own, []],
  ];
  for (const format of FORMATS) {
    for (const quiet of [false, true]) {
      for (const [name, mine, added] of cases) {
        it(`${format}${quiet ? ', --quiet' : ''}: ${name}`, () => {
          const all = [...mine, ...added].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
          for (const extra of [{}, { changedDuringRun: true, written: false }]) {
            const whole = formatFile(report(all, extra), format, quiet, '/blog');
            const split = formatFile(report(mine, extra), format, quiet, '/blog', true);
            assert.equal(split.chunk, '');
            const { bytes, ...merged } = addFindings(split, '/blog/_posts/2024-01-02-a.md', added, format, quiet, '/blog');
            assert.deepEqual({ ...merged, chunk: Buffer.from(bytes!).toString('utf8') }, whole);
          }
        });
      }
    }
  }
});
