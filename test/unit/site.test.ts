import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { extractLinks, lint, parsePost } from '../../src/core';
import { nodeFileSystem } from '../../src/fs/nodeFileSystem';
import { BlogIndex, brokenLinkFixes, checkBlog, detectSite, permalinkOf, readEntry, type SiteFinding } from '../../src/site';
import { processFile } from '../../src/pool/processFile';
import { FIXTURES, readFixture, ROOT, SEED_000, SEED_003, scratchDir } from './helpers';
import { memoryFs } from './memoryFs';

const SITES = join(FIXTURES, 'sites');

/** `rel:line rule` for every blog-rule finding, plus the engine's conflicting-link findings. */
/** The replacement targets a broken link's quick fixes offer. */
const suggestions = (index: BlogIndex, path: string, f: SiteFinding) => brokenLinkFixes(index, path, f).map((s) => s.edits[0].newText);
/** Each blog finding of an index, as `show` writes it (with the post's path). */
const blogFindings = (index: BlogIndex, show: (f: SiteFinding, path: string) => string) => [...checkBlog(index)].flatMap(([path, findings]) => findings.map((f) => show(f, path)));
/** The blog findings of the site at `root`, each as `relative/path message`. */
async function siteMessages(fs: Parameters<typeof BlogIndex.build>[0], root: string): Promise<string[]> {
  const { index } = await BlogIndex.build(fs, root);
  return blogFindings(index, (f, path) => `${index.relative(path)} ${f.message}`);
}

async function siteFindings(name: string): Promise<string[]> {
  const root = join(SITES, name);
  const { index } = await BlogIndex.build(nodeFileSystem, root);
  const out: string[] = [];
  for (const [path, findings] of checkBlog(index)) for (const f of findings) out.push(`${index.relative(path)}:${f.range.start.line + 1} ${f.rule}`);
  for (const post of index.posts()) {
    for (const f of lint(readFixture(post.path)).findings.filter((f) => f.rule === 'conflicting-link')) out.push(`${post.rel}:${f.range.start.line + 1} ${f.rule}`);
  }
  return out.sort();
}

/** The known problems of each fixture site, and nothing else. */
const EXPECTED: Record<string, string[]> = {
  // Links to a post's URL (one as a full URL of the site) and to a page are fine; its slash date is
  // a date to Hexo; a `{% codeblock %}` holds no links; the scaffold is no post.
  hexo: ['source/_posts/hello-hexo.md:10 broken-link', 'source/_posts/hello-hexo.md:12 broken-link'], // a URL and a {% post_link %} slug of no post
  jekyll: [
    '_posts/2024-01-10-hello-world.md:14 broken-link', // an invented follow-up post
    '_posts/2024-01-10-hello-world.md:2 duplicate-title',
    '_posts/2024-01-11-second-post.md:18 broken-link', // the second of two "Hello World" links
    '_posts/2024-01-11-second-post.md:18 conflicting-link',
    '_posts/2024-01-11-second-post.md:9 broken-link', // {% post_url %} of a post never written
    '_posts/2024-01-12-日本語のスラッグ.md:10 broken-link', // #fragment with no heading
    '_posts/2024-01-12-日本語のスラッグ.md:11 broken-link', // relative .md file
    '_posts/2024-01-12-日本語のスラッグ.md:13 broken-link', // percent-encoded Japanese slug
    '_posts/2024-01-13-hello-again.md:2 duplicate-title',
    'about.md:6 broken-link', // {% link %} to a missing file
  ],
  hugo: [
    'content/posts/first.md:10 broken-link', // {{< ref >}} to a missing file
    'content/posts/first.md:13 broken-link',
    'content/posts/first.md:13 conflicting-link',
    'content/posts/first.md:2 duplicate-title',
    'content/posts/first.md:9 broken-link', // the file-name URL of a post with a slug
    'content/posts/second/index.md:8 broken-link', // #install: no such heading
    'content/posts/third.md:2 duplicate-title', // full-width title, in TOML front matter
  ],
  astro: [
    'src/content/blog/again.md:2 duplicate-title',
    'src/content/blog/first-post.md:2 duplicate-title',
    'src/content/blog/first-post.md:7 broken-link',
    'src/content/blog/first-post.md:8 broken-link',
    'src/content/blog/second-post.md:9 broken-link',
    'src/content/blog/second-post.md:9 conflicting-link',
  ],
};

/** What the CLI reports for a folder: `rel:line rule` for every finding, whatever its rule. */
function cliFindings(dir: string, ...args: string[]): { lines: string[]; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--format', 'json', ...args, dir], { encoding: 'utf8' });
  const files = JSON.parse(result.stdout || '[]') as Array<{ file: string; findings: Array<{ rule: string; range: { start: { line: number } } }> }>;
  const lines = files.flatMap((f) => f.findings.map((x) => `${relative(dir, f.file).split(sep).join('/')}:${x.range.start.line + 1} ${x.rule}`));
  return { lines: lines.sort(), stderr: result.stderr, status: result.status };
}

