/** Config discovery and merging (src/config) over real folders, through the node file system. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, it } from 'node:test';
import { ConfigResolver, configSchema, hasPostExtension, lintOptionsFor, parseConfig } from '../../src/config';
import { BLOG_RULES, RULES, formatMessage, lint } from '../../src/core';
import type { FileSystem } from '../../src/fs/fileSystem';
import { nodeFileSystem } from '../../src/fs/nodeFileSystem';
import { ROOT, scratchDir } from './helpers';
import { collectionsWithoutTitle } from '../../src/site/astroContentConfig';

let site: string;
/** Writes files under a fresh site folder (which holds `.git`, so the cascade stops there). */
function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
}
const post = (path: string) => join(site, path);

describe('config cascade', () => {
  beforeEach(() => {
    site = scratchDir('config');
    mkdirSync(join(site, '.git'));
  });

  it('merges from the post folder up to the repository root, the nearest file winning key by key', async () => {
    write({
      '.frontlint.jsonc': '{\n  // the blog\n  "rules": { "end-marker": "warning", "duplicate-tag": "off" },\n  "requiredFields": ["title", "date"],\n  "readingSpeed": { "wordsPerMinute": 200 },\n}\n',
      '_posts/.frontlint.yaml': 'rules:\n  end-marker: hint\nreadingSpeed:\n  cjkCharsPerMinute: 400\n',
      '_posts/2024/a.md': '',
    });
    const config = await new ConfigResolver(nodeFileSystem).resolve(post('_posts/2024/a.md'));
    assert.deepEqual(config.rules, { 'end-marker': 'hint', 'duplicate-tag': 'off' });
    assert.deepEqual(config.requiredFields, ['title', 'date']);
    assert.deepEqual(config.readingSpeed, { wordsPerMinute: 200, cjkCharsPerMinute: 400 });
    assert.deepEqual(config.files, [post('.frontlint.jsonc'), post('_posts/.frontlint.yaml')]);
    assert.deepEqual(config.errors, []);
  });

  it('stops at the repository root, at the workspace folder, and at root: true', async () => {
    write({ 'blog/.frontlint.json': '{ "rules": { "end-marker": "off" } }', 'blog/posts/.frontlint.json': '{ "root": true, "requiredFields": [] }', 'blog/posts/a.md': '', 'blog/b.md': '' });
    const resolver = new ConfigResolver(nodeFileSystem);
    assert.deepEqual((await resolver.resolve(post('blog/posts/a.md'))).rules, {}, 'root: true stops the cascade');
    assert.deepEqual((await resolver.resolve(post('blog/b.md'), { stopAt: post('blog') })).rules, { 'end-marker': 'off' });
    assert.deepEqual((await resolver.resolve(post('blog/b.md'), { stopAt: join(site, 'blog/posts') })).files, [post('blog/.frontlint.json')]);
  });

  it('reads package.json\'s "frontlint" key when a folder has no .frontlint file, and prefers .frontlint files', async () => {
    write({ 'package.json': '{ "name": "blog", "frontlint": { "minDuplicateLength": 40 } }', 'a.md': '', 'sub/package.json': '{ "name": "x" }', 'sub/b.md': '' });
    const resolver = new ConfigResolver(nodeFileSystem);
    assert.equal((await resolver.resolve(post('a.md'))).minDuplicateLength, 40);
    assert.equal((await resolver.resolve(post('sub/b.md'))).minDuplicateLength, 40, 'a package.json without the key adds nothing');
    write({ '.frontlint.yml': 'minDuplicateLength: 30\n' });
    resolver.invalidate();
    assert.equal((await resolver.resolve(post('a.md'))).minDuplicateLength, 30);
  });

  it('follows extends (relative to the file, its own settings winning), and reports a cycle or a missing file', async () => {
    write({
      'shared/base.jsonc': '{ "rules": { "end-marker": "off", "duplicate-tag": "error" }, "requiredFields": ["title", "author"] }',
      '.frontlint.jsonc': '{ "extends": "./shared/base.jsonc", "rules": { "duplicate-tag": "hint" } }',
      'a.md': '',
    });
    const config = await new ConfigResolver(nodeFileSystem).resolve(post('a.md'));
    assert.deepEqual(config.rules, { 'end-marker': 'off', 'duplicate-tag': 'hint' });
    assert.deepEqual(config.requiredFields, ['title', 'author']);
    assert.deepEqual(config.files, [post('shared/base.jsonc'), post('.frontlint.jsonc')]);

    write({ 'shared/base.jsonc': '{ "extends": "../.frontlint.jsonc" }' });
    const cycle = await new ConfigResolver(nodeFileSystem).resolve(post('a.md'));
    assert.equal(cycle.errors.length, 1);
    assert.match(cycle.errors[0].message, /"extends" makes a cycle/);

    write({ '.frontlint.jsonc': '{\n  "extends": ["./nope.yaml"]\n}' });
    const missing = await new ConfigResolver(nodeFileSystem).resolve(post('a.md'));
    assert.deepEqual(missing.errors.map((e) => [e.file, e.line, e.message]), [[post('.frontlint.jsonc'), 1, 'Cannot read "./nope.yaml", which "extends" names.']]);
  });

  it('applies overrides by glob relative to the config file, later entries winning', async () => {
    write({
      '.frontlint.yaml': [
        'rules:',
        '  end-marker: error',
        'overrides:',
        '  - files: ["_notes/**"]',
        '    rules: { end-marker: "off" }',
        '    requiredFields: []',
        '  - files: ["*.draft.md"]',
        '    rules: { end-marker: hint }',
        '',
      ].join('\n'),
      '_posts/a.md': '',
      '_notes/b.md': '',
      '_notes/deep/c.draft.md': '',
    });
    const resolver = new ConfigResolver(nodeFileSystem);
    assert.deepEqual((await resolver.resolve(post('_posts/a.md'))).rules, { 'end-marker': 'error' });
    const note = await resolver.resolve(post('_notes/b.md'));
    assert.deepEqual([note.rules, note.requiredFields], [{ 'end-marker': 'off' }, []]);
    assert.deepEqual((await resolver.resolve(post('_notes/deep/c.draft.md'))).rules, { 'end-marker': 'hint' }, 'a glob without a slash matches a name at any depth');
  });

  it('ignores posts by glob, from any config file in the cascade and from the command line', async () => {
    write({ '.frontlint.json': '{ "ignores": ["drafts/", "**/README.md"] }', 'drafts/x/a.md': '', 'posts/README.md': '', 'posts/b.md': '', 'posts/.frontlint.json': '{ "ignores": ["old-*.md"] }', 'posts/old-1.md': '' });
    const resolver = new ConfigResolver(nodeFileSystem);
    const ignored = async (path: string, command?: string[]) => (await resolver.resolve(post(path), command ? { command: { dir: site, ignores: command } } : {})).ignored;
    assert.equal(await ignored('drafts/x/a.md'), true);
    assert.equal(await ignored('posts/README.md'), true);
    assert.equal(await ignored('posts/old-1.md'), true);
    assert.equal(await ignored('posts/b.md'), false);
    assert.equal(await ignored('posts/b.md', ['posts/b.md']), true);
  });

  it('puts config files over the editor settings, and command-line settings over both', async () => {
    write({ '.frontlint.json': '{ "rules": { "end-marker": "warning" }, "minDuplicateLength": 25 }', 'a.md': '' });
    const config = await new ConfigResolver(nodeFileSystem).resolve(post('a.md'), {
      base: { rules: { 'end-marker': 'off', 'duplicate-tag': 'off' }, minDuplicateLength: 10, requiredFields: ['title', 'date'] },
      command: { dir: site, settings: { rules: { 'duplicate-tag': 'error' } } },
    });
    assert.deepEqual(config.rules, { 'end-marker': 'warning', 'duplicate-tag': 'error' });
    assert.equal(config.minDuplicateLength, 25);
    assert.deepEqual(config.requiredFields, ['title', 'date']);
  });

  it('uses only the named file with --config, and none with --no-config', async () => {
    write({ '.frontlint.json': '{ "rules": { "end-marker": "off" } }', 'ci/strict.yaml': 'rules:\n  duplicate-tag: error\n', 'a.md': '' });
    const resolver = new ConfigResolver(nodeFileSystem);
    assert.deepEqual((await resolver.resolve(post('a.md'), { configFile: post('ci/strict.yaml') })).rules, { 'duplicate-tag': 'error' });
    assert.deepEqual((await resolver.resolve(post('a.md'), { configFile: null })).rules, {});
  });

  it('passes schemas (matching this post, schema paths made absolute) and site settings through', async () => {
    write({
      '.frontlint.jsonc': '{ "schemas": [{ "files": ["_posts/**"], "schema": "./schemas/post.json" }, { "files": ["_notes/**"], "schema": "note.json" }], "site": { "generator": "jekyll", "baseurl": "/blog" } }',
      '_posts/.frontlint.yaml': 'site:\n  permalink: /:year/:title/\nschemas:\n  - files: ["*.md"]\n    schema: ../schemas/strict.json\n',
      '_posts/a.md': '',
    });
    const config = await new ConfigResolver(nodeFileSystem).resolve(post('_posts/a.md'));
    assert.deepEqual(config.schemas.map((s) => s.schema), [post('schemas/post.json'), post('schemas/strict.json')]);
    assert.deepEqual(config.site, { generator: 'jekyll', baseurl: '/blog', permalink: '/:year/:title/' });
  });

  it('makes extensions configurable (default .md, .markdown, .mdx) and lint options from the result', async () => {
    write({ 'a.md': '', 'docs/.frontlint.json': '{ "extensions": [".mdx", ".TXT"], "requiredFields": ["title", "date"] }', 'docs/b.md': '' });
    const resolver = new ConfigResolver(nodeFileSystem);
    const top = await resolver.resolve(post('a.md'));
    assert.deepEqual(['x.md', 'x.markdown', 'x.MDX', 'x.txt'].map((f) => hasPostExtension(top, `/s/${f}`)), [true, true, true, false]);
    const docs = await resolver.resolve(post('docs/b.md'));
    assert.deepEqual(['x.md', 'x.mdx', 'x.txt'].map((f) => hasPostExtension(docs, `/s/${f}`)), [false, true, true]);
    const options = lintOptionsFor(docs, '/s/x.mdx');
    assert.equal(options.mdx, true);
    assert.deepEqual(lint('---\ntitle: a\n---\n\nText.\n', options).findings.map((f) => f.rule), ['required-field']);
  });

  it('knows the generator that builds the post, as the blog index finds it: the nearest generator config at or above, or the config\'s site.generator', async () => {
    write({ 'notes/a.md': '', 'blog/_config.yml': 'title: B\n', 'blog/_posts/2024/b.md': '', 'docs/hugo.toml': '', 'docs/content/c.md': '', 'set/.frontlint.json': '{ "site": { "generator": "hugo" } }', 'set/_config.yml': '', 'set/d.md': '' });
    const resolver = new ConfigResolver(nodeFileSystem);
    const generators = await Promise.all(['notes/a.md', 'blog/_posts/2024/b.md', 'docs/content/c.md', 'set/d.md'].map(async (path) => (await resolver.resolve(post(path))).generator));
    assert.deepEqual(generators, ['none', 'jekyll', 'hugo', 'hugo']);
    assert.equal(lintOptionsFor(await resolver.resolve(post('blog/_posts/2024/b.md')), post('blog/_posts/2024/b.md')).generator, 'jekyll');
  });

  it('requires no front matter or title of a page on a site that needs none: Quartz and Obsidian title it by file name, VitePress by its first heading (real sites: 5 of 16 Quartz notes, 9 of 16 VitePress pages were reported), unless the config says', async () => {
    write({
      'garden/quartz.config.ts': 'export default {}', 'garden/content/Decision Trees.md': '', 'vault/.obsidian/app.json': '{}', 'vault/notes/a.md': '',
      'vp/.vitepress/config.mts': '', 'vp/posts/note/index.md': '', 'docs/docusaurus.config.js': '', 'docs/docs/intro.md': '',
      'set/quartz.config.ts': '', 'set/.frontlint.json': '{ "requiredFields": ["title"], "rules": { "frontmatter-missing": "warning" } }', 'set/content/b.md': '', 'blog/c.md': '',
    });
    const resolver = new ConfigResolver(nodeFileSystem);
    const paths = ['garden/content/Decision Trees.md', 'vault/notes/a.md', 'vp/posts/note/index.md', 'docs/docs/intro.md', 'set/content/b.md', 'blog/c.md'];
    const resolved = await Promise.all(paths.map((path) => resolver.resolve(post(path))));
    const rules = (text: string) => resolved.map((config, i) => lint(text, lintOptionsFor(config, post(paths[i]))).findings.map((f) => f.rule));
    // A VitePress page whose `# 一根绳子` comes after its <script setup>.
    assert.deepEqual(rules('---\ncategory: 笔记\n---\n<script setup>\nimport Read from "./Read.vue";\n</script>\n\n# 一根绳子\n\nText.\n'), [[], [], [], [], ['required-field'], ['required-field']]);
    assert.deepEqual(rules('# SVG\n\nText.\n'), [[], [], [], [], ['frontmatter-missing'], ['frontmatter-missing']]);
  });

  it('a Jekyll site\'s Markdown file outside `_posts` may have no front matter: Jekyll copies it as it is (an example README in a project\'s docs); a post it would skip gets the note', async () => {
    write({ 'jk/_config.yml': 'title: Docs\n', 'jk/docs/examples/dbus/README.md': '', 'jk/_posts/2024-01-01-a.md': '', 'jk/_drafts/b.md': '' });
    const resolver = new ConfigResolver(nodeFileSystem);
    const paths = ['jk/docs/examples/dbus/README.md', 'jk/_posts/2024-01-01-a.md', 'jk/_drafts/b.md'];
    const resolved = await Promise.all(paths.map((path) => resolver.resolve(post(path))));
    assert.deepEqual(resolved.map((config, i) => lint('# D-Bus example\n\nRun it.\n', lintOptionsFor(config, post(paths[i]))).findings.map((f) => f.rule)), [[], ['frontmatter-missing'], ['frontmatter-missing']]);
  });

  it('an Astro collection whose schema in the content config names no title asks none (an i18n theme\'s `pages`: its imprint and changelog had "title" missing, errors)', async () => {
    const config = "import { defineCollection, z } from 'astro:content';\nconst blogCollection = defineCollection({\n  schema: ({ image }) => z.object({ title: z.string(), tags: z.array(z.string()) }),\n});\nconst pagesCollection = defineCollection({\n  schema: z.object({ path: z.string(), section: z.string().optional() }),\n});\nexport const collections = {\n  blog: blogCollection,\n  'pages': pagesCollection,\n  notes: defineCollection({ loader: glob({ base: './src/content/jottings' }), schema: z.object({ body: z.string() }) }),\n};\n";
    assert.deepEqual([...collectionsWithoutTitle(config)].sort(), ['jottings', 'pages']);
    assert.deepEqual([...collectionsWithoutTitle('export const collections = { blog };')], []);
    write({ 'as/astro.config.mjs': '', 'as/src/content/config.ts': config, 'as/src/content/pages/en/imprint.mdx': '', 'as/src/content/blog/en/a.md': '' });
    const resolver = new ConfigResolver(nodeFileSystem);
    const paths = ['as/src/content/pages/en/imprint.mdx', 'as/src/content/blog/en/a.md'];
    const resolved = await Promise.all(paths.map((path) => resolver.resolve(post(path))));
    assert.deepEqual(resolved.map((config, i) => lint('---\npath: imprint\n---\n\nText.\n', lintOptionsFor(config, post(paths[i]))).findings.map((f) => f.rule)), [[], ['required-field']]);
  });

  it('reads a Hatena Blog kept with blogsync (blogsync.yaml) as it writes its fields: the title is `Title` (every post of such a blog had "title" missing)', async () => {
    write({ 'hatena/blogsync.yaml': 'default:\n  local_root: .\n', 'hatena/example.hatenablog.com/entry/2023/01/01/123456.md': '', 'plain/a.md': '' });
    const resolver = new ConfigResolver(nodeFileSystem);
    const paths = ['hatena/example.hatenablog.com/entry/2023/01/01/123456.md', 'plain/a.md'];
    const resolved = await Promise.all(paths.map((path) => resolver.resolve(post(path))));
    assert.deepEqual(resolved.map((config) => config.requiredFields), [['Title'], undefined]);
    const entry = '---\nTitle: Goのテストを書く\nCategory:\n- Go\nDate: 2023-01-01T12:34:56+09:00\nEditURL: https://blog.hatena.ne.jp/me/e/atom/entry/1\n---\n\n本文です。\n';
    assert.deepEqual(resolved.map((config, i) => lint(entry, lintOptionsFor(config, post(paths[i]))).findings.map((f) => f.rule)), [[], ['required-field']]);
    assert.deepEqual(lint('---\nDate: 2023-01-01\n---\n\n本文です。\n', lintOptionsFor(resolved[0], post(paths[0]))).findings.map((f) => f.message), ['Required field "Title" is missing.']);
  });

  it('reads a Hatena Blog kept with blogsync from where blogsync writes its posts, without blogsync.yaml (it holds the API key, so a real repository left it out)', async () => {
    write({ 'blog/me.hatenablog.com/entry/2016/04/23/180731.md': '', 'blog/me.hateblo.jp/entry/a.md': '', 'blog/notes/entry/b.md': '' });
    const resolver = new ConfigResolver(nodeFileSystem);
    const paths = ['blog/me.hatenablog.com/entry/2016/04/23/180731.md', 'blog/me.hateblo.jp/entry/a.md', 'blog/notes/entry/b.md'];
    const resolved = await Promise.all(paths.map((path) => resolver.resolve(post(path))));
    assert.deepEqual(resolved.map((config) => config.requiredFields), [['Title'], ['Title'], undefined]);
  });

  it('ignores what Astro leaves out of its content collections: files and folders named `_…` under src/content (a real blog\'s `_template.mdx` with empty fields)', async () => {
    write({ 'astro.config.mjs': 'export default {}', 'src/content/posts/_template.mdx': '', 'src/content/posts/a.mdx': '', 'src/content/_drafts/b.md': '', 'src/pages/_c.md': '', 'other/_config.yml': '', 'other/_posts/_d.md': '' });
    const resolver = new ConfigResolver(nodeFileSystem);
    const ignored = await Promise.all(['src/content/posts/_template.mdx', 'src/content/posts/a.mdx', 'src/content/_drafts/b.md', 'src/pages/_c.md', 'other/_posts/_d.md'].map(async (path) => (await resolver.resolve(post(path))).ignored));
    assert.deepEqual(ignored, [true, false, true, false, false]);
  });

  it('ignores the templates new posts are made from: Hugo\'s archetypes (a real blog\'s `title: "{{ replace .Name "-" " " | title }}"`) and Hexo\'s scaffolds', async () => {
    write({ 'archetypes/hugo/hugo.toml': '', 'archetypes/hugo/content/posts/a.md': '', 'hugo/hugo.toml': '', 'hugo/archetypes/default.md': '', 'hugo/content/posts/archetypes.md': '', 'hexo/_config.yml': 'new_post_name: :title.md\n', 'hexo/package.json': '{"dependencies":{"hexo":"7"}}', 'hexo/scaffolds/post.md': '', 'hexo/source/_posts/a.md': '', 'jekyll/_config.yml': '', 'jekyll/archetypes/a.md': '' });
    const resolver = new ConfigResolver(nodeFileSystem);
    const paths = ['hugo/archetypes/default.md', 'hugo/content/posts/archetypes.md', 'hexo/scaffolds/post.md', 'hexo/source/_posts/a.md', 'jekyll/archetypes/a.md', 'archetypes/hugo/content/posts/a.md'];
    const resolved = await Promise.all(paths.map((path) => resolver.resolve(post(path))));
    assert.deepEqual(resolved.map((r) => r.generator), ['hugo', 'hugo', 'hexo', 'hexo', 'jekyll', 'hugo']);
    assert.deepEqual(resolved.map((r) => r.ignored), [true, false, true, false, false, false], 'a folder above the site named archetypes is not the site\'s');
  });

  it('caches per folder until invalidated', async () => {
    write({ '.frontlint.json': '{ "rules": { "end-marker": "off" } }', 'a/1.md': '', 'a/2.md': '' });
    let reads = 0;
    const counting: FileSystem = { ...nodeFileSystem, readDirectory: (p) => (reads++, nodeFileSystem.readDirectory(p)), readFile: (p) => (reads++, nodeFileSystem.readFile(p)) };
    const resolver = new ConfigResolver(counting);
    await resolver.resolve(post('a/1.md'));
    const cold = reads;
    await resolver.resolve(post('a/2.md'));
    assert.equal(reads, cold, 'the second post in the folder reads nothing');
    write({ '.frontlint.json': '{ "rules": { "end-marker": "hint" } }' });
    assert.deepEqual((await resolver.resolve(post('a/2.md'))).rules, { 'end-marker': 'off' }, 'cached');
    resolver.invalidate();
    assert.deepEqual((await resolver.resolve(post('a/2.md'))).rules, { 'end-marker': 'hint' });
    assert.ok(resolver.watched.has(post('.frontlint.json')));
  });
});

