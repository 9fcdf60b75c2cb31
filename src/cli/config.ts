import { isAbsolute, relative, resolve as resolvePath, sep } from 'node:path';
// Through the engine bundle (dist/engine.js), which holds config resolution too.
import { ConfigResolver, hasPostExtension, lintOptionsFor, BLOG_RULE_IDS, RULE_IDS, type ConfigError, type ConfigSettings, type LintOptions, type SeveritySetting } from '../engine';
import { nodeFileSystem } from '../fs/nodeFileSystem';
import type { SchemaSet } from '../schema/types';
import { SchemaPlanner } from './schemas';

/** The command line's say in the config: --config, --no-config, --rule, --ignore. */
export interface ConfigFlags {
  config?: string;
  noConfig: boolean;
  rules: string[];
  ignores: string[];
}

/** A post to lint, with the index of its options in `optionSets` (few distinct sets cross to the lint threads). */
export interface PlannedFile {
  path: string;
  options: number;
  /** The index of the post's schema set in `schemaSets`, when one applies. */
  schema?: number;
}

export interface Plan {
  files: PlannedFile[];
  optionSets: LintOptions[];
  /** Problems in config files, each once: `file:line:col: reason`. */
  configErrors: ConfigError[];
  /** The front matter schemas that apply (Front Matter CMS, Astro, config `schemas`), and problems with them. */
  schemaSets: SchemaSet[];
  schemaProblems: string[];
  /** Said on stderr, without exit code 2: the schema is used without a part Frontlint cannot read. */
  schemaWarnings: string[];
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** `--rule id=severity` values as rules settings; throws a usage message for a bad one. */
export function parseRuleFlags(values: readonly string[]): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  for (const value of values) {
    const [id, severity] = value.split('=').map((s) => s.trim());
    if (!RULE_IDS.includes(id) && !BLOG_RULE_IDS.includes(id)) throw new Error(`--rule ${value}: unknown rule "${id}" (rules: ${[...RULE_IDS, ...BLOG_RULE_IDS].join(', ')})`);
    if (!SEVERITIES.has(severity)) throw new Error(`--rule ${value}: severity must be one of ${[...SEVERITIES].join(', ')}`);
    rules[id] = severity as SeveritySetting;
  }
  return rules;
}

/** An absolute path with `/` separators, as the FileSystem interface takes. */
export const toFsPath = (path: string) => resolvePath(path).split(sep).join('/');

/**
 * Resolves each candidate's config (the same resolver the editor uses, over node:fs): drops
 * ignored posts, and files found by searching a folder whose extension is not a post's there.
 */
export async function planFiles(candidates: ReadonlyArray<{ path: string; searched: boolean }>, flags: ConfigFlags): Promise<Plan> {
  if (flags.config !== undefined && (await nodeFileSystem.stat(toFsPath(flags.config)))?.kind !== 'file') throw new Error(`--config ${flags.config}: no such file`);
  const resolver = new ConfigResolver(nodeFileSystem);
  const request = configRequest(flags);
  const schemas = new SchemaPlanner();
  const files: PlannedFile[] = [];
  const optionSets: LintOptions[] = [];
  const setIndex = new Map<string, number>();
  const errors = new Map<string, ConfigError>();
  for (const candidate of candidates) {
    const path = toFsPath(candidate.path);
    const config = await resolver.resolve(path, request);
    for (const error of config.errors) errors.set(`${error.file}:${error.line}:${error.character}:${error.message}`, error);
    if (config.ignored || (candidate.searched && !hasPostExtension(config, path))) continue;
    const options = lintOptionsFor(config, path);
    const key = JSON.stringify(options);
    let index = setIndex.get(key);
    if (index === undefined) {
      index = optionSets.push(options) - 1;
      setIndex.set(key, index);
    }
    const schema = await schemas.forFile(path, config);
    files.push({ path: candidate.path, options: index, ...(schema !== undefined ? { schema } : {}) });
  }
  return { files, optionSets, configErrors: [...errors.values()], schemaSets: schemas.sets, schemaProblems: schemas.messages(), schemaWarnings: schemas.messages('warning') };
}

/** What the resolver is asked for every post of the run: the flags' config file and settings. */
export function configRequest(flags: ConfigFlags) {
  const settings: ConfigSettings = { rules: parseRuleFlags(flags.rules) };
  return {
    configFile: flags.noConfig ? null : flags.config !== undefined ? toFsPath(flags.config) : undefined,
    command: { dir: toFsPath('.'), ignores: flags.ignores, settings },
  };
}

/** `path:line:col: reason`, 1-based, as compilers print it; the path relative to the working folder when inside it. */
export function formatConfigError(error: ConfigError): string {
  const path = relative(process.cwd(), error.file);
  return `${path && !path.startsWith('..') && !isAbsolute(path) ? path : error.file}:${error.line + 1}:${error.character + 1}: ${error.message}`;
}