describe('fixture sites', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: reports exactly the known broken links, duplicate titles and conflicting links`, async () => {
      assert.deepEqual(await siteFindings(name), [...expected].sort());
    });

    it(`${name}: the CLI on the folder reports exactly those, and nothing else`, () => {
      const { lines, stderr } = cliFindings(join(SITES, name));
      assert.deepEqual(lines, [...expected].sort());
      assert.equal(stderr, '');
    });
  }

  it('the CLI on a sub-folder indexes the whole site; --no-index and --rule turn blog rules off', () => {
    const posts = join(SITES, 'jekyll', '_posts');
    const inPosts = EXPECTED.jekyll.filter((l) => l.startsWith('_posts/')).map((l) => l.slice('_posts/'.length));
    assert.deepEqual(cliFindings(posts).lines, inPosts.sort());
    assert.deepEqual(cliFindings(posts, '--no-index').lines, inPosts.filter((l) => l.endsWith('conflicting-link')));
    assert.deepEqual(cliFindings(posts, '--rule', 'broken-link=off').lines, inPosts.filter((l) => !l.endsWith('broken-link')).sort());
  });

  it('a folder that is no site: relative file links only, said once on stderr', () => {
    const dir = scratchDir('nosite');
    writeFileSync(join(dir, 'a.md'), '---\ntitle: A\n---\n\n[b](b.md) and [c](/2024/01/01/c/)\n');
    writeFileSync(join(dir, '.git'), ''); // the repository's root ends the search for a site config
    const { lines, stderr } = cliFindings(dir);
    assert.deepEqual(lines, ['a.md:5 broken-link']);
    assert.equal(stderr.match(/only relative links to files are checked/g)?.length, 1);
    rmSync(dir, { recursive: true, force: true });
  });

  it('jekyll: permalinks from the pattern, the Japanese slug kept, pages by their own permalink', async () => {
    const { index } = await BlogIndex.build(nodeFileSystem, join(SITES, 'jekyll'));
    const permalinks = Object.fromEntries([...index.posts()].map((p) => [p.rel, p.permalink]));
    assert.deepEqual(permalinks, {
      '_posts/2024-01-10-hello-world.md': '/2024/01/10/hello-world/',
      '_posts/2024-01-11-second-post.md': '/2024/01/11/second-post/',
      '_posts/2024-01-12-日本語のスラッグ.md': '/2024/01/12/日本語のスラッグ/',
      '_posts/2024-01-13-hello-again.md': '/2024/01/13/hello-again/',
      'about.md': '/about/',
    });
  });

  it('broken links suggest the closest permalinks: same date first, written as the link was (percent-encoded)', async () => {
    const { index } = await BlogIndex.build(nodeFileSystem, join(SITES, 'jekyll'));
    const findings = checkBlog(index);
    const at = (file: string, line: number) => findings.get(join(SITES, 'jekyll', file))!.find((f) => f.rule === 'broken-link' && f.range.start.line === line - 1)!;
    const first = (file: string, line: number) => suggestions(index, join(SITES, 'jekyll', file), at(file, line))[0];
    assert.equal(first('_posts/2024-01-10-hello-world.md', 14), '/2024/01/11/second-post/');
    assert.equal(first('_posts/2024-01-11-second-post.md', 18), '/2024/01/10/hello-world/');
    assert.equal(first('_posts/2024-01-12-日本語のスラッグ.md', 13), `/2024/01/12/${encodeURI('日本語のスラッグ')}/`);
    assert.equal(first('_posts/2024-01-12-日本語のスラッグ.md', 11), '2024-01-13-hello-again.md');
    assert.equal(first('_posts/2024-01-11-second-post.md', 9), '2024-01-10-hello-world');
    assert.equal(first('about.md', 6), '_posts/2024-01-12-日本語のスラッグ.md');
    assert.equal(at('_posts/2024-01-12-日本語のスラッグ.md', 13).message, 'No post or file at /2024/01/12/日本語/.');
    // The fix replaces exactly the link target.
    const finding = at('_posts/2024-01-10-hello-world.md', 14);
    const text = readFixture(join(SITES, 'jekyll', '_posts/2024-01-10-hello-world.md'));
    const { lines } = parsePost(text);
    assert.equal(text.slice(lines.offsetAt(finding.range.start), lines.offsetAt(finding.range.end)), '/2024/01/11/second-post-follow-up/');
  });

  it('hugo and astro: a slug changes the URL, and the file-name URL suggests the post', async () => {
    for (const [name, file, line, suggestion] of [
      ['hugo', 'content/posts/first.md', 9, '/posts/zweite/'],
      ['astro', 'src/content/blog/first-post.md', 7, '/blog/custom-second/'],
    ] as const) {
      const { index } = await BlogIndex.build(nodeFileSystem, join(SITES, name));
      const finding = checkBlog(index).get(join(SITES, name, file))!.find((f) => f.range.start.line === line - 1)!;
      assert.equal(suggestions(index, join(SITES, name, file), finding)[0], suggestion);
    }
  });

  it('duplicate-title points to the other post', async () => {
    const { index } = await BlogIndex.build(nodeFileSystem, join(SITES, 'hugo'));
    const finding = checkBlog(index).get(join(SITES, 'hugo', 'content/posts/third.md'))!.find((f) => f.rule === 'duplicate-title')!;
    assert.equal(finding.related[0].path, join(SITES, 'hugo', 'content/posts/first.md'));
    assert.equal(finding.related[0].range.start.line, 1);
  });
});



/** A copy of the Jekyll fixture site in a temporary folder (a repository root, so config files are not searched above it). */
function jekyllCopy(): string {
  const dir = scratchDir('jekyll');
  cpSync(join(SITES, 'jekyll'), dir, { recursive: true });
  writeFileSync(join(dir, '.git'), '');
  return dir;
}

describe('a Hexo blog', () => {
  it('reads a string of several words as one category, as Hexo and Hugo do (Jekyll splits it at spaces)', () => {
    const text = '---\ntitle: A\ncategories: git 操作\ntags: a b\n---\n\nText.\n';
    assert.deepEqual([readEntry('/s/a.md', 'a.md', text, 'hexo').categories, readEntry('/s/a.md', 'a.md', text, 'hexo').tags], [['git 操作'], ['a b']]);
    // Hugo too (its taxonomies take a string as one term); Jekyll splits at spaces.
    assert.deepEqual([readEntry('/s/a.md', 'a.md', text, 'hugo').categories, readEntry('/s/a.md', 'a.md', text, 'jekyll').tags], [['git 操作'], ['a', 'b']]);
    assert.deepEqual(readEntry('/s/a.md', 'a.md', text, 'jekyll').categories, ['git', '操作']);
  });

  it('links to its posts\' URLs are fine, a link to no post is broken, its slash dates are dates, and its scaffolds are no posts (CLI)', () => {
    const root = scratchDir('hexo');
    try {
      const files: Record<string, string> = {
        '.git/HEAD': '',
        '_config.yml': 'title: H\nurl: https://h.example.com\nroot: /\npermalink: :year/:month/:day/:title/\n',
        'package.json': '{ "dependencies": { "hexo": "^7.0.0" } }',
        'scaffolds/post.md': '---\ntitle: {{ title }}\ndate: {{ date }}\n---\n',
        'source/_posts/a.md': '---\ntitle: A\ndate: 2018-06-11 00:03:18\n---\n\nSee [B](/2018/06/12/b/), [B again](https://h.example.com/2018/06/12/b/) and [C](/2018/06/13/nope/).\n',
        'source/_posts/b.md': '---\ntitle: B\ndate: 2018/06/12 10:00:00\n---\n\nBack to [A](/2018/06/11/a/) and [about](/about/).\n',
        'source/about/index.md': '---\ntitle: About\n---\n\nText.\n',
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--format', 'json', '.'], { cwd: root, encoding: 'utf8' });
      const findings = (JSON.parse(result.stdout) as Array<{ file: string; findings: Array<{ rule: string; message: string }> }>).flatMap((f) => f.findings.map((x) => `${f.file} ${x.rule}: ${x.message}`));
      assert.deepEqual(findings, ['source/_posts/a.md broken-link: No post or file at /2018/06/13/nope/.']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('blog rules in the CLI, with the CLI\'s options', () => {
  it('severities from each post\'s own config cascade, --rule over them; disable comments hold', () => {
    const dir = jekyllCopy();
    writeFileSync(join(dir, '_posts', '.frontlint.jsonc'), '{ "rules": { "broken-link": "error", "duplicate-title": "off" } }\n');
    const about = join(dir, 'about.md');
    writeFileSync(about, `${readFileSync(about, 'utf8').trimEnd()}\n\n<!-- frontlint-disable-file broken-link -->\n`);
    const second = join(dir, '_posts', '2024-01-11-second-post.md');
    writeFileSync(second, readFileSync(second, 'utf8').replace('never-written %}).', 'never-written %}). <!-- frontlint-disable-line broken-link -->'));
    const run = (...args: string[]) => JSON.parse(spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--format', 'json', ...args, dir], { encoding: 'utf8' }).stdout) as Array<{ file: string; findings: Array<{ rule: string; severity: string; range: { start: { line: number } } }> }>;
    const lines = (files: ReturnType<typeof run>) => files.flatMap((f) => f.findings.map((x) => `${relative(dir, f.file)}:${x.range.start.line + 1} ${x.rule} ${x.severity}`)).sort();
    assert.deepEqual(lines(run()), [
      '_posts/2024-01-10-hello-world.md:14 broken-link error',
      '_posts/2024-01-11-second-post.md:18 broken-link error',
      '_posts/2024-01-11-second-post.md:18 conflicting-link warning',
      '_posts/2024-01-12-日本語のスラッグ.md:10 broken-link error',
      '_posts/2024-01-12-日本語のスラッグ.md:11 broken-link error',
      '_posts/2024-01-12-日本語のスラッグ.md:13 broken-link error',
    ]);
    assert.deepEqual(lines(run('--rule', 'broken-link=information')).filter((l) => l.includes('broken-link')).map((l) => l.split(' ').pop()), Array(5).fill('information'));
    rmSync(dir, { recursive: true, force: true });
  });

  it('every format, --max-warnings, --quiet and --shard, on the lint threads (20 posts and more)', () => {
    const dir = jekyllCopy();
    // Enough posts for the lint threads: each links to the first post, one to a post never written.
    for (let i = 1; i <= 20; i++) writeFileSync(join(dir, '_posts', `2024-02-${String(i).padStart(2, '0')}-extra.md`), `---\ntitle: Extra ${i}\n---\n\nSee [the first post](/2024/01/10/hello-world/)${i === 7 ? ' and [a lost one](/2024/01/10/lost/)' : ''}.\n`);
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args, dir], { encoding: 'utf8', cwd: dir });
    const expected = [...EXPECTED.jekyll, '_posts/2024-02-07-extra.md:5 broken-link'].sort();
    const json = (result: ReturnType<typeof cli>) => (JSON.parse(result.stdout) as Array<{ file: string; findings: Array<{ rule: string; range: { start: { line: number } } }> }>).flatMap((f) => f.findings.map((x) => `${relative(dir, f.file)}:${x.range.start.line + 1} ${x.rule}`));
    assert.deepEqual(json(cli('--format', 'json')).sort(), expected);
    const text = cli('--format', 'text');
    assert.equal(text.stdout.trimEnd().split('\n').length, expected.length + 1);
    assert.match(text.stdout, /\/_posts\/2024-02-07-extra\.md:5:65 warning broken-link No post or file at \/2024\/01\/10\/lost\/\.$/m);
    assert.match(text.stdout, /11 problems \(0 errors, 11 warnings\) in 25 files\n$/);
    const sarif = JSON.parse(cli('--format', 'sarif').stdout);
    assert.equal(sarif.runs[0].results.length, expected.length);
    assert.ok(sarif.runs[0].results.some((r: { ruleId: string; relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.ruleId === 'duplicate-title' && r.relatedLocations?.[0].physicalLocation.artifactLocation.uri === '_posts/2024-01-13-hello-again.md'));
    assert.equal(cli('--format', 'github').stdout.match(/^::warning file=/gm)?.length, expected.length);
    // Blog warnings count as warnings; --quiet shows errors only.
    assert.equal(cli('--max-warnings', '10').status, 1);
    assert.equal(cli('--max-warnings', '11').status, 0);
    assert.equal(cli('--quiet').stdout, '0 problems (0 errors, 0 warnings) in 25 files\n');
    // Each shard reports its own posts' findings, with links resolved against the whole site.
    const shards = [1, 2, 3].flatMap((i) => json(cli('--format', 'json', '--shard', `${i}/3`)));
    assert.deepEqual(shards.sort(), expected);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('permalinks', () => {
  const jekyllSite = async (config: string) => detectSite(memoryFs({ '/s/_config.yml': config, '/s/_posts/2024-02-03-my-post.md': '' }), '/s');
  const post = { rel: '_posts/2024-02-03-my-post.md', categories: ['News'], hasFrontMatter: true };

  it('Jekyll named styles and placeholders', async () => {
    assert.equal(permalinkOf(post, await jekyllSite('')), '/news/2024/02/03/my-post.html');
    assert.equal(permalinkOf(post, await jekyllSite('permalink: pretty')), '/news/2024/02/03/my-post/');
    assert.equal(permalinkOf(post, await jekyllSite('permalink: ordinal')), '/news/2024/034/my-post.html');
    assert.equal(permalinkOf(post, await jekyllSite('permalink: none')), '/news/my-post.html');
    assert.equal(permalinkOf(post, await jekyllSite('permalink: /:year/:i_month/:i_day/:slug/')), '/2024/2/3/my-post/');
    assert.equal(permalinkOf(post, await jekyllSite('permalink: /:categories/:short_year/:title')), '/news/24/my-post');
  });

  it('Jekyll baseurl, slug and date overrides', async () => {
    const site = await jekyllSite('permalink: /:year/:month/:day/:title/\nbaseurl: /blog/');
    assert.equal(permalinkOf({ ...post, categories: [] }, site), '/blog/2024/02/03/my-post/');
    assert.equal(permalinkOf({ ...post, categories: [], slug: 'Other Name' }, site), '/blog/2024/02/03/Other-Name/');
    assert.equal(permalinkOf({ ...post, categories: [], date: '2024-03-04 10:00:00 +0900' }, site), '/blog/2024/03/04/my-post/');
    assert.equal(permalinkOf({ ...post, categories: [], permalink: '/fixed/' }, site), '/blog/fixed/');
    // Jekyll reads a date written with slashes (Hexo-style, seen in real blogs) as a date too.
    assert.equal(permalinkOf({ ...post, categories: [], date: '2019/7/17 9:00:00' }, site), '/blog/2019/07/17/my-post/');
    assert.equal(permalinkOf({ ...post, categories: [], date: '2019/07-17' }, site), '/blog/2024/02/03/my-post/');
  });

  it('Jekyll with `source:` (Octopress): paths, categories, {% link %} and static files count from that folder', async () => {
    const fs = memoryFs({
      '/o/_config.yml': 'source: ./source/\npermalink: /blog/:year/:month/:day/:title/\n',
      '/o/source/_posts/2012-03-04-first.markdown': '---\ntitle: First\n---\n\n[second](/blog/2012/03/05/second/), [about](/about/), {% link about/index.md %}, [logo](/images/logo.png), [old page](/blog/2012/03/old.html)\n',
      '/o/source/_posts/2012-03-05-second.markdown': '---\ntitle: Second\n---\n\n[nowhere](/blog/2012/03/06/nowhere/)\n',
      '/o/source/about/index.md': '---\ntitle: About\n---\n',
      '/o/source/images/logo.png': '',
      // (A page the site serves as it is, under a post-like URL: found among its static files.)
      '/o/source/blog/2012/03/old.html': '',
      '/o/README.md': '---\ntitle: Read me\n---\n',
    });
    const site = await detectSite(fs, '/o');
    assert.deepEqual([site.generator, site.contentDir, site.staticDirs], ['jekyll', 'source', ['source']]);
    assert.equal(permalinkOf({ rel: 'source/_posts/2012-03-04-first.markdown', categories: [], hasFrontMatter: true }, site), '/blog/2012/03/04/first/', 'no `source` category');
    assert.equal(permalinkOf({ rel: 'README.md', categories: [], hasFrontMatter: true }, site), undefined, 'outside the source folder: not built');
    const { index } = await BlogIndex.build(fs, '/o');
    const found = blogFindings(index, (f, path) => `${path}:${f.range.start.line} ${f.rule} ${f.message}`);
    assert.deepEqual(found, ['/o/source/_posts/2012-03-05-second.markdown:4 broken-link No post or file at /blog/2012/03/06/nowhere/.']);
  });

  it('Hexo: a `_config.yml` beside `source` (and scaffolds, themes or package.json); posts by permalink and front matter date, pages by path', async () => {
    const hexoSite = (config: string, extra: Record<string, string> = { '/s/package.json': '{}' }) => detectSite(memoryFs({ '/s/_config.yml': config, '/s/source/_posts/my-post.md': '', ...extra }), '/s');
    assert.equal((await hexoSite('', {})).generator, 'jekyll', 'a `source` folder alone is no Hexo site');
    assert.equal((await hexoSite('', { '/s/scaffolds/post.md': '' })).generator, 'hexo');
    const site = await hexoSite('url: https://h.example.com\nroot: /blog/\n');
    assert.deepEqual([site.generator, site.baseurl, site.url, site.staticDirs], ['hexo', '/blog', 'https://h.example.com', ['source']]);
    const post = { rel: 'source/_posts/my-post.md', categories: ['前端 开发'], hasFrontMatter: true, date: '2018/6/11 00:03:18' };
    assert.equal(permalinkOf(post, site), '/blog/2018/06/11/my-post/', 'the default pattern, a date with slashes');
    assert.equal(permalinkOf({ ...post, rel: 'source/_posts/notes/日本語.md', date: '2018-06-11' }, site), '/blog/2018/06/11/notes/日本語/', ':title is the path under _posts');
    const patterned = await hexoSite('permalink: :category/:name.html\n');
    assert.equal(permalinkOf(post, patterned), '/前端-开发/my-post.html');
    const titled = await hexoSite('permalink: posts/:post_title/\n');
    assert.equal(permalinkOf({ ...post, title: 'Crème Brûlée: 做法 & Tips!' }, titled), '/posts/creme-brulee-做法-tips/', ':post_title is the title as Hexo slugizes it');
    assert.equal(permalinkOf({ ...post, date: undefined }, site), undefined, 'no date: Hexo takes the file\'s, which the index cannot know');
    assert.equal(permalinkOf({ ...post, permalink: '/fixed/' }, site), '/blog/fixed/');
    assert.equal(permalinkOf({ rel: 'source/about/index.md', categories: [], hasFrontMatter: true }, site), '/blog/about/');
    assert.equal(permalinkOf({ rel: 'source/links.md', categories: [], hasFrontMatter: true }, site), '/blog/links.html');
    assert.equal(permalinkOf({ rel: 'source/_drafts/wip.md', categories: [], hasFrontMatter: true }, site), undefined);
  });

  it('Hexo: {% post_link %} and {% post_path %} find a post by slug (with or without its date, in a subfolder) or title; a #fragment is checked; a slug of no post is broken, with the closest slugs offered', async () => {
    const body = [
      '{% post_link my-post %} {% post_link notes/deep %} {% post_link dated %} {% post_link 2024-01-02-dated %}',
      '{% post_link "A Titled Post" %} [link]({% post_path my-post %}) {% post_link my-post#part 见这里 true %}',
      '{% post_link my-psot 标题 %}',
      '{% post_link my-post#nowhere %}',
      '{% post_link dated#nowhere %}',
    ].join('\n\n');
    const fs = memoryFs({
      '/s/_config.yml': '',
      '/s/scaffolds/post.md': '',
      '/s/source/_posts/my-post.md': `---\ntitle: A Titled Post\ndate: 2024-01-01\n---\n\n## Part\n\n${body}\n`,
      '/s/source/_posts/notes/deep.md': '---\ntitle: Deep\ndate: 2024-01-01\n---\n',
      '/s/source/_posts/2024-01-02-dated.md': '---\ntitle: Dated\ndate: 2024-01-02\n---\n',
    });
    const { index } = await BlogIndex.build(fs, '/s');
    const path = '/s/source/_posts/my-post.md';
    const findings = (checkBlog(index).get(path) ?? []).filter((f) => f.rule === 'broken-link');
    assert.deepEqual(findings.map((f) => [f.range.start.line, f.message]), [
      [11, 'No post has the slug or title my-psot.'],
      [13, 'A Titled Post has no heading for #nowhere.'],
      [15, 'Dated has no heading for #nowhere.'],
    ]);
    assert.deepEqual(suggestions(index, path, findings[0]), ['my-post']);
    // Not a Hexo site: the tag is no link Frontlint knows how to check.
    const jekyll = await BlogIndex.build(memoryFs({ '/j/_config.yml': '', '/j/_posts/2024-01-01-a.md': '---\ntitle: A\n---\n\n{% post_link nowhere %}\n' }), '/j');
    assert.deepEqual([...checkBlog(jekyll.index).values()].flat(), []);
  });

  it('Hugo publishes a pattern without a trailing slash as a folder: a relative link starts from `…/slug/` (a real Chinese blog\'s `../../03/idempotence`)', async () => {
    const fs = memoryFs({
      '/h/config.toml': '[permalinks]\npost = "/posts/:year/:month/:slug"\n',
      '/h/content/post/2019/03/idempotence.md': '---\ntitle: A\nslug: "idempotence"\ndate: 2019-03-17T23:38:00+08:00\n---\n',
      '/h/content/post/2019/04/sync.md': '---\ntitle: B\nslug: "sync"\ndate: 2019-04-27T14:02:16+08:00\n---\n\n[幂等](../../03/idempotence) and [gone](../../03/nothing)\n',
    });
    const { index } = await BlogIndex.build(fs, '/h');
    assert.equal(index.get('/h/content/post/2019/04/sync.md')!.permalink, '/posts/2019/04/sync/');
    const found = blogFindings(index, (f) => f.message);
    assert.deepEqual(found, ['No post or file at /posts/2019/03/nothing.']);
  });

  it('a link to the site\'s own URL is checked whether written http or https, and a Hugo section\'s `/:title/` pattern makes any first segment a post URL (a real blog moved from Jekyll)', async () => {
    const fs = memoryFs({
      '/m/config.toml': 'baseurl = "https://m.example.io/"\n[permalinks]\n  posts = "/:title/"\n',
      '/m/content/posts/a.md': '+++\ntitle = "10 Commandments of Working From Home"\ndate = "2012-02-09T17:00:00+09:00"\n+++\n',
      '/m/content/posts/b.md': '+++\ntitle = "B"\n+++\n\n[a](http://m.example.io/10-commandments-of-working-from-home/), [old](http://m.example.io/the-10-commandments-of-working-from-home/), [old](https://m.example.io/the-10-commandments-of-working-from-home/), [other](https://other.example.io/x/)\n',
    });
    const { index } = await BlogIndex.build(fs, '/m');
    const found = blogFindings(index, (f) => `${f.range.start.character} ${f.message}`);
    assert.deepEqual(found, ['70 No post or file at /the-10-commandments-of-working-from-home/.', '140 No post or file at /the-10-commandments-of-working-from-home/.']);
  });

  it('Hugo with TOML front matter (what `hugo new` writes): its slug, date, title and tags are read, so links to it resolve and its title is compared', async () => {
    const fs = memoryFs({
      '/h/hugo.toml': 'baseURL = "https://h.example.com/"\n[permalinks]\n  posts = "/:year/:slug/"\n',
      '/h/content/posts/first.md': '+++\ntitle = "Same Title"\nslug = "first-slug"\ndate = 2024-01-02T10:00:00+09:00\ntags = ["go", "hugo"]\n+++\n\nHello.\n',
      '/h/content/posts/second.md': '---\ntitle: Same Title\ndate: 2023-05-06\n---\n\nSee [the first](/2024/first-slug/) and [a missing one](/2024/missing/).\n',
    });
    const { index } = await BlogIndex.build(fs, '/h');
    const first = index.get('/h/content/posts/first.md')!;
    assert.deepEqual([first.title, first.slug, first.date, first.tags, first.permalink], ['Same Title', 'first-slug', '2024-01-02T10:00:00.000+09:00', ['go', 'hugo'], '/2024/first-slug/']);
    assert.deepEqual(first.titleRange && [first.titleRange.start.line, first.titleRange.start.character, first.titleRange.end.character], [1, 8, 20]);
    const found = blogFindings(index, (f, path) => `${index.relative(path)}:${f.range.start.line} ${f.rule}`).sort();
    assert.deepEqual(found, ['content/posts/first.md:1 duplicate-title', 'content/posts/second.md:1 duplicate-title', 'content/posts/second.md:5 broken-link']);
  });

  it('Hugo (scubbo/blog-content): a file name is made a path as Hugo makes it (`ci-cd-cd, oh my.md`), and a taxonomy\'s term pages exist for the terms posts list', async () => {
    const fs = memoryFs({
      '/h/config.toml': 'baseURL = "https://blog.example.org/"\n[taxonomies]\n  tag = "tags"\n  serie = "series"\n',
      '/h/content/posts/ci-cd-cd, oh my.md': '---\ntitle: "CI/CD/CD, Oh My!"\ntags:\n  - homelab\n  - CI/CD\n---\n\nText.\n',
      '/h/content/posts/links.md': [
        '---\ntitle: Links\ntags: [Observability]\n---\n',
        '[the post](https://blog.example.org/posts/ci-cd-cd-oh-my/) and [tags]({{< ref "/tags" >}}),',
        '[grafana]({{< ref "/tags/observability" >}}), [ci]({{< ref "/tags/ci-cd" >}}), [home](/tags/homelab/), [a series]({{< ref "/series/anything" >}}),',
        '[missing tag]({{< ref "/tags/weeknotes" >}}), [categories are off]({{< ref "/categories/x" >}}).\n',
      ].join('\n'),
    });
    const { index } = await BlogIndex.build(fs, '/h');
    assert.equal(index.get('/h/content/posts/ci-cd-cd, oh my.md')!.permalink, '/posts/ci-cd-cd-oh-my/');
    const found = blogFindings(index, (f, path) => `${index.relative(path)}:${f.range.start.line}:${f.range.start.character} ${f.rule}`).sort();
    assert.deepEqual(found, ['content/posts/links.md:7:23 broken-link', 'content/posts/links.md:7:76 broken-link'], 'a term no post lists, and a taxonomy the config leaves out');
  });

  it('a `#fragment` may name a section the layout renders from a front matter list (a Nuxt blog\'s `references:` and `#references`), or `#top`, which HTML gives every page', async () => {
    const fs = memoryFs({
      '/n/a.md': '---\ntitle: A\nreferences:\n  - title: Archives\n    link: https://example.com/a\ntags: [x]\n---\n\nSee [the references](#references), [the tags](#tags), [back to top](#top) and [nothing](#nowhere).\n',
    });
    const { index } = await BlogIndex.build(fs, '/n');
    const found = blogFindings(index, (f, path) => `${index.relative(path)} ${f.rule} ${f.message}`);
    assert.deepEqual(found, ['a.md broken-link A has no heading for #nowhere.']);
  });

  it('Zola (djkoloski/davidkoloski_me): `@/blog/post.md` is a file under content/, from any post, as Zola reads it (its config.toml and content/ read as a Hugo site\'s)', async () => {
    const fs = memoryFs({
      '/z/config.toml': 'base_url = "https://z.example.com"\n[taxonomies]\n',
      '/z/content/blog/abstract_types_1.md': '+++\ntitle = "Abstract types 1"\n+++\n\nNext: [part 2](@/blog/abstract_types_2.md), [its end](@/blog/abstract_types_2.md#the-end), [part 3](@/blog/abstract_types_3.md).\n',
      '/z/content/blog/abstract_types_2.md': '+++\ntitle = "Abstract types 2"\n+++\n\n## The end\n\nBack to [part 1](@/blog/abstract_types_1.md) and [a note](@/notes/vim/index.md).\n',
      '/z/content/notes/vim/index.md': '+++\ntitle = "Vim"\n+++\n\nText.\n',
    });
    const { index } = await BlogIndex.build(fs, '/z');
    const found = blogFindings(index, (f, path) => `${index.relative(path)}:${f.range.start.line}:${f.range.start.character} ${f.rule} ${f.message}`);
    assert.deepEqual(found, ['content/blog/abstract_types_1.md:4:100 broken-link No post or file at @/blog/abstract_types_3.md.']);
    const [broken] = checkBlog(index).get('/z/content/blog/abstract_types_1.md')!;
    assert.deepEqual(suggestions(index, '/z/content/blog/abstract_types_1.md', broken), ['@/blog/abstract_types_2.md', '@/blog/abstract_types_1.md'], 'offered in Zola\'s own form');
  });

  it('Zola takes a date that opens a file or bundle name for the page\'s date: `2023-01-01-hello.md` is /blog/hello/ (Hugo keeps the date)', async () => {
    const files = (config: string) => ({
      '/z/config.toml': config,
      '/z/content/blog/2023-01-01-hello.md': '+++\ntitle = "Hello"\n+++\n\nText.\n',
      '/z/content/blog/2023-01-02_trip/index.md': '+++\ntitle = "Trip"\n+++\n\nBack to [hello](/blog/hello/), not [this](/blog/2023-01-01-hello/).\n',
    });
    const { index } = await BlogIndex.build(memoryFs(files('base_url = "https://z.example.com"\n')), '/z');
    assert.deepEqual([index.get('/z/content/blog/2023-01-01-hello.md')!.permalink, index.get('/z/content/blog/2023-01-02_trip/index.md')!.permalink], ['/blog/hello/', '/blog/trip/']);
    assert.deepEqual(blogFindings(index, (f) => f.message), ['No post or file at /blog/2023-01-01-hello/.']);
    const { index: hugo } = await BlogIndex.build(memoryFs(files('baseURL = "https://h.example.com/"\n')), '/z');
    assert.equal(hugo.get('/z/content/blog/2023-01-01-hello.md')!.permalink, '/blog/2023-01-01-hello/');
  });

  it('Astro (theor/blog-astro): a relative link that resolves from the post\'s file path counts, when its `slug` field gives another URL (a collection\'s generateId may ignore it)', async () => {
    const fs = memoryFs({
      '/a/astro.config.mjs': 'export default {}',
      '/a/src/content/blog/mapgen/random-2d-points/part1.mdx': '---\ntitle: Points\nslug: "mapgen/random-2d-points"\n---\n\nSee the [triangulation](../../delaunay) and [nothing](../../nowhere).\n',
      '/a/src/content/blog/mapgen/delaunay/index.mdx': '---\ntitle: Delaunay\nslug: "mapgen/delaunay"\n---\n\nText.\n',
    });
    const { index } = await BlogIndex.build(fs, '/a');
    const found = blogFindings(index, (f, path) => `${index.relative(path)}:${f.range.start.line}:${f.range.start.character} ${f.rule} ${f.message}`);
    assert.deepEqual(found, ['src/content/blog/mapgen/random-2d-points/part1.mdx:5:54 broken-link No post or file at /blog/nowhere.']);
  });

  it('titles compare within a language: a translation that keeps a name as its title (lzwjava/jekyll-ai-blog\'s `DeepSeek V3`, `lang: en` and `lang: zh`), Hugo\'s `index.ja.md`', async () => {
    const fs = memoryFs({
      '/j/_config.yml': '',
      '/j/_posts/2025-02-27-deepseek-v3-en.md': '---\ntitle: DeepSeek V3\nlang: en\n---\n\nText.\n',
      '/j/_posts/2025-02-27-deepseek-v3-zh.md': '---\ntitle: DeepSeek V3\nlang: zh\n---\n\n正文。\n',
      '/j/_posts/2025-02-28-deepseek-v3-again.md': '---\ntitle: DeepSeek V3\nlang: en-US\n---\n\nText.\n',
      '/h/hugo.toml': '',
      '/h/content/posts/a/index.en.md': '---\ntitle: Frontlint\n---\n\nText.\n',
      '/h/content/posts/a/index.ja.md': '---\ntitle: Frontlint\n---\n\n本文。\n',
    });
    const found = async (root: string) => {
      const { index } = await BlogIndex.build(fs, root);
      return blogFindings(index, (f, path) => `${index.relative(path)} ${f.rule}`).sort();
    };
    assert.deepEqual(await found('/j'), ['_posts/2025-02-27-deepseek-v3-en.md duplicate-title', '_posts/2025-02-28-deepseek-v3-again.md duplicate-title']);
    assert.deepEqual(await found('/h'), []);
    // Docusaurus: a translation not yet translated keeps the original's title (Himeyama's blog, `i18n/en/`).
    const d = memoryFs({
      '/d/docusaurus.config.js': '',
      '/d/blog/2022-07-05-git-memo.md': '---\ntitle: git のメモ\n---\n\n本文。\n',
      '/d/i18n/en/docusaurus-plugin-content-blog/2022-07-05-git-memo.md': '---\ntitle: git のメモ\n---\n\nText.\n',
      '/d/docs/intro.md': '---\ntitle: はじめに\n---\n\n本文。\n',
      '/d/i18n/en/docusaurus-plugin-content-docs/current/intro.md': '---\ntitle: はじめに\n---\n\nText.\n',
      '/d/blog/2022-07-06-copy.md': '---\ntitle: git のメモ\n---\n\n別の本文。\n',
    });
    const { index: docusaurus } = await BlogIndex.build(d, '/d');
    assert.deepEqual(blogFindings(docusaurus, (f, path) => `${docusaurus.relative(path)} ${f.rule} ${f.message}`).sort(), [
      'blog/2022-07-05-git-memo.md duplicate-title blog/2022-07-06-copy.md has the same title.',
      'blog/2022-07-06-copy.md duplicate-title blog/2022-07-05-git-memo.md and 1 more posts have the same title.',
      'i18n/en/docusaurus-plugin-content-blog/2022-07-05-git-memo.md duplicate-title blog/2022-07-06-copy.md has the same title.',
    ]);
  });

  it('titles of parallel folders\' pages may match: one install step per platform (a Starlight site\'s `Linux/step-2.md` and `MacOS/step-2.md`), but not a post copied into another year', async () => {
    const step = (n: number, os: string) => `---\ntitle: "Step ${n}: Install the tools"\n---\n\nOn ${os}, run the installer.\n`;
    const fs = memoryFs({
      '/s/astro.config.mjs': '',
      '/s/src/content/docs/installation/linux/step-1.md': step(1, 'Linux'),
      '/s/src/content/docs/installation/linux/step-2.md': step(2, 'Linux'),
      '/s/src/content/docs/installation/macos/step-1.md': step(1, 'macOS'),
      '/s/src/content/docs/installation/macos/step-2.md': step(2, 'macOS'),
      '/s/src/content/docs/guides/step-1.md': step(1, 'any system'),
      '/h/hugo.toml': '',
      '/h/content/posts/2023/hello.md': '---\ntitle: Hello\n---\n\nText.\n',
      '/h/content/posts/2024/hello.md': '---\ntitle: Hello\n---\n\nText.\n',
      '/h/content/posts/2023/bye.md': '---\ntitle: Bye\n---\n\nText.\n',
      '/h/content/posts/2024/bye.md': '---\ntitle: Bye 2\n---\n\nText.\n',
    });
    const found = async (root: string) => {
      const { index } = await BlogIndex.build(fs, root);
      return blogFindings(index, (f, path) => `${index.relative(path)} ${f.rule} ${f.message}`).sort();
    };
    // guides/step-1.md is no parallel of the install steps: its folder shares one name with them.
    assert.deepEqual(await found('/s'), [
      'src/content/docs/guides/step-1.md duplicate-title src/content/docs/installation/linux/step-1.md and 1 more posts have the same title.',
      'src/content/docs/installation/linux/step-1.md duplicate-title src/content/docs/guides/step-1.md has the same title.',
      'src/content/docs/installation/macos/step-1.md duplicate-title src/content/docs/guides/step-1.md has the same title.',
    ]);
    assert.deepEqual(await found('/h'), ['content/posts/2023/hello.md duplicate-title content/posts/2024/hello.md has the same title.', 'content/posts/2024/hello.md duplicate-title content/posts/2023/hello.md has the same title.']);
  });

  it('permalinks as real sites set them: Jekyll\'s `collections.posts.permalink` (jekyll/jekyll\'s docs), Hexo\'s front matter placeholders and `permalink_defaults` (future-architect\'s tech blog)', async () => {
    const fs = memoryFs({
      '/j/_config.yml': 'permalink: /:categories/:year/:month/:day/:title.html\ncollections:\n  posts:\n    permalink: /news/:year/:month/:day/:title/\n',
      '/j/_posts/2016-04-19-jekyll-3-0-4-released.md': '---\ntitle: Jekyll 3.0.4 Released\n---\n\nText.\n',
      '/j/_posts/2016-05-18-jekyll-3-1-4-released.md': '---\ntitle: Jekyll 3.1.4 Released\n---\n\nThe fix from [v3.0.4](/news/2016/04/19/jekyll-3-0-4-released/).\n',
      '/h/_config.yml': 'permalink: articles/:lang_dir:year:month:day:postid/\npermalink_defaults:\n  lang_dir: ""\n',
      '/h/package.json': '{ "dependencies": { "hexo": "^6.0.0" } }',
      '/h/source/_posts/2023/20230327a_連載開始.md': '---\ntitle: 連載を開始します\ndate: 2023/03/27 00:00:00\npostid: a\n---\n\n次は[tftarget](/articles/20230329a/)です。\n',
      '/h/source/_posts/2023/20230329a_tftarget.md': '---\ntitle: tftarget\ndate: 2023/03/29 00:00:00\npostid: a\n---\n\n[連載の初回](/articles/20230327a/)と[ない記事](/articles/20230330a/)。\n',
    });
    const found = (root: string) => siteMessages(fs, root);
    assert.deepEqual(await found('/j'), []);
    assert.deepEqual(await found('/h'), ['source/_posts/2023/20230329a_tftarget.md No post or file at /articles/20230330a/.']);
  });

  it('Jekyll\'s `{% post_url /subdir/name %}` with its slash (made-mistakes), and Hugo\'s `ref` found without case (kiali.io: `/docs/faq/general` is `docs/FAQ/general.md`)', async () => {
    const fs = memoryFs({
      '/j/_config.yml': '',
      '/j/_posts/articles/2012-03-19-going-static.md': '---\ntitle: Going static\n---\n\nSee [docs]({% post_url /articles/2013-05-28-minimal-mistakes %}) and [none]({% post_url /articles/2013-05-29-none %}).\n',
      '/j/_posts/articles/2013-05-28-minimal-mistakes.md': '---\ntitle: Minimal Mistakes\n---\n\nText.\n',
      '/h/hugo.toml': '',
      '/h/content/docs/FAQ/general.md': '---\ntitle: General\n---\n\n### Which metrics {#requiredmetrics}\n\nText.\n',
      '/h/content/docs/Features/details.md': '---\ntitle: Details\n---\n\nSee [metrics]({{< ref "/docs/faq/general#requiredmetrics" >}}), [nope]({{< ref "/docs/faq/general#nope" >}}) and [none]({{< ref "/docs/faq/none" >}}).\n',
    });
    const found = (root: string) => siteMessages(fs, root);
    assert.deepEqual(await found('/j'), ['_posts/articles/2012-03-19-going-static.md No post or file at /articles/2013-05-29-none.']);
    assert.deepEqual(await found('/h'), ['content/docs/Features/details.md General has no heading for #nope.', 'content/docs/Features/details.md No post or file at /docs/faq/none.']);
  });

  it('Hugo\'s `ref "/posts/"` is the section\'s list page, which Hugo makes with or without `_index.md` (a Japanese Hugo blog\'s "記事一覧へ" under each post); a folder with no post, or a nested one, is none', async () => {
    const fs = memoryFs({
      '/h/hugo.toml': '',
      '/h/content/posts/2025_02/a/index.md': '---\ntitle: A\n---\n\n[記事一覧へ]({{% ref "/posts/" %}})、[list]({{< ref "posts" >}})、[none]({{< ref "/notes/" >}})、[nested]({{< ref "/posts/2025_02/" >}})。\n',
    });
    assert.deepEqual(await siteMessages(fs, '/h'), ['content/posts/2025_02/a/index.md No post or file at /notes/.', 'content/posts/2025_02/a/index.md No post or file at /posts/2025_02/.']);
    // The folders follow the posts: the first post of `notes` makes it a section, its removal unmakes it.
    const { index } = await BlogIndex.build(fs, '/h');
    assert.equal(index.holdsPostsIn('/h/content/notes'), false);
    index.setPost('/h/content/notes/b.md', parsePost('---\ntitle: B\n---\n\nText.\n'));
    assert.equal(index.holdsPostsIn('/h/content/notes'), true);
    index.remove('/h/content/notes/b.md');
    assert.equal(index.holdsPostsIn('/h/content/notes'), false);
    assert.equal(index.holdsPostsIn('/h/content/posts'), true);
    // Without case, as Hugo looks pages up (`ref "/Posts/"`).
    assert.equal(index.holdsPostsIn('/h/content/Posts'), true);
  });

  it('Hexo\'s `new_post_name: :year/:title.md` files posts in year folders that are no part of the slug (MrSeaWave\'s blog), and Hugo\'s per-language `contentDir` (kubernetes/website\'s `content/ja`)', async () => {
    const fs = memoryFs({
      '/x/_config.yml': 'root: /blogs\npermalink: "articles/:year/:month/:day/:name/"\nnew_post_name: ":year/:title.md"\n',
      '/x/package.json': '{ "dependencies": { "hexo": "^5.0.0" } }',
      '/x/source/_posts/2021/start-github-actions.md': '---\ntitle: github-actions入门\ndate: 2021-01-06 10:27:18\n---\n\n正文。\n',
      '/x/source/_posts/2021/cache.md': '---\ntitle: cache\ndate: 2021-12-20 10:00:00\n---\n\n见{% post_link start-github-actions %}和{% post_link 2021/start-github-actions %}，以及[入门](/blogs/articles/2021/01/06/start-github-actions/)。\n',
      '/k/hugo.toml': 'contentDir = "content/en"\ndefaultContentLanguage = "en"\n[permalinks]\nblog = "/:section/:year/:month/:day/:slug/"\n[languages.en]\nweight = 1\n[languages.ja]\ncontentDir = "content/ja"\n',
      '/k/content/en/blog/_posts/2024-04-05-diy-1/index.md': '---\ntitle: DIY 1\nslug: diy-1\ndate: 2024-04-05T07:30:00+00:00\n---\n\nText.\n',
      '/k/content/ja/blog/_posts/2024-04-05-diy-1/index.md': '---\ntitle: DIY 1 ja\nslug: diy-1\ndate: 2024-04-05T07:30:00+00:00\n---\n\n[パート2](/ja/blog/2024/04/05/diy-2/)、[ref]({{< ref "/blog/_posts/2024-04-05-diy-2/index.md" >}})。\n',
      '/k/content/ja/blog/_posts/2024-04-05-diy-2/index.md': '---\ntitle: DIY 2 ja\nslug: diy-2\ndate: 2024-04-05T07:35:00+00:00\n---\n\n[パート1](/ja/blog/2024/04/05/diy-1/)、[none](/ja/blog/2024/04/05/diy-3/)。\n',
    });
    const found = (root: string) => siteMessages(fs, root);
    assert.deepEqual(await found('/x'), []);
    const { index } = await BlogIndex.build(fs, '/k');
    assert.deepEqual([index.get('/k/content/ja/blog/_posts/2024-04-05-diy-2/index.md')!.permalink, index.get('/k/content/en/blog/_posts/2024-04-05-diy-1/index.md')!.permalink], ['/ja/blog/2024/04/05/diy-2/', '/blog/2024/04/05/diy-1/']);
    assert.deepEqual(await found('/k'), ['content/ja/blog/_posts/2024-04-05-diy-2/index.md No post or file at /ja/blog/2024/04/05/diy-3/.']);
  });

  it('a Hugo site whose config is all in `config/_default/` (a FixIt blog), with its permalinks in a file of their own', async () => {
    const fs = memoryFs({
      '/f/config/_default/hugo.toml': 'baseURL = "https://lruihao.cn/"\n',
      '/f/config/_default/permalinks.toml': 'posts = "posts/:filename"\n',
      '/f/content/posts/_html/auto-sizes/index.md': '---\ntitle: auto sizes\n---\n\n[lazy](/posts/native-img-loading-lazy/) and [bookmark](/posts/fixit-docs-bookmark/).\n',
      '/f/content/posts/_css/fixit-docs-bookmark/index.md': '---\ntitle: bookmark\n---\n\nText.\n',
    });
    const site = await detectSite(fs, '/f/content/posts/_html/auto-sizes');
    assert.deepEqual([site.generator, site.root, site.sectionPermalinks.posts], ['hugo', '/f', 'posts/:filename']);
    // Nearer than a site config above it (a Hugo site in a Jekyll repository's folder): the nearest holds the post.
    const nested = memoryFs({ '/r/_config.yml': '', '/r/blog/config/_default/hugo.toml': '', '/r/blog/content/posts/a.md': '---\ntitle: A\n---\n\nText.\n' });
    assert.deepEqual([(await detectSite(nested, '/r/blog/content/posts')).generator, (await detectSite(nested, '/r/blog/content/posts')).root], ['hugo', '/r/blog']);
    const { index } = await BlogIndex.build(fs, '/f');
    assert.deepEqual(blogFindings(index, (f) => f.message), ['No post or file at /posts/native-img-loading-lazy/.']);
  });

  it('Hugo reads front matter keys in any case: a post\'s `URL:` is its URL (a Chinese Hugo blog\'s links to its posts were broken)', async () => {
    const fs = memoryFs({
      '/h/config.toml': 'baseURL = "https://darjun.github.io/"\n',
      '/h/content/post/2020-01-17-cobra.md': '---\nTitle: "cobra"\nURL: "2020/01/17/godailylib/cobra"\n---\n\nText.\n',
      '/h/content/post/2020-01-18-viper.md': '---\ntitle: "viper"\nurl: "2020/01/18/godailylib/viper"\n---\n\n[cobra](https://darjun.github.io/2020/01/17/godailylib/cobra/) and [none](/2020/01/19/godailylib/none/).\n',
    });
    const { index } = await BlogIndex.build(fs, '/h');
    assert.equal(index.get('/h/content/post/2020-01-17-cobra.md')!.title, 'cobra');
    assert.deepEqual(blogFindings(index, (f) => f.message), ['No post or file at /2020/01/19/godailylib/none/.']);
  });

  it('Starlight serves its docs collection from the root, so links to /ja/docs/… are checked (gin-gonic\'s website)', async () => {
    const fs = memoryFs({
      '/s/astro.config.mjs': 'import starlight from "@astrojs/starlight";\nexport default { integrations: [starlight({ title: "Gin" })] };\n',
      '/s/src/content/docs/index.mdx': '---\ntitle: Gin\n---\n\nWelcome.\n',
      '/s/src/content/docs/ja/docs/routing/index.md': '---\ntitle: ルーティング\n---\n\n- [パラメータ](./param-in-path/)\n- [クエリ](/ja/docs/routing/query/)\n- [ホーム](/)\n',
      '/s/src/content/docs/ja/docs/routing/param-in-path.md': '---\ntitle: パスに含まれるパラメータ\n---\n\n[ルーティング](/ja/docs/routing/)\n',
      '/b/astro.config.mjs': 'export default {};\n',
      '/b/src/content/docs/a.md': '---\ntitle: A\n---\n\nText.\n',
    });
    const { index } = await BlogIndex.build(fs, '/s');
    assert.equal(index.get('/s/src/content/docs/ja/docs/routing/param-in-path.md')!.permalink, '/ja/docs/routing/param-in-path/');
    assert.equal(index.get('/s/src/content/docs/index.mdx')!.permalink, '/');
    assert.deepEqual(blogFindings(index, (f, path) => `${index.relative(path)} ${f.message}`), ['src/content/docs/ja/docs/routing/index.md No post or file at /ja/docs/routing/query/.']);
    // Without Starlight, a collection's pages are under its name.
    const { index: plain } = await BlogIndex.build(fs, '/b');
    assert.equal(plain.get('/b/src/content/docs/a.md')!.permalink, '/docs/a/');
  });

  it('the Frontlint config overrides the generator, the pattern and the base URL', async () => {
    const fs = memoryFs({ '/s/_config.yml': 'permalink: pretty', '/s/src/content/blog/a.md': '' });
    const site = await detectSite(fs, '/s', { generator: 'astro', permalink: '/posts/:slug/', baseurl: 'base' });
    assert.equal(site.generator, 'astro');
    assert.equal(permalinkOf({ rel: 'src/content/blog/a.md', categories: [], hasFrontMatter: true }, site), '/base/posts/a/');
  });
});

