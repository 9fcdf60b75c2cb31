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
 * The blog rules over the blog of every folder on the command line (the site found by its
 * generator's config at or above the folder, so `frontlint _posts` still sees the whole site).
 * `entries` are the posts the lint threads read; the rest of a site's posts are read here.
 */
export async function checkBlogs(positionals: readonly string[], entries: ReadonlyMap<string, PostEntry>, flags: { config?: string; noConfig: boolean; rules: (path: string) => Record<string, SeveritySetting | undefined> | undefined }): Promise<BlogRun> {
  const run: BlogRun = { findings: new Map(), notices: [], stats: [] };
  const roots = new Set<string>();
  const resolver = new ConfigResolver(nodeFileSystem);
  const queue: Array<{ dir: string; label: string }> = [];
  for (const positional of positionals) if (await isFolder(positional)) queue.push({ dir: toFsPath(positional), label: positional });
  // A folder may hold several blogs (each with its own generator config): each is indexed on its own.
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { dir, label } = next;
    const config = await resolver.resolve(`${dir}/index.md`, {
      configFile: flags.noConfig ? null : flags.config !== undefined ? toFsPath(flags.config) : undefined,
      command: { dir: toFsPath('.'), ignores: [], settings: {} },
    });
    const site = await detectSite(nodeFileSystem, dir, config.site);
    if (roots.has(site.root)) continue;
    roots.add(site.root);
    const { index, stats } = await BlogIndex.fromEntries(nodeFileSystem, site, entries);
    run.stats.push(stats);
    queue.push(...index.nestedSites.map((nested) => ({ dir: nested, label: nested })));
    if (index.site.generator === 'none' && [...index.posts()].some((post) => post.links.some((link) => link.target.startsWith('/')))) {
      run.notices.push(`${label}: no Jekyll, Hugo or Astro config found at or above it, so post URLs are unknown; only relative links to files are checked (set "site" in .frontlint.jsonc to say how URLs are made)`);
    }
    // Only the posts being linted are checked (a shard's, or a sub-folder's); each with its own config's severities.
    const linted = [...entries.keys()].filter((path) => index.get(path));
    for (const [path, findings] of checkBlog(index, { rules: flags.rules }, linted)) run.findings.set(path, findings.map(({ brokenLink: _, ...finding }) => finding));
  }
  return run;
}

/** Whether any command-line path is a folder (a blog to index). */
export async function hasFolder(positionals: readonly string[]): Promise<boolean> {
  for (const positional of positionals) if (await isFolder(positional)) return true;
  return false;
}

const isFolder = (path: string) => stat(path).then((s) => s.isDirectory(), () => false);
