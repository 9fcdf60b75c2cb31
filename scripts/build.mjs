// Bundles the extension, the CLI and the compiled tests with esbuild.
// Types are checked separately (`npm run typecheck`); esbuild only strips them.
import { build } from 'esbuild';
import { readdirSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const root = new URL('..', import.meta.url).pathname;

const testEntries = (dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir), { recursive: true })
        .filter((f) => String(f).endsWith('.ts'))
        .map((f) => join(dir, String(f)))
    : [];

const node = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

rmSync(join(root, 'out'), { recursive: true, force: true });

const builds = [
  // The extension host entry. `vscode` is provided by the host; heavy modules are split out
  // into their own files and required on first use so that activation stays cheap.
  build({ ...node, entryPoints: { extension: 'src/vscode/extension.ts' }, outdir: 'dist', external: ['vscode', './preview-host'] }),
  build({ ...node, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...node, entryPoints: { 'lint-worker': 'src/cli/worker.ts' }, outdir: 'dist' }),
  build({ ...node, entryPoints: testEntries('test/unit'), outdir: 'out/test/unit', sourcemap: true, minify: false }),
  build({
    ...node,
    entryPoints: testEntries('test/integration'),
    outdir: 'out/test/integration',
    external: ['vscode', 'mocha'],
    sourcemap: true,
    minify: false,
  }),
];
if (existsSync(join(root, 'src/vscode/preview-host.ts'))) {
  builds.push(build({ ...node, entryPoints: { 'preview-host': 'src/vscode/preview-host.ts' }, outdir: 'dist', external: ['vscode'] }));
}
if (existsSync(join(root, 'src/preview/main.ts'))) {
  builds.push(build({ ...node, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: { preview: 'src/preview/main.ts' }, outdir: 'dist' }));
}
await Promise.all(builds);