describe('the index', () => {
  const post = (title: string, body = '') => `---\ntitle: ${title}\n---\n\n${body}\n`;

  it('updates one file at a time: changed, added and removed posts; unsaved text wins over the disk', async () => {
    const fs = memoryFs({
      '/s/_config.yml': 'permalink: /:title/',
      '/s/_posts/2024-01-01-a.md': post('A', '[b](/b/)'),
      '/s/_posts/2024-01-02-b.md': post('B'),
    });
    const { index } = await BlogIndex.build(fs, '/s');
    const rules = (path: string) => (checkBlog(index).get(path) ?? []).map((f) => f.rule);
    assert.deepEqual(rules('/s/_posts/2024-01-01-a.md'), []);
    // Removed: the link breaks.
    fs.files.delete('/s/_posts/2024-01-02-b.md');
    assert.equal(await index.refresh('/s/_posts/2024-01-02-b.md'), true);
    assert.deepEqual(rules('/s/_posts/2024-01-01-a.md'), ['broken-link']);
    // Added back with A's title: the link works, the titles clash.
    fs.files.set('/s/_posts/2024-01-02-b.md', new TextEncoder().encode(post('A')));
    await index.refresh('/s/_posts/2024-01-02-b.md');
    assert.deepEqual(rules('/s/_posts/2024-01-01-a.md'), ['duplicate-title']);
    // Unsaved text in the editor wins, until released.
    index.setPost('/s/_posts/2024-01-02-b.md', parsePost(post('Another')));
    assert.deepEqual(rules('/s/_posts/2024-01-01-a.md'), []);
    assert.equal(await index.refresh('/s/_posts/2024-01-02-b.md'), false, 'the disk does not override the open document');
    await index.release('/s/_posts/2024-01-02-b.md');
    assert.deepEqual(rules('/s/_posts/2024-01-01-a.md'), ['duplicate-title']);
  });

  it('the watcher brings in no post of a folder the walk skips, and a deleted folder takes its posts with it', async () => {
    const fs = memoryFs({ '/s/_config.yml': 'permalink: /:title/', '/s/_posts/2024-01-01-a.md': post('T') });
    const { index } = await BlogIndex.build(fs, '/s');
    for (const path of ['/s/.scratch/b.md', '/s/node_modules/pkg/readme.md', '/s/drafts/c.md']) fs.files.set(path, new TextEncoder().encode(post('T')));
    for (const path of ['/s/.scratch/b.md', '/s/node_modules/pkg/readme.md']) assert.equal(await index.refresh(path), false);
    assert.equal(await index.refresh('/s/drafts/c.md'), true);
    assert.deepEqual([...index.posts()].map((p) => p.rel).sort(), ['_posts/2024-01-01-a.md', 'drafts/c.md']);
    fs.files.delete('/s/drafts/c.md');
    assert.equal(index.remove('/s/drafts'), true);
    assert.deepEqual([...index.posts()].map((p) => p.rel), ['_posts/2024-01-01-a.md']);
  });

  it('an edit that changes no link and no front matter changes nothing the rules see', async () => {
    const fs = memoryFs({ '/s/a.md': post('A', 'One paragraph.\n\n[b](b.md)') });
    const { index } = await BlogIndex.build(fs, '/s');
    assert.equal(index.setPost('/s/a.md', parsePost(post('A', 'One paragraph.\n\n[b](b.md)'))), false);
    assert.equal(index.setPost('/s/a.md', parsePost(post('A', 'One paragraph, longer.\n\n[b](b.md)'))), false);
    assert.equal(index.setPost('/s/a.md', parsePost(post('A2', 'One paragraph, longer.\n\n[b](b.md)'))), true);
  });

  it('reads title, date, tags, categories, lang, model, translated and links', async () => {
    const text = '---\ntitle: T\ndate: 2024-01-02\ntags: [a, b]\ncategories:\n  - c\nlang: ja\nmodel: x-ai/grok-4-fast\ntranslated: true\nslug: s\n---\n\nSee [the text](other.md#part) and {% post_url 2024-01-01-x %}.\n';
    const { index } = await BlogIndex.build(memoryFs({ '/s/p.md': text }), '/s');
    const entry = index.get('/s/p.md')!;
    assert.deepEqual(
      { title: entry.title, date: entry.date, tags: entry.tags, categories: entry.categories, lang: entry.lang, model: entry.model, translated: entry.translated, slug: entry.slug },
      { title: 'T', date: '2024-01-02', tags: ['a', 'b'], categories: ['c'], lang: 'ja', model: 'x-ai/grok-4-fast', translated: true, slug: 's' },
    );
    assert.deepEqual(entry.links.map((l) => [l.kind, l.text, l.target]), [['markdown', 'the text', 'other.md#part'], ['post-url', '', '2024-01-01-x']]);
  });

  it('without a generator, checks relative file links only, and says so', async () => {
    const fs = memoryFs({ '/s/a.md': post('A', '[ok](b.md) [gone](c.md) [url](/2024/01/01/x/)'), '/s/b.md': post('B') });
    const { index } = await BlogIndex.build(fs, '/s');
    assert.equal(index.site.generator, 'none');
    assert.deepEqual((checkBlog(index).get('/s/a.md') ?? []).map((f) => f.message), ['No post or file at c.md.']);
  });

  it('a file path from a root (`/blog/2021/x.mdx`) is found under the folder linted or a folder between it and the post, as Docusaurus reads it from its site or content folder (facebook/docusaurus\'s blog), and not from any other folder', async () => {
    const fs = memoryFs({
      '/r/website/docusaurus.config.ts': '',
      '/r/website/blog/2021/i18n.mdx': post('I18n'),
      '/r/website/blog/2021/beta/index.mdx': post('Beta', '## What\'s next\n'),
      '/r/website/blog/2022/recap/index.mdx': post('Recap', "[i18n](/blog/2021/i18n.mdx), [beta](/blog/2021/beta/index.mdx#whats-next), [from the content root](/2021/i18n.mdx), [gone](/blog/2021/gone.mdx), [no anchor](/blog/2021/beta/index.mdx#nowhere), [beside it](/other.mdx)"),
      // (Beside the post, but no folder Docusaurus reads a rooted path from: a broken link there.)
      '/r/website/blog/2022/recap/other.mdx': post('Other'),
    });
    for (const root of ['/r', '/r/website']) {
      const { index } = await BlogIndex.build(fs, root);
      assert.deepEqual((checkBlog(index).get('/r/website/blog/2022/recap/index.mdx') ?? []).map((f) => f.message), ['No post or file at /blog/2021/gone.mdx.', 'Beta has no heading for #nowhere.', 'No post or file at /other.mdx.'], root);
    }
  });

  it('a DocFX include\'s `#fragment` links name sections of the page that includes it (MicrosoftDocs/edge-developer.zh-CN\'s `[反馈](#feedback)`)', async () => {
    const fs = memoryFs({
      '/d/includes/note.md': '---\nms.topic: include\n---\n\n使用 [反馈](#feedback) 部分。[gone](gone.md)\n',
      '/d/page.md': post('Page', '[missing](#feedback)'),
    });
    const { index } = await BlogIndex.build(fs, '/d');
    const found = checkBlog(index);
    assert.deepEqual((found.get('/d/includes/note.md') ?? []).map((f) => f.message), ['No post or file at gone.md.']);
    assert.deepEqual((found.get('/d/page.md') ?? []).map((f) => f.message), ['Page has no heading for #feedback.']);
  });

  it('survives bad input: a binary post, broken YAML config and front matter, a lone percent sign', async () => {
    const fs = memoryFs({
      '/s/_config.yml': 'permalink: [unclosed',
      '/s/_posts/2024-01-01-bin.md': new Uint8Array([0xff, 0xfe, 0x00, 0x01]),
      '/s/_posts/2024-01-02-bad.md': '---\ntitle: [oops\n---\n[x](/2024/01/01/%E3%81/)\n',
    });
    const { index } = await BlogIndex.build(fs, '/s');
    assert.equal(index.size, 1);
    const findings = checkBlog(index).get('/s/_posts/2024-01-02-bad.md') ?? [];
    assert.deepEqual(findings.map((f) => f.rule), ['broken-link']);
  });
});

