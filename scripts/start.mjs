// `npm start`: code-server at http://127.0.0.1:8080 (PORT overrides) with Frontlint installed as a
// normal extension (not extension development mode), examples/ open and the AI-draft sample post
// in the editor. User data lives in the cache dir, so layout and settings persist between runs.
// Ctrl-C stops it.
import { existsSync, mkdirSync, readFileSync, rmSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cacheDir, startCodeServer } from './code-server.mjs';
import { writeUserSettings } from './run-integration.mjs';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const readJson = (f, fallback) => { try { return JSON.parse(readFileSync(f, 'utf8')); } catch { return fallback; } };

/**
 * Installs the extension at `extensionPath` into `extensionsDir` as a symlink named
 * <publisher>.<name>-<version>, so rebuilding dist/ is enough to pick up changes (reload the window).
 * VS Code only loads what extensions.json lists (a folder it doesn't know is even queued for
 * deletion in .obsolete), so both files are updated too.
 */
export function linkExtension(extensionsDir, extensionPath = repo) {
  const { publisher, name, version } = readJson(join(extensionPath, 'package.json'));
  const id = `${publisher}.${name}`.toLowerCase();
  const folder = `${publisher}.${name}-${version}`;
  mkdirSync(extensionsDir, { recursive: true });
  for (const f of readdirSync(extensionsDir)) {
    if (f.toLowerCase().startsWith(`${id}-`)) rmSync(join(extensionsDir, f), { recursive: true, force: true }); // a link only removes the link
  }
  symlinkSync(extensionPath, join(extensionsDir, folder), 'dir');

  const manifest = join(extensionsDir, 'extensions.json');
  const entries = readJson(manifest, []).filter((e) => e?.identifier?.id?.toLowerCase() !== id);
  const location = { $mid: 1, path: join(extensionsDir, folder), scheme: 'file' };
  entries.push({ identifier: { id }, version, location, relativeLocation: folder });
  writeFileSync(manifest, JSON.stringify(entries));

  const obsoleteFile = join(extensionsDir, '.obsolete');
  const obsolete = readJson(obsoleteFile, {});
  for (const k of Object.keys(obsolete)) if (k.toLowerCase().startsWith(`${id}-`)) delete obsolete[k];
  writeFileSync(obsoleteFile, JSON.stringify(obsolete));
  return join(extensionsDir, folder);
}

/** The post `npm start` opens: the AI draft with markers, repeats and cut-off sentences. */
export const SAMPLE_POST = 'ai-draft-alibaba.md';

/**
 * Settings for `npm start`, each written only if the user has not set it, so their own changes stay.
 * examples/ lies inside this repository: without `git.openRepositoryInParentFolders`, VS Code's git
 * would ask on every start whether to open the parent repository.
 */
export const START_SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

/**
 * START_SETTINGS less what settings.json in `userDataDir` already sets; nothing when the file is
 * not plain JSON (comments), which is then never rewritten.
 */
export function missingStartSettings(userDataDir) {
  const file = join(userDataDir, 'User/settings.json');
  const current = existsSync(file) ? readJson(file, undefined) : {};
  if (!current) return undefined;
  const missing = Object.entries(START_SETTINGS).filter(([key]) => !(key in current));
  return missing.length > 0 ? Object.fromEntries(missing) : undefined;
}

/**
 * The workbench URL that opens `folder` with `file` in the editor (VS Code for the web's
 * `payload=[["openFile", uri]]`; the file is on code-server's side, a vscode-remote URI).
 */
export function urlOpeningFile(serverUrl, folder, file) {
  const { host } = new URL(serverUrl);
  const fileUri = `vscode-remote://${host}${pathToFileURL(file).pathname}`;
  return `${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify([['openFile', fileUri]]))}`;
}

/**
 * Starts code-server with the extension installed and `folder` open (the default workspace for
 * a URL without ?folder=). `dataDir` holds user-data/ and extensions/.
 */
export async function startWithExtension({ dataDir, folder, port, extensionPath = repo, settings }) {
  const extensionsDir = join(dataDir, 'extensions');
  const userDataDir = join(dataDir, 'user-data');
  linkExtension(extensionsDir, extensionPath);
  if (settings) writeUserSettings(userDataDir, settings);
  return startCodeServer({ port, userDataDir, extensionsDir, extraArgs: ['--ignore-last-opened', folder] });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(repo, 'dist/extension.js'))) {
    console.error('dist/extension.js is missing: run `npm run build` (npm start does it for you)');
    process.exit(1);
  }
  const folder = existsSync(join(repo, 'examples')) ? join(repo, 'examples') : join(repo, 'test/fixtures');
  const dataDir = join(cacheDir(), 'start');
  const settings = missingStartSettings(join(dataDir, 'user-data'));
  const server = await startWithExtension({ dataDir, folder, port: Number(process.env.PORT) || 8080, settings });
  const sample = join(folder, SAMPLE_POST);
  const url = existsSync(sample) ? urlOpeningFile(server.url, folder, sample) : `${server.url}/`;
  console.log(`\nFrontlint is running in code-server. Open this to start on a sample post:\n\n    ${url}\n\nworkspace: ${folder}\nuser data: ${dataDir}\nThe walkthrough: Help > Welcome, "Get Started with Frontlint".\nPress Ctrl-C to stop.`);
  let stopping = false;
  const stop = () => { stopping = true; server.stop().finally(() => process.exit(0)); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  server.process.on('exit', (code) => {
    if (stopping) return;
    console.error(`code-server exited (code ${code})\n${server.logTail(30)}`);
    process.exit(1);
  });
}
