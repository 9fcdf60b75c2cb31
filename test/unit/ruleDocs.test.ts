/**
 * Every rule is documented and configurable in the same places, and each rule page's examples do
 * what the page says: the "Bad" post triggers the rule, the "Good" one does not.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BLOG_RULES, lint, RULES } from '../../src/core';
import { BlogIndex, checkBlog } from '../../src/site';
import { ROOT } from './helpers';
import { memoryFs } from './memoryFs';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const packageJson = JSON.parse(read('package.json'));
const ruleSettings = packageJson.contributes.configuration.properties['frontlint.rules'].properties as Record<string, unknown>;
const nls = [JSON.parse(read('package.nls.json')), JSON.parse(read('package.nls.ja.json'))] as Array<Record<string, string>>;
const index = read('docs/rules/README.md');

/** The first ```markdown block after a `## heading`. */
function example(page: string, heading: string): string | undefined {
  const section = page.split(/^## /m).find((s) => s.startsWith(heading));
  // (A longer fence, ````markdown, holds an example that has a fence of its own.)
  return section && /^(`{3,})markdown\n([\s\S]*?)^\1[ \t]*$/m.exec(section)?.[2];
}

/** The rest of the blog the blog-rule pages' examples live in. */
const BLOG_EXAMPLE_POSTS = {
  '/b/_posts/2024-01-11-second-post.md': '---\ntitle: Second Post\n---\n\nThe second post.\n',
  '/b/_posts/2024-01-12-hello.md': '---\ntitle: Hello World\n---\n\nThe other post titled Hello World.\n',
};

describe('rule documentation and settings', () => {
  it('lists exactly the engine rules in the settings schema', () => {
    assert.deepEqual(Object.keys(ruleSettings).sort(), [...RULES, ...BLOG_RULES].map((r) => r.id).sort());
  });

  for (const rule of BLOG_RULES) {
    it(`${rule.id} (blog rule): a page with its default severity, a row in the index, descriptions in both languages`, () => {
      const page = read(`docs/rules/${rule.id}.md`);
      assert.match(page, new RegExp(`^Default severity: \`${rule.defaultSeverity}\`$`, 'm'));
      assert.ok(index.includes(`| [${rule.id}](${rule.id}.md) | \`${rule.defaultSeverity}\` |`), 'index row');
      for (const messages of nls) assert.ok(messages[`rule.${rule.id}`], `rule.${rule.id}`);
    });

    it(`${rule.id} (blog rule): the page's Bad example triggers it in a blog, and its Good example does not`, async () => {
      const page = read(`docs/rules/${rule.id}.md`);
      const findings = async (post: string) => {
        const { index: blog } = await BlogIndex.build(memoryFs({ '/b/_config.yml': 'permalink: /:year/:month/:day/:title/', '/b/_posts/2024-01-10-example.md': post, ...BLOG_EXAMPLE_POSTS }), '/b');
        return (checkBlog(blog).get('/b/_posts/2024-01-10-example.md') ?? []).filter((f) => f.rule === rule.id);
      };
      assert.ok((await findings(example(page, 'Bad')!)).length > 0, 'Bad triggers the rule');
      assert.deepEqual((await findings(example(page, 'Good')!)).map((f) => f.message), [], 'Good does not');
    });
  }

  for (const rule of RULES) {
    it(`${rule.id}: a page with its default severity, a row in the index, descriptions in both languages`, () => {
      const path = `docs/rules/${rule.id}.md`;
      assert.ok(existsSync(join(ROOT, path)), path);
      const page = read(path);
      assert.match(page, new RegExp(`^Default severity: \`${rule.defaultSeverity}\`$`, 'm'));
      assert.ok(index.includes(`| [${rule.id}](${rule.id}.md) | \`${rule.defaultSeverity}\` |`), 'index row');
      for (const messages of nls) assert.ok(messages[`rule.${rule.id}`], `rule.${rule.id}`);
    });

    it(`${rule.id}: the page's Bad example triggers it and its Good example does not`, () => {
      const page = read(`docs/rules/${rule.id}.md`);
      const bad = example(page, 'Bad');
      const good = example(page, 'Good');
      assert.ok(bad && good, 'both examples are there');
      const options = { rules: { [rule.id]: rule.defaultSeverity } };
      assert.ok(lint(bad, options).findings.some((f) => f.rule === rule.id), 'Bad triggers the rule');
      assert.deepEqual(lint(good, options).findings.filter((f) => f.rule === rule.id).map((f) => f.message), [], 'Good does not');
    });
  }
});
