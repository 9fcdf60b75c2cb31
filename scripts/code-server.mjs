// code-server gives us a real VS Code extension host (and web workbench) on machines that
// cannot download desktop VS Code. Recipe: /work/shared/notes/vscode-host.md (shared/notes/ in CI).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, renameSync, writeFileSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';

// 4.100.x is the last line that runs on Node 20 (ships VS Code 1.100.3; matches engines.vscode).
export const CODE_SERVER_VERSION = '4.100.3';

export const cacheDir = () => process.env.FRONTLINT_CACHE || join(homedir(), '.cache', 'frontlint');

const log = (msg) => process.stderr.write(`[code-server] ${msg}\n`);

function run(cmd, args, cwd) {
  log(`$ ${cmd} ${args.join(' ')}  (in ${cwd})`);
  // stdout goes to stderr so that callers' stdout stays clean; npx inside node-pty's scripts needs npm_config_yes.
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 2, 2], env: { ...process.env, npm_config_yes: 'true' } });
}

/** Installs code-server into the cache once; returns the path of its entry.js. */
export function ensureCodeServer() {
  const dir = join(cacheDir(), 'code-server');
  const entry = join(dir, 'node_modules/code-server/out/node/entry.js');
  const marker = join(dir, `.installed-${CODE_SERVER_VERSION}`);
  if (existsSync(marker) && existsSync(entry)) {
    removeStalePartials(dir); // e.g. left by an npm that outlived a killed install
    return entry;
  }

  const rg = execFileSync('sh', ['-c', 'command -v rg || true'], { encoding: 'utf8' }).trim();
  if (!rg) throw new Error('ripgrep (rg) is not on PATH: apt-get install -y ripgrep libkrb5-dev chromium');

  // Build in a scratch dir and rename at the end: a killed run leaves only scratch, which is redone.
  const started = Date.now();
  const tmp = `${dir}.partial-${process.pid}`;
  removeStalePartials(dir);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  log(`installing code-server@${CODE_SERVER_VERSION} into ${dir} (1-3 minutes, once)`);
  writeFileSync(join(tmp, 'package.json'), JSON.stringify({ name: 'frontlint-code-server', private: true }));
  const npmFlags = ['--no-audit', '--no-fund', '--loglevel=error'];
  // --ignore-scripts: its postinstall refuses root and @vscode/ripgrep downloads from GitHub.
  run('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', ...npmFlags], tmp);
  run('npm', ['rebuild', 'argon2', ...npmFlags], tmp);
  const vscodeDir = join(tmp, 'node_modules/code-server/lib/vscode');
  run('npm', ['install', '--omit=dev', '--ignore-scripts', ...npmFlags], vscodeDir);
  // Use Debian's rg instead of the binary @vscode/ripgrep would download.
  const rgBin = join(vscodeDir, 'node_modules/@vscode/ripgrep/bin');
  mkdirSync(rgBin, { recursive: true });
  rmSync(join(rgBin, 'rg'), { force: true });
  symlinkSync(rg, join(rgBin, 'rg'));
  run('npm', ['rebuild', ...npmFlags], vscodeDir); // native modules: node-pty, spdlog, watcher, kerberos...
  // VS Code looks for node_modules.asar; there is no asar, so point it at the plain folder.
  rmSync(join(vscodeDir, 'node_modules.asar'), { force: true });
  symlinkSync('node_modules', join(vscodeDir, 'node_modules.asar'));
  writeFileSync(join(tmp, `.installed-${CODE_SERVER_VERSION}`), new Date().toISOString() + '\n');

  if (existsSync(marker)) {
    rmSync(tmp, { recursive: true, force: true }); // a concurrent run finished first: keep its install
    return entry;
  }
  rmSync(dir, { recursive: true, force: true }); // an older or broken install
  renameSync(tmp, dir);
  log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return entry;
}

// Scratch dirs of installs whose process is gone (killed runs).
function removeStalePartials(dir) {
  const parent = dirname(dir);
  if (!existsSync(parent)) return;
  for (const f of readdirSync(parent)) {
    const pid = Number(f.startsWith(`${basename(dir)}.partial-`) && f.split('-').pop());
    if (!pid) continue;
    try { process.kill(pid, 0); } catch { rmSync(join(parent, f), { recursive: true, force: true }); }
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server; resolves once it listens. `env` is added to the server's environment,
 * which its extension hosts inherit. `logTail()` returns the last lines of its output.
 */
export async function startCodeServer({ port, userDataDir, extensionsDir, extraArgs = [], env = {}, host = '127.0.0.1', timeoutMs = 60_000 } = {}) {
  const entry = ensureCodeServer();
  port = port || (await freePort());
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `${host}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', join(userDataDir, 'config.yaml'), // not ~/.config/code-server
    ...extraArgs,
  ];
  // detached: own process group, so stop() also ends the extension host and other children.
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  const onData = (buf) => {
    for (const line of buf.toString().split('\n')) if (line.trim()) lines.push(line);
    if (lines.length > 400) lines.splice(0, lines.length - 400);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const logTail = (n = 60) => lines.slice(-n).join('\n');

  let exited = false;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => { exited = true; resolve({ code, signal }); }));
  const killGroup = (sig) => { try { process.kill(-child.pid, sig); } catch { /* already gone */ } };
  // Last resort if the caller dies without calling stop().
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  const stop = async () => {
    process.off('exit', onExit);
    if (!exited) {
      killGroup('SIGTERM');
      const t = setTimeout(() => killGroup('SIGKILL'), 5000);
      await exitPromise;
      clearTimeout(t);
    }
    killGroup('SIGKILL'); // leftovers in the group (extension hosts) even after the main process exited
  };

  // Ctrl-C while starting: the server is in its own process group, so it must be stopped here.
  // Once this resolves, the caller's own signal handling takes over.
  const onSignal = () => { stop().finally(() => process.exit(130)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await new Promise((resolve, reject) => {
    const fail = (why) => { clearInterval(poll); clearTimeout(timer); stop().finally(() => reject(new Error(`code-server ${why}\n--- code-server log ---\n${logTail()}`))); };
    const timer = setTimeout(() => fail(`did not start listening within ${timeoutMs / 1000} s`), timeoutMs);
    const poll = setInterval(() => {
      if (lines.some((l) => /HTTP server listening on/i.test(l))) { clearInterval(poll); clearTimeout(timer); resolve(); }
      else if (exited) fail(`exited with code ${child.exitCode} before listening`);
    }, 100);
  }).finally(() => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  });
  return { url: `http://${host}:${port}`, port, process: child, exited: () => exited, logTail, stop };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Headless Debian chromium driven by playwright-core (no Playwright browser download needed). */
export async function launchChromium({ headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no chromium at ${executablePath}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  return chromium.launch({ executablePath, headless, args: CHROMIUM_ARGS });
}

// Allows `node scripts/code-server.mjs` to pre-install (e.g. to time it, or warm a CI cache).
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureCodeServer());
}