describe('nested blogs', () => {
  it('a blog in a folder of another is its own: its posts are never the outer blog\'s, indexed or not', async () => {
    const { index } = await BlogIndex.build(nodeFileSystem, FIXTURES);
    assert.ok(index.nestedSites.includes(join(SITES, 'hugo')) && index.nestedSites.includes(join(SITES, 'jekyll')));
    assert.equal(index.contains(join(SITES, 'hugo', 'content/posts/first.md')), false);
    assert.equal(index.contains(join(SITES, 'astro-schemas', 'src/content/blog/second-post.md')), true);
    assert.ok(![...index.posts()].some((post) => post.path.startsWith(`${join(SITES, 'jekyll')}/`)));
  });
});

describe('the editor\'s index on the lint threads', () => {
  it('a thread reads a post into the entry the index reads, and skips what it cannot read', async () => {
    const settings = { options: {}, fix: false, dryRun: false, format: 'json' as const, quiet: false, base: '', indexOnly: true };
    const path = join(SITES, 'jekyll', '_posts', '2024-01-11-second-post.md');
    const { entry, file } = await processFile(path, 0, settings);
    assert.deepEqual(entry, readEntry(path, '', readFixture(path)));
    assert.equal(file.chunk, '');
    assert.equal((await processFile(path, 0, { ...settings, maxBytes: 10 })).entry, undefined);
    assert.equal((await processFile(join(SITES, 'no-such-post.md'), 0, settings)).entry, undefined);
  });
});

