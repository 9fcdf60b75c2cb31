// `node scripts/bench-blog-host.mjs` (after `npm run build -- --production`): the editor's blog
// index in a real VS Code extension host (code-server), with the `bench:corpus` Jekyll blog
// (scripts/site-corpus.mjs; 2,500 posts, ~100 MB) open as the workspace: activation, then the
// background index of every post (over vscode.workspace.fs), and the worst timer lag of the host
// meanwhile. The figures are also in .test-results/metrics.json (benchBlog*).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './code-server.mjs';
import { printResults, runIntegrationSafely } from './run-integration.mjs';
import { writeJekyllBlog } from './site-corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'frontlint-blog-'));
const blog = writeJekyllBlog(dir, 2500, 100e6);
console.log(`workspace: ${blog.count} posts, ${(blog.bytes / 1e6).toFixed(1)} MB as a Jekyll blog in ${dir}`);
// Twice, with the same user data: the second opens the blog again, with the index entries the
// first kept in the workspace's storage.
const state = mkdtempSync(join(tmpdir(), 'frontlint-bench-state-'));
const port = await freePort();
const runs = [];
for (const run of ['first', 'again']) {
  const results = await runIntegrationSafely({ workspace: dir, stateDir: state, port, env: { FRONTLINT_BLOG_BENCH: '1', FRONTLINT_TEST_GREP: 'blog index benchmark' } });
  printResults(results);
  if (results.failed > 0 || results.passed === 0) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(state, { recursive: true, force: true });
    process.exit(1);
  }
  runs.push(JSON.parse(readFileSync(join(root, '.test-results/metrics.json'), 'utf8')));
}
rmSync(dir, { recursive: true, force: true });
rmSync(state, { recursive: true, force: true });
const [metrics, again] = runs;
console.log(
  `activate(): ${metrics.activationMs.toFixed(1)} ms; blog index of ${metrics.benchBlogPosts} posts in the background: ${metrics.benchBlogIndexMs} ms (target ≤ 1 s; on the host's own thread: reading files ${metrics.benchBlogReadMs} ms, parsing ${metrics.benchBlogParseMs} ms; listing the files ${metrics.benchBlogWalkMs} ms, ${metrics.benchBlogThreads} lint thread(s) ${metrics.benchBlogThreadsMs} ms, of which starting ${metrics.benchBlogThreadStartMs} ms, their CPU ${metrics.benchBlogThreadCpuMs} ms); ` +
    `worst timer lag of the extension host meanwhile: ${metrics.benchBlogMaxLagMs} ms; of the build, the posts' sizes and times (for the cache kept between sessions) ${metrics.benchBlogCacheMs} ms` +
    `\nthe same rebuilt once the host has settled (a config saved in the workspace; from the cache): ${metrics.benchBlogRebuildMs} ms, ${metrics.benchBlogRebuildCached} posts from the cache (the posts' sizes and times ${metrics.benchBlogRebuildStampMs} ms; with reading the cache, ${metrics.benchBlogRebuildCacheMs} ms)` +
    `\nthe blog opened again (a new window, the same workspace storage): ${again.benchBlogIndexMs} ms, ${again.benchBlogCached} posts from the cache (the posts' sizes and times ${again.benchBlogStampMs} ms; with reading the cache, ${again.benchBlogCacheMs} ms; listing the files ${again.benchBlogWalkMs} ms); activate() ${again.activationMs.toFixed(1)} ms, worst timer lag ${again.benchBlogMaxLagMs} ms`,
);
