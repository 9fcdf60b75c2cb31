import { stat } from 'node:fs/promises';
// Through the engine bundle (dist/engine.js), which holds the blog index too.
import { BlogIndex, checkBlog, ConfigResolver, detectSite, type BuildStats, type Finding, type PostEntry, type SeveritySetting } from '../engine';
import { nodeFileSystem } from '../fs/nodeFileSystem';
import { toFsPath } from './config';

export interface BlogRun {
  /** Blog-rule findings by absolute `/` path; severities as each site's config says, `off` rules dropped. */
  findings: Map<string, Finding[]>;
  /** Said once per run on stderr: a blog whose URLs cannot be worked out, but whose posts link by URL. */
  notices: string[];
  stats: BuildStats[];
}

/**
 * The blogs of the folders on the command line, each found by its generator's config at or above
 * the folder (so `frontlint _posts` still sees the whole site), with its files listed. Started
 * before the posts are linted: the search runs while the lint threads work.
 */
async function findBlogs(
  positionals: readonly string[],
  flags: { config?: string; noConfig: boolean },
): Promise<Array<{ label: string; index: BlogIndex; add: (entry: PostEntry) => boolean; fill: (entries: ReadonlyMap<string, PostEntry>) => Promise<BuildStats> }>> {
  const blogs = [];
  const roots = new Set<string>();
  const resolver = new ConfigResolver(nodeFileSystem);
  const queue: Array<{ dir: string; label: string }> = [];
  for (const positional of positionals) if (await isFolder(positional)) queue.push({ dir: toFsPath(positional), label: positional });
  // A folder may hold several blogs (each with its own generator config): each is indexed on its own.
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { dir, label } = next;
    // The config's `site` key, when the generator's own config cannot tell.
    const config = await resolver.resolve(`${dir}/index.md`, {
      configFile: flags.noConfig ? null : flags.config !== undefined ? toFsPath(flags.config) : undefined,
      command: { dir: toFsPath('.'), ignores: [], settings: {} },
    });
    const site = await detectSite(nodeFileSystem, dir, config.site);
    if (roots.has(site.root)) continue;
    roots.add(site.root);
    const walked = await BlogIndex.walkSite(nodeFileSystem, site);
    blogs.push({ label, ...walked });
    queue.push(...walked.index.nestedSites.map((nested) => ({ dir: nested, label: nested })));
  }
  return blogs;
}

/**
 * The blogs of the folders on the command line (see `findBlogs`), found while the posts are
 * linted: `add` gives each post's entry to its blog as it arrives from a lint thread (its URL is
 * worked out then, while the main thread would only wait), and `finish` runs the blog rules once
 * every post is in.
 */
export function startBlogs(positionals: readonly string[], flags: { config?: string; noConfig: boolean }) {
  const found = findBlogs(positionals, flags);
  let blogs: Awaited<typeof found> | undefined;
  const early: PostEntry[] = [];
  const route = (entry: PostEntry) => blogs!.some((blog) => blog.add(entry));
  found.then(
    (all) => {
      blogs = all;
      early.splice(0).forEach(route);
    },
    () => undefined, // thrown by `finish`, after the lint
  );
  return {
    add(entry: PostEntry): void {
      if (blogs) route(entry);
      else early.push(entry);
    },
    finish: async (entries: ReadonlyMap<string, PostEntry>, rules: (path: string) => Record<string, SeveritySetting | undefined> | undefined) => checkBlogs(await found, entries, rules),
  };
}

/**
 * The blog rules over the blogs found, once the lint threads have read `entries` (the posts being
 * linted, the only ones checked); each post's findings at its own config's severities.
 */
async function checkBlogs(blogs: Awaited<ReturnType<typeof findBlogs>>, entries: ReadonlyMap<string, PostEntry>, rules: (path: string) => Record<string, SeveritySetting | undefined> | undefined): Promise<BlogRun> {
  const run: BlogRun = { findings: new Map(), notices: [], stats: [] };
  for (const { label, index, fill } of blogs) {
    run.stats.push(await fill(entries));
    if (index.site.generator === 'none' && [...index.posts()].some((post) => post.links.some((link) => link.target.startsWith('/')))) {
      run.notices.push(`${label}: no Jekyll, Hexo, Hugo or Astro config found at or above it, so post URLs are unknown; only relative links to files are checked (set "site" in .frontlint.jsonc to say how URLs are made)`);
    }
    const linted = [...entries.keys()].filter((path) => index.get(path));
    for (const [path, findings] of checkBlog(index, { rules }, linted)) run.findings.set(path, findings.map(({ brokenLink: _, ...finding }) => finding));
  }
  return run;
}

/** Whether any command-line path is a folder (a blog to index). */
export async function hasFolder(positionals: readonly string[]): Promise<boolean> {
  for (const positional of positionals) if (await isFolder(positional)) return true;
  return false;
}

const isFolder = (path: string) => stat(path).then((s) => s.isDirectory(), () => false);
