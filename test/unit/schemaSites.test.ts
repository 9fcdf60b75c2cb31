/** The CLI on the three schema fixture sites: exactly the expected findings, and --print-config. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FIXTURES, ROOT } from './helpers';

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
  const dir = mkdtempSync(join(tmpdir(), `frontlint-${name}-`));
  cpSync(join(SITES, name), dir, { recursive: true });
  return dir;
}

export const EXPECTED: Record<string, string[]> = {
  fmcms: [
    'content/blog/broken.md:1:1 required-field Required field "series" is missing. (Front Matter CMS content type "blog")',
    'content/blog/broken.md:4:11 field-format "category" is not one of the allowed values: "news", "tutorial", "review". (Front Matter CMS content type "blog")',
    'content/events/meetup.md:1:1 required-field Required field "venue" is missing. (Front Matter CMS content type "event")',
    'content/events/meetup.md:4:8 field-format "seats" must be at least 1. (Front Matter CMS content type "event")',
    'content/events/meetup.md:5:9 field-format "format" is not one of the allowed values: "online", "in-person". (Front Matter CMS content type "event")',
  ],
  'astro-schemas': [
    'src/content/blog/first-post.md:4:10 field-format "Jul 08 2022" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +ZZZZ or ISO 8601. (Astro collection "blog")',
    'src/content/blog/second-post.md:1:1 required-field Required field "pubDate" is missing. (Astro collection "blog")',
    'src/content/blog/second-post.md:4:1 field-type "pubdate" is not a field here; did you mean "pubDate"? (Astro collection "blog")',
    'src/content/blog/second-post.md:5:8 field-type "draft" must be true or false. (Astro collection "blog")',
    'src/content/notes/untagged.md:1:1 required-field Required field "tags" is missing. (Astro collection "notes")',
  ],
  'jekyll-schema': [
    '_drafts/idea.md:1:1 required-field Required field "title" is missing.',
    '_posts/2025-11-08-second.md:1:1 required-field Required field "author" is missing. (JSON Schema post.json)',
    '_posts/2025-11-08-second.md:2:9 field-format "layout" is not one of the allowed values: "post", "page". (JSON Schema post.json)',
    '_posts/2025-11-08-second.md:5:13 field-type "categories" must be a list. (JSON Schema post.json)',
    '_posts/2025-11-08-second.md:6:11 field-type "comments" must be true or false. (JSON Schema post.json)',
  ],
};

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
    assert.deepEqual(findingsOf(site), ['src/content/notes/untagged.md:1:1 required-field Required field "tags" is missing. (Astro collection "notes")']);
  });
});
