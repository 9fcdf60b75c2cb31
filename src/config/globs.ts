import picomatch from 'picomatch';

export type PathMatcher = (absolutePath: string) => boolean;

const compiled = new Map<string, PathMatcher>();

/**
 * Matches absolute paths against globs written relative to `base` (a config file's folder, or
 * the CLI's working folder), as `.gitignore` does: a glob without `/` matches a name at any depth
 * (`*.draft.md`), one with `/` matches from `base` (`_drafts/**`), and `dir/` means all under it.
 */
export function globMatcher(base: string, globs: readonly string[]): PathMatcher {
  const key = `${base}\0${globs.join('\0')}`;
  let matcher = compiled.get(key);
  if (!matcher) {
    const patterns = globs.map((g) => (g.endsWith('/') ? `${g}**` : g)).map((g) => (g.startsWith('./') ? g.slice(2) : g));
    const anywhere = patterns.filter((g) => !g.includes('/'));
    const fromBase = patterns.filter((g) => g.includes('/'));
    const byName = anywhere.length > 0 ? picomatch(anywhere, { dot: true, basename: true, windows: false }) : () => false;
    const byPath = fromBase.length > 0 ? picomatch(fromBase, { dot: true, windows: false }) : () => false;
    const match = (relative: string) => byName(relative) || byPath(relative);
    const prefix = base.endsWith('/') ? base : `${base}/`;
    matcher = (path) => path.startsWith(prefix) && match(path.slice(prefix.length));
    compiled.set(key, matcher);
  }
  return matcher;
}
