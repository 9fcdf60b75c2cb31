import { stat } from 'node:fs/promises';
import { ConfigResolver } from '../config';
import type { Finding, SeveritySetting } from '../core';
import { nodeFileSystem } from '../fs/nodeFileSystem';
import { BlogIndex, checkBlog, type BuildStats } from '../site';
import { toFsPath } from './config';

export interface BlogRun {
  /** Blog-rule findings by absolute `/` path; severities as each site's config says, `off` rules dropped. */
  findings: Map<string, Finding[]>;
  /** Said once per run on stderr: a blog whose URLs cannot be worked out, but whose posts link by URL. */
  notices: string[];
  stats: BuildStats[];
}

/**
 * Indexes the blog of every folder on the command line (found by its generator's config at or
 * above the folder, so `frontlint _posts` still sees the whole site), then runs the blog rules.
 */
export async function indexBlogs(positionals: readonly string[], flags: { config?: string; noConfig: boolean; rules: Record<string, SeveritySetting> }): Promise<BlogRun> {
  const run: BlogRun = { findings: new Map(), notices: [], stats: [] };
  const roots = new Set<string>();
  const resolver = new ConfigResolver(nodeFileSystem);
  for (const positional of positionals) {
    if (!(await stat(positional).then((s) => s.isDirectory(), () => false))) continue;
    const dir = toFsPath(positional);
    const config = await resolver.resolve(`${dir}/index.md`, {
      configFile: flags.noConfig ? null : flags.config !== undefined ? toFsPath(flags.config) : undefined,
      command: { dir: toFsPath('.'), ignores: [], settings: { rules: flags.rules } },
    });
    const { index, stats } = await BlogIndex.build(nodeFileSystem, dir, config.site);
    if (roots.has(index.site.root)) continue;
    roots.add(index.site.root);
    run.stats.push(stats);
    if (index.site.generator === 'none' && [...index.posts()].some((post) => post.links.some((link) => link.target.startsWith('/')))) {
      run.notices.push(`${positional}: no Jekyll, Hugo or Astro config found at or above it, so post URLs are unknown; only relative links to files are checked (set "site" in .frontlint.jsonc to say how URLs are made)`);
    }
    for (const [path, findings] of checkBlog(index, { rules: config.rules })) run.findings.set(path, findings.map(({ brokenLink: _, ...finding }) => finding));
  }
  return run;
}