describe('the CLI\'s index, filled as the lint threads answer', () => {
  it('comes out as a build does, whatever order the entries arrive in and whichever come early', async () => {
    const root = join(SITES, 'jekyll');
    const built = (await BlogIndex.build(nodeFileSystem, root)).index;
    const site = await detectSite(nodeFileSystem, root);
    const { index, posts, add, fill } = await BlogIndex.walkSite(nodeFileSystem, site);
    const entries = new Map(posts.map((path) => [path, readEntry(path, '', readFixture(path))]));
    // The later half of the posts early, last first (as a thread might); the rest only at the end.
    for (const path of [...posts].reverse().slice(0, Math.ceil(posts.length / 2))) assert.equal(add(entries.get(path)!), true);
    assert.equal(add({ ...entries.get(posts[0])!, path: join(SITES, 'hugo', 'content', 'posts', 'first.md') }), false, 'a post of another site');
    await fill(entries);
    const summary = (i: BlogIndex) => [...i.posts()].map((p) => `${p.path} ${p.permalink}`);
    assert.deepEqual(summary(index), summary(built));
    assert.deepEqual([...checkBlog(index).entries()], [...checkBlog(built).entries()]);
  });
});

describe('links of a post', () => {
  it('none inside code spans, as the inline scanner reads them: across lines, with double backticks, not after an escaped one', () => {
    const text = '---\ntitle: T\n---\n\nSee `[not](/a/)` and ``code with ` and [no](/b/)`` then [yes](/c/).\n\nA span over lines `[x](/d/)\nstill code` and [ok](/e/).\n\n\\`[escaped](/f/)` alone\n';
    assert.deepEqual(extractLinks(parsePost(text)).map((l) => l.target), ['/c/', '/e/', '/f/']);
  });

  it('none of an unresolved merge conflict (merge-conflict reports it): the blog rules pass over both drafts\' links', () => {
    const text = '---\ntitle: T\n---\n\n<<<<<<< HEAD\nSee [ours](/gone/).\n=======\nSee [theirs](/also-gone/).\n>>>>>>> main\n\nAnd [after](/c/).\n';
    assert.deepEqual(readEntry('/s/a.md', 'a.md', text, 'jekyll').links.map((l) => l.target), ['/c/']);
  });

  it("a footnote's definition (`[^1]: The above…`, the Astro blog starter's style guide) is no link: its first word is no target", () => {
    const text = "---\ntitle: T\n---\n\n> — <cite>Rob Pike[^1]</cite>\n\n[^1]: The above quote is from Rob Pike's [talk](https://example.com/talk).\n\n[ref]: /posts/a/\n";
    assert.deepEqual(extractLinks(parsePost(text)).map((l) => `${l.kind} ${l.target}`), ['markdown https://example.com/talk', 'reference /posts/a/']);
  });
});