describe('broken config files', () => {
  beforeEach(() => {
    site = scratchDir('config');
    mkdirSync(join(site, '.git'));
  });

  const errorOf = (name: string, text: string) => {
    const result = parseConfig(`/b/${name}`, text, formatMessage);
    assert.equal(result.ok, false, 'is an error');
    return !result.ok ? result.error : undefined!;
  };

  it('names the line and the reason of a JSON syntax error', () => {
    const error = errorOf('.frontlint.jsonc', '{\n  "rules": { "end-marker": "off" }\n  "requiredFields": []\n}');
    assert.deepEqual([error.file, error.line, error.character, error.message], ['/b/.frontlint.jsonc', 2, 2, 'Syntax error: comma expected']);
  });

  it('names the line and the reason of a YAML syntax error', () => {
    const error = errorOf('.frontlint.yaml', 'rules:\n  end-marker: off\n  end-marker: hint\n');
    assert.equal(error.line, 2);
    assert.match(error.message, /^Syntax error: .*unique/i);
  });

  it('reports unknown rules and settings, bad severities and bad types where they are written', () => {
    assert.deepEqual(pick(errorOf('.frontlint.json', '{\n  "rules": {\n    "end-markers": "off"\n  }\n}')), [2, 'Unknown rule "end-markers".']);
    assert.deepEqual(pick(errorOf('.frontlint.yml', 'rules:\n  end-marker: loud\n')), [1, 'rules.end-marker must be one of: error, warning, information, hint, off.']);
    assert.deepEqual(pick(errorOf('.frontlint.json', '{ "requiredField": ["title"] }')), [0, 'Unknown setting "requiredField" in the config.']);
    assert.deepEqual(pick(errorOf('.frontlint.yaml', 'readingSpeed:\n  wordsPerMinute: 0\n')), [1, 'readingSpeed.wordsPerMinute must be > 0.']);
    assert.deepEqual(pick(errorOf('.frontlint.yaml', 'overrides:\n  - rules: {}\n')), [1, 'overrides.0 needs "files".']);
    assert.deepEqual(pick(errorOf('.frontlint.yaml', '- a\n- b\n')), [0, 'A Frontlint config must be an object of settings.']);
    assert.deepEqual(pick(errorOf('package.json', '{ "frontlint": { "extensions": ["md"] } }')), [0, 'extensions.0 is not valid: must match pattern "^\\.[^/\\\\]+$".']);
  });

  it('does not parse configs nested past 64 levels (the parsers recurse per level)', () => {
    assert.match(errorOf('.frontlint.yaml', '- '.repeat(8_000)).message, /^This config file nests more than 64 levels deep\.$/);
    assert.match(errorOf('.frontlint.jsonc', `${'['.repeat(100)}${']'.repeat(100)}`).message, /nests more than 64/);
  });

  it('does not parse YAML config files over 16 KB', () => {
    const error = errorOf('.frontlint.yaml', `# ${'x'.repeat(20_000)}\n`);
    assert.match(error.message, /^This YAML config file is 20 KB; Frontlint reads YAML config files up to 16 KB/);
  });

  it('treats an empty YAML file as an empty config, and a package.json without the key as none', () => {
    assert.deepEqual(parseConfig('/b/.frontlint.yaml', '', formatMessage), { ok: true, config: {} });
    assert.deepEqual(parseConfig('/b/package.json', '{"name":"x"}', formatMessage), { ok: true, config: {} });
  });

  it('never throws on hostile input', () => {
    const nested = (open: string, close: string, depth: number) => open.repeat(depth) + close.repeat(depth);
    for (const text of ['\u0000\u0001', '{'.repeat(10_000), '- '.repeat(10_000), '- '.repeat(8_000), nested('[', ']', 8_000), nested('{"a":', '}', 3_000) + '', 'a: &a [*a]\n', '"\ud800"', '{"rules": null}', 'x'.repeat(100_000)]) {
      for (const name of ['.frontlint.jsonc', '.frontlint.yaml', 'package.json']) assert.doesNotThrow(() => parseConfig(`/b/${name}`, text, formatMessage));
    }
  });

  it('lints with the defaults in place of a broken file (CLI), or with its last good contents (editor)', async () => {
    write({ '.frontlint.json': '{ "rules": { "end-marker": "off" } }', 'a.md': '' });
    const editor = new ConfigResolver(nodeFileSystem, { keepLastGood: true });
    const cli = new ConfigResolver(nodeFileSystem);
    assert.deepEqual((await editor.resolve(post('a.md'))).rules, { 'end-marker': 'off' });
    write({ '.frontlint.json': '{ "rules": { "end-marker": "off" ' });
    editor.invalidate();
    const kept = await editor.resolve(post('a.md'));
    assert.deepEqual(kept.rules, { 'end-marker': 'off' });
    assert.equal(kept.errors.length, 1);
    const fresh = await cli.resolve(post('a.md'));
    assert.deepEqual([fresh.rules, fresh.errors.length], [{}, 1]);
    assert.equal((await editor.check(post('.frontlint.json')))?.line, 0);
  });

  it('reports a config file that is not UTF-8 text', async () => {
    write({ 'a.md': '' });
    writeFileSync(join(site, '.frontlint.json'), Buffer.from([0xff, 0xfe, 0x00, 0x7b]));
    const config = await new ConfigResolver(nodeFileSystem).resolve(post('a.md'));
    assert.match(config.errors[0].message, /not UTF-8/);
  });
});

const pick = (error: { line: number; message: string }) => [error.line, error.message];

describe('config schema', () => {
  it('lists exactly the engine rules, as the settings schema does', () => {
    const schema = configSchema() as { properties: { rules: { properties: Record<string, unknown> } } };
    const settings = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes.configuration.properties['frontlint.rules'].properties;
    const ids = [...RULES, ...BLOG_RULES].map((r) => r.id);
    assert.deepEqual(Object.keys(schema.properties.rules.properties), ids);
    assert.deepEqual(Object.keys(settings).sort(), [...ids].sort());
  });

  it('is the schema the package registers for .frontlint.jsonc and .frontlint.yaml', () => {
    const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const json = packageJson.contributes.jsonValidation.find((v: { fileMatch: string[] }) => v.fileMatch.includes('.frontlint.jsonc'));
    const yaml = packageJson.contributes.yamlValidation.find((v: { fileMatch: string[] }) => v.fileMatch.includes('.frontlint.yaml'));
    assert.equal(json.url, yaml.url);
    assert.deepEqual(JSON.parse(readFileSync(join(ROOT, json.url), 'utf8')), configSchema());
    // (That the package holds it: test/unit/package.test.ts packs it and looks.)
  });
});
