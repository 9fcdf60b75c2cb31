/**
 * Every rule is documented and configurable in the same places, and each rule page's examples do
 * what the page says: the "Bad" post triggers the rule, the "Good" one does not.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lint, RULES } from '../../src/core';
import { ROOT } from './helpers';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const packageJson = JSON.parse(read('package.json'));
const ruleSettings = packageJson.contributes.configuration.properties['frontlint.rules'].properties as Record<string, unknown>;
const nls = [JSON.parse(read('package.nls.json')), JSON.parse(read('package.nls.ja.json'))] as Array<Record<string, string>>;
const index = read('docs/rules/README.md');

/** The first ```markdown block after a `## heading`. */
function example(page: string, heading: string): string | undefined {
  const section = page.split(/^## /m).find((s) => s.startsWith(heading));
  return section && /```markdown\n([\s\S]*?)```/.exec(section)?.[1];
}

describe('rule documentation and settings', () => {
  it('lists exactly the engine rules in the settings schema', () => {
    assert.deepEqual(Object.keys(ruleSettings).sort(), RULES.map((r) => r.id).sort());
  });

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
