/** Config discovery and merging: pure code over the `FileSystem` interface, shared by the editor and the CLI. */
import type { LintOptions } from '../core/lint';
import type { ResolvedConfig } from './types';

export { ConfigResolver, type ResolveRequest, type ResolverOptions } from './resolve';
export { configSchema } from './schema';
export { parseConfig } from './parse';
export { globMatcher } from './globs';
export * from './types';

/** The engine's options for a post under this config (`mdx` from the file's extension). */
export function lintOptionsFor(config: ResolvedConfig, path: string): LintOptions {
  return {
    rules: config.rules,
    mdx: isMdx(path),
    generator: config.generator,
    profile: {
      requiredFields: config.requiredFields,
      minDuplicateLength: config.minDuplicateLength,
      readingSpeeds: config.readingSpeed,
    },
  };
}

/** Whether the file's extension makes it a post under this config. */
export function hasPostExtension(config: ResolvedConfig, path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return config.extensions.some((extension) => name.endsWith(extension) && name.length > extension.length);
}

export const isMdx = (path: string) => /\.mdx$/i.test(path);
