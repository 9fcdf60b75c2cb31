/** The CLI's config: files found per post, --config, --no-config, --rule, --ignore, broken files, MDX. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ROOT, scratchDir } from './helpers';

const CLI = join(ROOT, 'dist', 'cli.js');

describe('frontlint CLI with config files', () => {
  let site: string;
  // Post by post (--no-index): these tests are about config files, not the blog rules.
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, '--no-index', ...args], { encoding: 'utf8', cwd: site });
  /** `file:line rule severity` of each finding in text output. */
  const findings = (stdout: string) =>
    stdout
      .split('\n')
      .filter((l) => /^\S+:\d+:\d+ /.test(l))
      .map((l) => {
        const [where, severity, rule] = l.split(' ');
        return `${where.replace(/:\d+$/, '')} ${rule} ${severity}`;
      });
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), text);
    }
  };
  const POST = '---\ntitle: "T"\n---\n\nText.\n\n---END---\n';

  before(() => {
    site = scratchDir('cli-config');
    mkdirSync(join(site, '.git'));
    write({
      '.frontlint.jsonc': '{\n  "rules": { "end-marker": "warning" },\n  "ignores": ["drafts/**"],\n  "overrides": [{ "files": ["_notes/**"], "rules": { "end-marker": "off" } }]\n}\n',
      '_posts/a.md': POST,
      '_posts/b.mdx': `---\ntitle: "T"\n---\n\nimport X from './x';\n\n<X>\n\n---END---\n\n</X>\n`,
      '_posts/notes.txt': POST,
      '_notes/c.md': POST,
      'drafts/d.md': POST,
    });
  });

  it('applies the cascade, overrides and ignores, and finds .mdx posts', () => {
    const result = run('.');
    assert.deepEqual(findings(result.stdout), ['_posts/a.md:7 end-marker warning', '_posts/b.mdx:9 end-marker warning']);
    assert.equal(result.status, 0);
  });

  it('--rule wins over config files; --ignore adds to ignores; --no-config reads none', () => {
    assert.deepEqual(findings(run('--rule', 'end-marker=hint', '--ignore', '**/*.mdx', '.').stdout), ['_notes/c.md:7 end-marker hint', '_posts/a.md:7 end-marker hint']);
    assert.deepEqual(findings(run('--no-config', '_posts/a.md', 'drafts/d.md').stdout), ['_posts/a.md:7 end-marker error', 'drafts/d.md:7 end-marker error']);
  });

  it('--config uses the named file instead of those found', () => {
    write({ 'ci/strict.yaml': 'rules:\n  end-marker: information\nextensions: [".md", ".txt"]\n' });
    assert.deepEqual(findings(run('--config', 'ci/strict.yaml', '_posts').stdout), ['_posts/a.md:7 end-marker information', '_posts/notes.txt:7 end-marker information']);
  });

  it('rejects a bad --rule, a missing --config, and --config with --no-config, with exit code 2', () => {
    for (const args of [['--rule', 'end-markers=off'], ['--rule', 'end-marker=loud'], ['--config', 'nope.json'], ['--config', '.frontlint.jsonc', '--no-config']]) {
      const result = run(...args, '.');
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^frontlint: /);
    }
  });

  it('names the file, line and reason of a broken config, lints the posts without it, and exits 2', () => {
    write({ '_notes/.frontlint.yaml': 'rules:\n  end-marker: [\n' });
    const result = run('_notes');
    assert.match(result.stderr, /^frontlint: _notes\/\.frontlint\.yaml:\d+:\d+: Syntax error: /m);
    assert.deepEqual(findings(result.stdout), [], 'the root config still applies: its override turns end-marker off');
    assert.equal(result.status, 2);
    write({ '_notes/.frontlint.yaml': 'rules:\n  end-marker: error\n' });
    assert.deepEqual(findings(run('_notes').stdout), ['_notes/c.md:7 end-marker error']);
  });

  it('reads a date with slashes as the blog\'s generator does: fine under a Jekyll (or Hexo) `_config.yml`, reported under Hugo', () => {
    const slashed = '---\ntitle: "T"\ndate: 2019/07/17\n---\n\nText.\n';
    write({ 'jekyll/_config.yml': 'title: J\n', 'jekyll/_posts/2019-07-17-a.md': slashed, 'hugo/hugo.toml': '', 'hugo/content/posts/b.md': slashed });
    assert.deepEqual(findings(run('jekyll', 'hugo').stdout), ['hugo/content/posts/b.md:3 field-format warning']);
  });
});
