import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A file's path relative to the run's base folder (the working directory), with `/` separators,
 * or undefined when the file lies outside it. Shards, SARIF and GitHub annotations all name files
 * this way, so that the same repository gives the same names on every machine.
 */
export function relativeToBase(file: string, base: string): string | undefined {
  const path = relative(base, resolve(base, file));
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return undefined;
  return sep === '/' ? path : path.split(sep).join('/');
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, `:`, `#`, kana). */
export const relativeUri = (relativePath: string): string => relativePath.split('/').map(encodeURIComponent).join('/');

/** The base folder as a `file:` URI ending in `/`, as SARIF's `originalUriBaseIds` wants it. */
export function baseUri(base: string): string {
  const folder = resolve(base);
  return pathToFileURL(folder.endsWith(sep) ? folder : folder + sep).href;
}

/** An absolute `file:` URI, for a file outside the base. */
export const fileUri = (file: string): string => pathToFileURL(resolve(file)).href;
