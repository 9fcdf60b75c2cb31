import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fixAll, lint, ARTIFACT_RULES } from '../../src/core';
import { frontMatterBlock, lostSentences, ofRule, readFixture, SEED_000, SEED_003 } from './helpers';

describe('seed 000 (AI-generated Jekyll post)', () => {
  const text = readFixture(SEED_000);
  const { findings, readingTime } = lint(text);

  it('is byte-identical to the shared seeds (SHA-256 taken from shared/seeds)', () => {
    assert.equal(createHash('sha256').update(readFileSync(SEED_000)).digest('hex'), '240e4a2dd3d520f89d75101d89e8143309309cec8d519857a95956d20e80411e');
    assert.equal(createHash('sha256').update(readFileSync(SEED_003)).digest('hex'), 'ab34ab82b8bafd3577eb66b1bf7b2a734770c18a6bcd3aa1650d9f3ba7051ae6');
  });

  it('reports all seven ---END--- markers, on their lines', () => {
    const markers = ofRule(findings, 'end-marker');
    assert.deepEqual(markers.map((f) => f.range.start.line + 1), [54, 64, 66, 90, 112, 116, 138]);
    for (const f of markers) assert.equal(f.range.end.character, '---END---'.length);
  });

  it('reports the empty section between the markers on lines 64 and 66', () => {
    const empty = ofRule(findings, 'empty-section');
    assert.equal(empty.length, 1);
    assert.equal(empty[0].range.start.line + 1, 64);
    assert.equal(empty[0].range.end.line + 1, 66);
  });

  it('reports truncated text on lines 62, 114 and 136, each ending where the text stops', () => {
    const truncated = ofRule(findings, 'truncated-text');
    assert.deepEqual(truncated.map((f) => f.range.end.line + 1), [62, 114, 136]);
    const lines = text.split('\n');
    assert.ok(lines[61].endsWith('構築しよう'));
    assert.equal(truncated[0].range.end.character, lines[61].length);
    for (const f of truncated) assert.ok(f.fix, 'each fragment is restated elsewhere, so it is fixable');
  });

  it('covers the repeated passages, with related information pointing at the first copy', () => {
    const repeats = ofRule(findings, 'duplicate-passage');
    const lines = new Set(repeats.flatMap((f) => range(f.range.start.line + 1, f.range.end.line + 1)));
    // The re-flowed restarts (lines 114 and 118), the repeated conclusion (line 86) and the tail after line 122.
    for (const line of [30, 86, 92, 114, 118, 120, 124, 130, 136]) assert.ok(lines.has(line), `line ${line} is reported as repeated`);
    for (const line of [12, 14, 34, 52, 56]) assert.ok(!lines.has(line), `first copy on line ${line} is not reported`);
    const reflowed = repeats.find((f) => f.range.start.line + 1 === 118)!;
    assert.ok(reflowed.range.end.line + 1 >= 122, 'adjacent repeats merge into one finding');
    assert.equal(reflowed.related[0].range.start.line + 1, 12);
  });

  it('flags the made-up reading_time and computes about 34 minutes', () => {
    assert.equal(readingTime.minutes, 34);
    assert.ok(readingTime.cjkChars > 15500 && readingTime.cjkChars < 15900, `cjk chars ${readingTime.cjkChars}`);
    assert.ok(readingTime.minutesWithoutDuplicates < readingTime.minutes);
    const mismatch = ofRule(findings, 'reading-time-mismatch');
    assert.equal(mismatch.length, 1);
    assert.equal(mismatch[0].range.start.line + 1, 9);
    assert.equal(mismatch[0].fix!.edits[0].newText, '34');
  });

  it('reports nothing about its front matter fields, which are fine', () => {
    for (const rule of ['frontmatter-missing', 'frontmatter-syntax', 'required-field', 'field-type', 'field-format', 'duplicate-tag', 'translation-metadata']) {
      assert.deepEqual(ofRule(findings, rule), [], rule);
    }
  });

  describe('fix-all', () => {
    const fixed = fixAll(text).text;
    const artifactsOnly = fixAll(text, {}, ARTIFACT_RULES).text;

    it('removes every artifact', () => {
      const after = lint(fixed).findings;
      assert.deepEqual(after.filter((f) => f.fix), []);
      assert.deepEqual(after.filter((f) => ARTIFACT_RULES.has(f.rule)), []);
      assert.ok(!fixed.includes('---END---'));
    });

    it('loses no sentence', () => {
      assert.deepEqual(lostSentences(text, fixed), []);
      assert.deepEqual(lostSentences(text, artifactsOnly), []);
    });

    it('leaves the front matter byte-for-byte unchanged apart from its own fixes', () => {
      assert.equal(frontMatterBlock(artifactsOnly), frontMatterBlock(text));
      assert.equal(frontMatterBlock(fixed), frontMatterBlock(text).replace('reading_time: 8', `reading_time: ${lint(fixed).readingTime.minutes}`));
    });

    it('is idempotent', () => {
      assert.equal(fixAll(fixed).text, fixed);
      assert.equal(fixAll(artifactsOnly, {}, ARTIFACT_RULES).text, artifactsOnly);
    });

    it('keeps CRLF line endings', () => {
      const crlf = text.replace(/\n/g, '\r\n');
      const out = fixAll(crlf).text;
      assert.ok(!/[^\r]\n/.test(out), 'no bare LF introduced');
      assert.equal(out.replace(/\r\n/g, '\n'), fixed);
    });
  });
});

describe('seed 003 (machine-translated note)', () => {
  const { findings, readingTime } = lint(readFixture(SEED_003));

  it('gives no error or warning', () => {
    assert.deepEqual(findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
  });

  it('has a plausible reading time', () => {
    assert.ok(readingTime.minutes >= 5 && readingTime.minutes <= 7, String(readingTime.minutes));
    assert.equal(readingTime.minutesWithoutDuplicates, readingTime.minutes);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
