/**
 * False alarms on posts that no model restarted (issue 12, section 6). The clean corpus in
 * test/fixtures/clean/ holds human-written posts (English, Japanese, Chinese; Astro, Hugo, Jekyll,
 * Zenn, Qiita and Hexo front matter) and clean machine-translated notes (`translated: true`), hand-
 * written and generated from hand-written shape templates by scripts/clean-corpus.mjs. Any artifact
 * finding on them is a false alarm. Targets: none on human-written posts, at most 1 per 50
 * machine-translated posts. Recall on AI drafts is held by test/unit/seeds.test.ts (the seeds'
 * artifact findings, line by line) and test/unit/realBlog.test.ts; it is not repeated here.
 * `npm run bench:false-alarms` prints the same measurement with every finding.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ARTIFACT_RULES, lint } from '../../src/core';
import { census, cleanPosts, measure, rates, SHAPES } from '../../scripts/clean-corpus-measure.mjs';
import { FIXTURES, ROOT } from './helpers';

const posts = cleanPosts(join(FIXTURES, 'clean'));
const results = measure(posts, lint, ARTIFACT_RULES);

/**
 * Posts on which the engine raises false alarms today, each with why the writing is normal. Their
 * tests are `todo`: reported, not failing, until the engine is fixed (then they pass and the entry
 * goes). Minimal reproductions are in the helper's report on branch `clean`.
 */
const KNOWN_FALSE_ALARMS: Record<string, string> = {
  'human/en-lessons-oncall.md': 'duplicate-passage: a TL;DR (after a bold label) that the conclusion repeats word for word, two sentences',
  'human/en-series-selfhosting-2.md': 'duplicate-passage: a two-sentence series note quoted at the top and the bottom of the post',
  'human/zh-hexo-migration.md': 'duplicate-passage: a 总结 that restates a two-sentence paragraph; then truncated-text on the sign-off 下次见, because the post now "restarted"',
  'human/zh-summary-restated.md': 'duplicate-passage: a 总结 paragraph made of sentences from two different sections, taken for one repeated run',
  'human/en-photo-caption.md': 'truncated-text: an italic image caption that the next paragraph opens with and goes on from',
  'human/ja-hugo-diary.md': 'truncated-text: a kaomoji with a backtick (´・ω・`) read as an unclosed code span',
  'human/ja-kaomoji-signoff.md': 'truncated-text: a kaomoji with a backtick (`・ω・´)ゞ read as an unclosed code span',
  'human/ja-jekyll-tips-list.md': 'truncated-text: a Japanese last line without 。 after a finished sentence (今回はここまで。次回は…書く予定です)',
  'human/ja-qiita-vim-markdown.md': 'truncated-text: a Japanese sign-off without 。 after a finished sentence (…ありがとうございました。少しでも参考になれば嬉しいです)',
};

const describeFindings = (findings: { line: number; rule: string; text: string }[]) => findings.map((f) => `${f.line} ${f.rule}: ${f.text}`).join('\n');

describe('the clean corpus (issue 12, section 6)', () => {
  const human = results.filter((r) => r.family === 'human');
  const translated = results.filter((r) => r.family === 'translated');

  it('holds at least 60 human-written and 50 clean machine-translated posts, under 1 MB', () => {
    assert.ok(human.length >= 60, `${human.length} human-written posts`);
    assert.ok(translated.length >= 50, `${translated.length} machine-translated posts`);
    const bytes = posts.reduce((n, post) => n + Buffer.byteLength(post.text), 0);
    assert.ok(bytes < 1024 * 1024, `${bytes} bytes`);
  });

  it('machine-translated posts carry `lang` and `model`, and every post front matter', () => {
    for (const post of posts) assert.match(post.text, /^---\n[\s\S]*?\n---\n/, post.file);
    for (const post of posts.filter((p) => p.family === 'translated')) {
      assert.match(post.text, /^lang: \S+$/m, post.file);
      assert.match(post.text, /^model: \S+\/\S+$/m, post.file);
    }
  });

  it('holds every shape the issue lists, in human-written posts and (where they write it) in translated ones', () => {
    const counts = census(posts);
    assert.deepEqual(Object.keys(counts), Object.keys(SHAPES));
    for (const [shape, n] of Object.entries(counts)) assert.ok(n.human > 0, `no human-written post holds "${shape}"`);
    for (const shape of ['table of contents repeated as headings', 'the same step in two procedures', 'FAQ list', 'summary restating an earlier sentence', 'bold label', 'link list', 'table with repeated cells', 'code block repeated', 'colon before a list']) {
      assert.ok(counts[shape].translated > 0, `no translated post holds "${shape}"`);
    }
  });

  it('the generated posts are what scripts/clean-corpus.mjs writes (regenerate with `node scripts/clean-corpus.mjs`)', () => {
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts/clean-corpus.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });

  it('every known false alarm is still a post of the corpus', () => {
    for (const file of Object.keys(KNOWN_FALSE_ALARMS)) assert.ok(results.some((r) => r.file === file), file);
  });

  describe('human-written posts: no artifact finding', () => {
    for (const result of human) {
      const todo = KNOWN_FALSE_ALARMS[result.file];
      it(result.file, todo ? { todo } : {}, () => assert.equal(result.findings.length, 0, describeFindings(result.findings)));
    }
  });

  describe('machine-translated posts: at most 1 artifact finding per 50 posts', () => {
    it(`${translated.length} posts`, () => {
      const { findings = 0 } = rates(translated).translated ?? {};
      const flagged = translated.filter((r) => r.findings.length);
      assert.ok(findings <= Math.floor(translated.length / 50), flagged.map((r) => `${r.file}\n${describeFindings(r.findings)}`).join('\n'));
    });
  });

  it('on human-written posts, false alarms are only where listed as known (a new one fails here)', () => {
    const unexpected = human.filter((r) => r.findings.length && !KNOWN_FALSE_ALARMS[r.file]);
    assert.deepEqual(unexpected.map((r) => `${r.file}\n${describeFindings(r.findings)}`), []);
  });
});
