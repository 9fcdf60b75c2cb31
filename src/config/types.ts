import type { Generator, SeveritySetting } from '../core/types';

/** The reading speeds a config may set (words or characters per minute). */
export interface ReadingSpeedSettings {
  cjkCharsPerMinute?: number;
  wordsPerMinute?: number;
  codeWordsPerMinute?: number;
}

/** Blog-index overrides (consumed by the blog index, issue 11). */
export interface SiteSettings {
  /** Permalink pattern, as the generator writes it (`/:year/:month/:title/`). */
  permalink?: string;
  baseurl?: string;
  generator?: 'jekyll' | 'hexo' | 'hugo' | 'astro';
}

/** A front matter JSON Schema for the posts its globs match (consumed by issue 10's schema rule). */
export interface SchemaAssociation {
  files: string[];
  schema: string;
}

/** What a config file may set, at its top level and in each of its `overrides`. */
export interface ConfigSettings {
  rules?: Record<string, SeveritySetting>;
  requiredFields?: string[];
  readingSpeed?: ReadingSpeedSettings;
  minDuplicateLength?: number;
  /** File extensions that are posts, with the dot. */
  extensions?: string[];
  schemas?: SchemaAssociation[];
  site?: SiteSettings;
}

/** The contents of `.frontlint.jsonc` / `.json` / `.yaml` / `.yml`, or `package.json`'s `"frontlint"`. */
export interface ConfigFile extends ConfigSettings {
  $schema?: string;
  /** Stop the cascade here: folders above are not read. */
  root?: boolean;
  /** Other config files this one builds on, relative to it; its own settings win. */
  extends?: string | string[];
  /** Posts to skip, as globs relative to this file's folder. */
  ignores?: string[];
  overrides?: Array<ConfigSettings & { files: string[] }>;
}

/** A problem in a config file. Positions are 0-based, UTF-16, as everywhere in Frontlint. */
export interface ConfigError {
  file: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  message: string;
}

/** Settings in effect for one post, after the cascade. */
export interface ResolvedConfig {
  rules: Record<string, SeveritySetting>;
  requiredFields?: string[];
  readingSpeed: ReadingSpeedSettings;
  minDuplicateLength?: number;
  extensions: string[];
  /** Schemas whose globs match this post, farthest config first; `schema` is absolute. */
  schemas: Array<SchemaAssociation & { base: string }>;
  site: SiteSettings;
  /** The generator that builds the post: `site.generator` if set, else the one whose config is at or above the post's folder. */
  generator: Generator;
  /** Whether an `ignores` glob (or the CLI's --ignore) matches the post. */
  ignored: boolean;
  /** Config files read for this post, farthest first (extended files before the files extending them). */
  files: string[];
  /** Problems in those files; a broken file contributes its last good contents, or nothing. */
  errors: ConfigError[];
}

export const DEFAULT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.mdx'];

/** Config file names in the order they are looked for; the first present in a folder is used. */
export const CONFIG_FILE_NAMES = ['.frontlint.jsonc', '.frontlint.json', '.frontlint.yaml', '.frontlint.yml'] as const;
