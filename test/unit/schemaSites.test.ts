/** The CLI on the three schema fixture sites: exactly the expected findings, and --print-config. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SCHEMA_SITE_FINDINGS as EXPECTED } from '../expected/schemaSites';
import { FIXTURES, ROOT, scratchDir } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');
const SITES = join(FIXTURES, 'sites');
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });

/** `file:line:col rule` of each finding, and each message, from JSON output. */
function findingsOf(site: string, ...args: string[]): string[] {
  const result = run(site, '--format', 'json', ...args, '.');
  const files = JSON.parse(result.stdout) as Array<{ file: string; findings: Array<{ rule: string; message: string; range: { start: { line: number; character: number } } }> }>;
  return files.flatMap((f) => f.findings.map((x) => `${f.file.replace(/^\.\//, '')}:${x.range.start.line + 1}:${x.range.start.character + 1} ${x.rule} ${x.message}`)).sort();
}

/** A copy of a fixture site, for runs that write. */
function copyOf(name: string): string {
  const dir = scratchDir(name);
  cpSync(join(SITES, name), dir, { recursive: true });
  return dir;
}


describe('the CLI on blogs with their own schema', () => {
  for (const [site, expected] of Object.entries(EXPECTED)) {
    it(`${site}: exactly the expected findings`, () => {
      assert.deepEqual(findingsOf(join(SITES, site)), [...expected].sort());
    });
  }

  it('--fix applies the schema fixes: defaults inserted, case-only choices, types; then only what needs a writer is left', () => {
    const site = copyOf('jekyll-schema');
    const result = run(site, '--fix', '.');
    assert.equal(result.status, 1, result.stderr);
    assert.equal(
      readFileSync(join(site, '_posts/2025-11-08-second.md'), 'utf8'),
      '---\nlayout: post\ntitle: The second post\ndate: 2025-11-08 10:00:00 +0000\ncategories: ["jekyll", "update"]\ncomments: true\nauthor: editor\n---\n\nThis post breaks the schema in four ways.\n',
    );
    assert.deepEqual(findingsOf(site), ['_drafts/idea.md:1:1 required-field Required field "title" is missing.']);
  });

  it('a broken schema is said once, naming the file; its posts are linted with the built-in profile', () => {
    const site = copyOf('jekyll-schema');
    writeFileSync(join(site, 'schemas/post.json'), '{ "type": "object", }, oops');
    const result = run(site, '.');
    assert.equal(result.status, 2);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0], /^frontlint: .*schemas\/post\.json: not valid JSON: .* at line 1, column \d+$/);
    assert.match(result.stdout, /_drafts\/idea\.md:1:1 error required-field/);
  });

  it('a Front Matter CMS content type with an unknown field type: said once, the other type still checked', () => {
    const site = copyOf('fmcms');
    const config = JSON.parse(readFileSync(join(site, 'frontmatter.json'), 'utf8'));
    config['frontMatter.taxonomy.contentTypes'][1].fields.push({ name: 'colour', type: 'colourPicker' });
    writeFileSync(join(site, 'frontmatter.json'), JSON.stringify(config));
    const result = run(site, '.');
    assert.equal(result.status, 2);
    assert.match(result.stderr.trim(), /^frontlint: .*frontmatter\.json: content type "event": field "colour" has the unknown type "colourPicker"; this content type is not checked\.$/);
    assert.match(result.stdout, /broken\.md:1:1 error required-field Required field "series" is missing\. \(Front Matter CMS content type "blog"\)/);
    assert.doesNotMatch(result.stdout, /venue/);
  });

  it('--print-config names the source that applies to a post', () => {
    const report = (site: string, file: string) => JSON.parse(run(join(SITES, site), '--print-config', file).stdout).schema;
    assert.deepEqual(
      { ...report('fmcms', 'content/events/typed.md'), file: undefined, root: undefined },
      { source: 'frontmatter-cms', name: 'blog', typeField: 'type', problems: [], file: undefined, root: undefined },
    );
    assert.equal(report('fmcms', 'content/events/meetup.md').name, 'event');
    assert.equal(report('astro-schemas', 'src/content/notes/tagged.md').source, 'astro');
    assert.equal(report('astro-schemas', 'src/content/notes/tagged.md').name, 'notes');
    const jekyll = report('jekyll-schema', '_posts/2025-11-07-welcome.md');
    assert.equal(jekyll.source, 'json-schema');
    assert.match(jekyll.file, /jekyll-schema\/schemas\/post\.json$/);
    assert.equal(report('jekyll-schema', '_drafts/idea.md').source, 'built-in');
  });

  it('the config decides when several sources apply: a schemas entry beats the Astro collection', () => {
    const site = copyOf('astro-schemas');
    writeFileSync(join(site, 'loose.json'), JSON.stringify({ type: 'object', required: ['title'] }));
    writeFileSync(join(site, '.frontlint.jsonc'), JSON.stringify({ schemas: [{ files: ['src/content/blog/**'], schema: './loose.json' }] }));
    assert.deepEqual(findingsOf(site), EXPECTED['astro-schemas'].filter((l) => l.startsWith('src/content/notes/')));
  });

  it('Front Matter CMS split settings: the URL it extends is said once as a warning (exit 1 for the errors, not 2); --print-config names the split type', () => {
    const site = join(SITES, 'fmcms-split');
    const result = run(site, '.');
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stderr, `frontlint: ${join(site, 'frontmatter.json')}: warning: frontMatter.extends: "https://frontmatter.example/team/frontmatter.json" is a URL, which Frontlint does not fetch; its settings are not used.\n`);
    const report = JSON.parse(run(site, '--print-config', 'content/articles/broken.md').stdout).schema;
    assert.equal(report.source, 'frontmatter-cms');
    assert.equal(report.name, 'article');
    assert.equal(report.problems.length, 1);
    // Every file the settings were composed from, frontmatter.json first, then what it extends, then the split files.
    assert.deepEqual(
      report.sources.map((f: string) => f.slice(site.length + 1)),
      ['frontmatter.json', 'config/shared.json', '.frontmatter/config/content/pagefolders/articles.json', '.frontmatter/config/content/pagefolders/pages.json', '.frontmatter/config/taxonomy/contenttypes/article.json', '.frontmatter/config/taxonomy/fieldgroups/author.json'],
    );
    assert.equal(JSON.parse(run(site, '--print-config', 'content/pages/about.md').stdout).schema.name, 'page');
  });

  it('Front Matter CMS split settings: a missing extended file and a broken split file are each said once, naming the file; the rest is checked', () => {
    const site = copyOf('fmcms-split');
    const config = readFileSync(join(site, 'frontmatter.json'), 'utf8').replace('"./config/shared.json"', '"./config/shared.json", "./config/gone.json"');
    writeFileSync(join(site, 'frontmatter.json'), config);
    writeFileSync(join(site, '.frontmatter/config/taxonomy/fieldgroups/author.json'), '{ "id": "author", ');
    const result = run(site, '.');
    assert.equal(result.status, 2);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 3, result.stderr);
    for (const line of [
      /^frontlint: .*\/frontmatter\.json: frontMatter\.extends: "\.\/config\/gone\.json" not found\.$/,
      /^frontlint: .*\/frontmatter\.json: warning: frontMatter\.extends: "https:/,
      /^frontlint: .*\/fieldgroups\/author\.json: not valid JSON: .* at line 1, column \d+$/,
    ]) {
      assert.equal(lines.filter((l) => line.test(l)).length, 1, `${line} in ${result.stderr}`);
    }
    // Without its field group the authors block takes any object; the rest is as before.
    assert.deepEqual(
      findingsOf(site),
      EXPECTED['fmcms-split'].filter((l) => !l.includes('authors[0].name')),
    );
  });

  it('Front Matter CMS split settings: --fix applies the unambiguous fixes (the case-only level, the one close layout, the missing date and author name)', () => {
    const site = copyOf('fmcms-split');
    run(site, '--fix', '.');
    assert.equal(readFileSync(join(site, 'content/pages/about.md'), 'utf8'), readFileSync(join(SITES, 'fmcms-split/content/pages/about.md'), 'utf8').replace('layout: wdie', 'layout: wide'));
    assert.equal(
      readFileSync(join(site, 'content/articles/broken.md'), 'utf8'),
      readFileSync(join(SITES, 'fmcms-split/content/articles/broken.md'), 'utf8').replace('level: Advanced', 'level: advanced').replace('  - url: https://ken.example\n', '  - url: https://ken.example\n    name: ""\ndate: ""\n'),
    );
  });
});