describe('title-mismatch', () => {
  it('seed 003 gets exactly one finding, about 蔡英文', async () => {
    const fs = memoryFs({ '/blog/003.md': readFixture(SEED_003), '/blog/000.md': readFixture(SEED_000) });
    const { index } = await BlogIndex.build(fs, '/blog');
    const findings = [...checkBlog(index).values()].flat().filter((f) => f.rule === 'title-mismatch');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /"蔡英文"/);
    assert.equal(findings[0].severity, 'information');
  });

  it('counts a term present across ・, spaces, width and case; skips common words and untranslated posts', async () => {
    const t = (title: string, body: string, flag = 'translated: true') => `---\ntitle: ${title}\n${flag}\n---\n\n${body}\n`;
    const fs = memoryFs({
      '/b/1.md': t('ジョー・サイの解説', 'ジョーサイ氏は語った。'),
      '/b/2.md': t('ＯｐｅｎＡＩの比較', 'openai の話。'),
      '/b/3.md': t('グーグルの概要', 'この記事はアップルについて。アップルは大きい。'),
      '/b/4.md': t('グーグルの概要', 'アップルの話。', 'translated: false'),
      '/b/5.md': t('Cドライブの空き容量不足と遅延', 'ドライブの容量が足りないと、起動が遅く、処理が延びる。不安だ。'),
    });
    const { index } = await BlogIndex.build(fs, '/b');
    const messages = [...checkBlog(index, { rules: { 'duplicate-title': 'off' } })].map(([path, f]) => [path, f.map((x) => x.message)]);
    assert.deepEqual(messages, [['/b/3.md', ['The title names "グーグル", which the body never mentions; the body most often names "アップル". Was the title translated separately?']]]);
  });

  it('does not take vocabulary for names: compounds of body words, transliterations, dictionary words, affixes, word forms, terms after the subject', async () => {
    const t = (title: string, body: string, lang = 'ja') => `---\ntitle: ${title}\nlang: ${lang}\ntranslated: true\n---\n\n${body}\n`;
    const fs = memoryFs({
      // katakana compounds split at the dictionary's word ends into words of the body
      '/b/1.md': t('ユニットテストのデバッグハングチェックリスト', 'ユニットのハングをデバッグする手順。'),
      // transliterations of the body's Latin words, and a plural
      '/b/2.md': t('ローカルコパイロットとディープシークのテンプレート', 'ローカルで Copilot と DeepSeek を動かす templates。'),
      '/b/3.md': t('PostgreSQLにおけるベクター埋め込み', 'PostgreSQL にベクトルを埋め込む。'),
      // dictionary words and affixes are vocabulary: 識別, 無効化 (無効|化)
      '/b/4.md': t('ウィンドウ識別と認証の無効化', 'ウィンドウを見分け、認証を止める。'),
      // a Chinese variant whose unread characters the body uses (卡 of 卡住)
      '/b/5.md': t('解决Flutter卡顿问题', 'Flutter 会卡住。', 'zh'),
      // a name the body never mentions is still found: 蔡 is a character no word of the body has
      '/b/6.md': t('蔡英文のAI戦略', 'ジョー・サイはアリババの共同創業者だ。ジョー・サイは AI について語った。'),
      // only the subject counts: the words after it say what kind of post it is
      '/b/7.md': t('Springプロパティのルールの解説', 'Spring のプロパティの優先順位。'),
      // another form of a Latin word
      '/b/8.md': t('Grokking APIのテスト', 'Grok の API を試す。'),
      // a final r or l is where transliterations part (control, コントロール)
      '/b/9.md': t('コントロールの設定', 'Control キーを押す。'),
      // a katakana run the dictionary keeps whole splits anywhere; Latin words may run together
      '/b/12.md': t('プロジェクトディレクトリ', 'プロジェクトのディレクトリ。'),
      '/b/13.md': t('スプリングブートの設定', '`mvn spring-boot:run` で動かす。'),
      // a character that joins words is no name (如何|从)
      '/b/10.md': t('如何从VSCode调用API', '在 VSCode 里调用 API。', 'zh'),
      // a Latin name with a capital inside is a term, and here the subject
      '/b/11.md': t('macOSのコントロール', 'Windows の Control キー。Windows で使う。'),
      // a title left in its source language over a Japanese body (lzwjava's essay on 丘先生): no translation apart
      '/b/14.md': t('Teacher Qiu', '高校時代、私は丘先生という担任の先生に出会いました。スポーツの話をよくしました。スポーツが好きでした。'),
      // an English title over an English body is compared as ever
      '/b/15.md': t('Tsai on AI', 'Jack Ma spoke about AI. Jack Ma said more.', 'en'),
    });
    const { index } = await BlogIndex.build(fs, '/b');
    const messages = [...checkBlog(index, { rules: { 'duplicate-title': 'off' } })].map(([path, f]) => [path, f.map((x) => x.message)]);
    assert.deepEqual(messages, [
      ['/b/11.md', ['The title names "macOS", which the body never mentions; the body most often names "Windows". Was the title translated separately?']],
      ['/b/15.md', ['The title names "Tsai", which the body never mentions; the body most often names "Jack". Was the title translated separately?']],
      ['/b/6.md', ['The title names "蔡英文", which the body never mentions; the body most often names "ジョー・サイ". Was the title translated separately?']],
    ]);
  });
});
