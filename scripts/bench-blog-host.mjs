// `node scripts/bench-blog-host.mjs` (after `npm run build -- --production`): the editor's blog
// index in a real VS Code extension host (code-server), with the `bench:corpus` Jekyll blog
// (scripts/site-corpus.mjs; 2,500 posts, ~100 MB) open as the workspace: activation, then the
// background index of every post (over vscode.workspace.fs), and the worst timer lag of the host
// meanwhile. The figures are also in .test-results/metrics.json (benchBlog*).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printResults, runIntegrationSafely } from './run-integration.mjs';
import { writeJekyllBlog } from './site-corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'frontlint-blog-'));
const blog = writeJekyllBlog(dir, 2500, 100e6);
console.log(`workspace: ${blog.count} posts, ${(blog.bytes / 1e6).toFixed(1)} MB as a Jekyll blog in ${dir}`);
const results = await runIntegrationSafely({ workspace: dir, env: { FRONTLINT_BLOG_BENCH: '1', FRONTLINT_TEST_GREP: 'blog index benchmark' } });
printResults(results);
rmSync(dir, { recursive: true, force: true });
if (results.failed > 0 || results.passed === 0) process.exit(1);
const metrics = JSON.parse(readFileSync(join(root, '.test-results/metrics.json'), 'utf8'));
console.log(
  `activate(): ${metrics.activationMs.toFixed(1)} ms; blog index of ${metrics.benchBlogPosts} posts in the background: ${metrics.benchBlogIndexMs} ms (target ≤ 1 s; on the host's own thread: reading files ${metrics.benchBlogReadMs} ms, parsing ${metrics.benchBlogParseMs} ms; listing the files ${metrics.benchBlogWalkMs} ms, ${metrics.benchBlogThreads} lint thread(s) ${metrics.benchBlogThreadsMs} ms, of which starting ${metrics.benchBlogThreadStartMs} ms, their CPU ${metrics.benchBlogThreadCpuMs} ms); ` +
    `worst timer lag of the extension host meanwhile: ${metrics.benchBlogMaxLagMs} ms` +
    `\nthe same rebuilt once the host has settled (a config saved in the workspace): ${metrics.benchBlogRebuildMs} ms (the lint threads ${metrics.benchBlogRebuildThreadsMs} ms, of which their start-up ${metrics.benchBlogRebuildThreadStartMs} ms, their CPU ${metrics.benchBlogRebuildThreadCpuMs} ms)`,
);
