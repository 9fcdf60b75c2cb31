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
 * The false alarms the engine raises today, by kind, each with why the writing is normal. Minimal
 * reproductions are in the report of branch `clean`.
 */
const WHY = {
  'two-sentence repeat': 'duplicate-passage: a deliberate repeat of two sentences (a TL;DR the conclusion repeats, a series or update note or a call to action at the top and the bottom) is taken for a restart',
  'summary of scattered sentences': 'duplicate-passage: a summary made of single sentences from different sections is taken for one repeated run',
  cascade: 'once a post is taken as restarted, every deliberate one-sentence repeat (pull quote, summary) and every sign-off without a full stop is an artifact too',
  'kaomoji with a backtick': 'truncated-text: a kaomoji with ` ((´・ω・`), (`・ω・´)ゞ) is read as an unclosed code span, so the post "ends mid-sentence"',
  'CJK last sentence without 。': 'truncated-text: a Japanese or Chinese sign-off without 。 after a finished sentence (paragraph or list continuation line)',
  caption: 'truncated-text: an italic image caption that the next paragraph begins with and goes on from',
} as const;

/**
 * Posts on which the engine raises false alarms today. Their tests are `todo`: reported, not
 * failing, until the engine is fixed (then they pass, and the entry goes).
 */
const KNOWN_FALSE_ALARMS: Record<string, Array<keyof typeof WHY>> = {
  'human/en-lessons-oncall.md': ['two-sentence repeat'],
  'human/en-series-selfhosting-2.md': ['two-sentence repeat'],
  'human/en-font-flash-update.md': ['two-sentence repeat'],
  'human/zh-hexo-migration.md': ['two-sentence repeat', 'cascade'],
  'human/zh-summary-restated.md': ['summary of scattered sentences'],
  'human/en-photo-caption.md': ['caption'],
  'human/ja-hugo-diary.md': ['kaomoji with a backtick'],
  'human/ja-kaomoji-signoff.md': ['kaomoji with a backtick'],
  'human/ja-jekyll-tips-list.md': ['CJK last sentence without 。'],
  'human/ja-naming-tips.md': ['CJK last sentence without 。'],
  'human/ja-qiita-vim-markdown.md': ['CJK last sentence without 。'],
  'human/zh-nas-three-months.md': ['CJK last sentence without 。'],
  // Generated: the plain-text call to action (two sentences at the top and the bottom), and the endings above.
  'generated/human/en-10.md': ['two-sentence repeat', 'cascade'],
  'generated/human/en-11.md': ['two-sentence repeat', 'cascade'],
  'generated/human/en-13.md': ['two-sentence repeat', 'cascade'],
  'generated/human/en-15.md': ['two-sentence repeat', 'cascade'],
  'generated/human/en-17.md': ['two-sentence repeat', 'cascade'],
  'generated/human/en-20.md': ['two-sentence repeat', 'cascade'],
  'generated/human/en-22.md': ['two-sentence repeat', 'cascade'],
  'generated/human/ja-13.md': ['kaomoji with a backtick'],
  'generated/human/ja-14.md': ['CJK last sentence without 。'],
  'generated/human/zh-11.md': ['CJK last sentence without 。'],
};
const todoOf = (file: string) => KNOWN_FALSE_ALARMS[file]?.map((kind) => WHY[kind]).join('; ');

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

  it('raises nothing but artifact findings: the front matter of every post is valid', () => {
    for (const post of posts) assert.deepEqual(lint(post.text).findings.filter((f) => !ARTIFACT_RULES.has(f.rule)).map((f) => `${f.range.start.line + 1} ${f.rule}`), [], post.file);
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
      const todo = todoOf(result.file);
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
