import { dirnameOf, joinPath, readTextFile, type DirectoryEntry, type FileSystem } from '../fs/fileSystem';
import { untitledCollections } from '../site/astroContentConfig';
import { findSiteRoot, frontMatterConvention, isPostTemplate, type FrontMatterConvention } from '../site/siteConfig';
import { BLOG_PROFILE } from '../core/profile';
import type { Generator, Translate } from '../core/types';
import { formatMessage } from '../core/messages';
import { globMatcher } from './globs';
import { parseConfig } from './parse';
import { CONFIG_FILE_NAMES, DEFAULT_EXTENSIONS, type ConfigError, type ConfigFile, type ConfigSettings, type ResolvedConfig } from './types';

const FRONTMATTER_MISSING = 'frontmatter-missing';
/** A file Jekyll reads as a post or a draft. */
const JEKYLL_POST = /(?:^|\/)_(?:posts|drafts)\//;

/** One config file's contribution, in cascade order; globs are relative to `dir`. */
interface Layer {
  file: string;
  dir: string;
  config: ConfigFile;
}

/** The layers that apply in a folder (farthest first) and the problems met reading them. */
interface FolderChain {
  layers: Layer[];
  errors: ConfigError[];
}

export interface ResolverOptions {
  /** Translates error messages (the editor passes `vscode.l10n.t`); English by default. */
  t?: Translate;
  /**
   * Keep using a broken file's last good contents (the editor, while the writer fixes it). The CLI
   * reads each file once, so a broken file contributes nothing there.
   */
  keepLastGood?: boolean;
}

export interface ResolveRequest {
  /** The cascade stops here (inclusive): the workspace folder. It also stops at a folder holding `.git`, or a config with `root: true`. */
  stopAt?: string;
  /** Settings below every config file: the editor's settings. */
  base?: ConfigSettings;
  /** Use this file instead of discovering config files (`--config`); `null` reads none (`--no-config`). */
  configFile?: string | null;
  /** Extra ignores and settings above every config file (the CLI's --ignore and --rule), relative to `dir`. */
  command?: { dir: string; ignores?: string[]; settings?: ConfigSettings };
}

/**
 * Finds, reads and merges config files for a post: from the post's folder up to the workspace
 * folder or repository root, the nearest file winning key by key. Reads go through `FileSystem`,
 * so the editor and the CLI resolve alike. Folder chains and parsed files are cached until
 * `invalidate`; each post's resolution then only matches its globs.
 */
export class ConfigResolver {
  private readonly chains = new Map<string, Promise<FolderChain>>();
  private readonly listings = new Map<string, Promise<DirectoryEntry[] | undefined>>();
  private readonly sites = new Map<string, Promise<{ generator: Generator; root?: string }>>();
  private readonly conventions = new Map<string, Promise<FrontMatterConvention | undefined>>();
  private readonly untitled = new Map<string, Promise<Set<string>>>();
  private readonly parsed = new Map<string, Promise<{ config?: ConfigFile; error?: ConfigError }>>();
  private readonly lastGood = new Map<string, ConfigFile>();
  private readonly t: Translate;
  /** The file system with folders read as `listing` reads them: once per cache generation, however many walks pass through. */
  private readonly listedFs: FileSystem;

  constructor(
    private readonly fs: FileSystem,
    private readonly options: ResolverOptions = {},
  ) {
    this.t = options.t ?? formatMessage;
    this.listedFs = { ...fs, readDirectory: (dir) => this.listing(dir) };
  }

  /** Drops cached results: all of them, since a changed file may be extended from anywhere. */
  invalidate(): void {
    this.chains.clear();
    this.parsed.clear();
    this.listings.clear();
    this.sites.clear();
    this.conventions.clear();
    this.untitled.clear();
  }

  /** Every config file read so far (discovered or extended): a change to one of them calls for `invalidate`. */
  readonly watched = new Set<string>();

  async resolve(postPath: string, request: ResolveRequest = {}): Promise<ResolvedConfig> {
    const chain =
      request.configFile === null
        ? { layers: [], errors: [] }
        : request.configFile !== undefined
          ? await this.fileChain(request.configFile, [])
          : await this.folderChain(dirnameOf(postPath), request.stopAt);
    const resolved: ResolvedConfig = { rules: {}, readingSpeed: {}, extensions: [...DEFAULT_EXTENSIONS], schemas: [], site: {}, generator: 'none', ignored: false, files: [], errors: [...chain.errors] };
    if (request.base) merge(resolved, request.base, '');
    for (const layer of chain.layers) {
      resolved.files.push(layer.file);
      const { config, dir } = layer;
      if (config.ignores && config.ignores.length > 0 && globMatcher(dir, config.ignores)(postPath)) resolved.ignored = true;
      merge(resolved, config, dir);
      for (const override of config.overrides ?? []) {
        if (globMatcher(dir, override.files)(postPath)) merge(resolved, override, dir);
      }
    }
    if (request.command) {
      const { dir, ignores, settings } = request.command;
      if (ignores && ignores.length > 0 && globMatcher(dir, ignores)(postPath)) resolved.ignored = true;
      if (settings) merge(resolved, settings, dir);
    }
    resolved.schemas = resolved.schemas.filter((s) => globMatcher(s.base, s.files)(postPath));
    const site = await this.siteOf(dirnameOf(postPath));
    resolved.generator = resolved.site.generator ?? site.generator;
    // Unless the config says otherwise: a page of a site that needs no front matter (VitePress,
    // Docusaurus, Quartz, …) is titled by its heading or file name, so no title is required of it
    // and no note says that it has no front matter; a Hatena Blog post's title is `Title`.
    const convention = site.generator === 'none' ? await this.conventionOf(dirnameOf(postPath)) : undefined;
    if (convention === 'optional') {
      resolved.requiredFields ??= BLOG_PROFILE.requiredFields.filter((field) => field !== 'title');
      resolved.rules[FRONTMATTER_MISSING] ??= 'off';
    } else if (convention === 'hatena') {
      resolved.requiredFields ??= BLOG_PROFILE.requiredFields.map((field) => (field === 'title' ? 'Title' : field));
    }
    // (From the site's root: a folder above it named `archetypes` is no Hugo archetype.)
    const inSite = site.root !== undefined && postPath.startsWith(`${site.root}/`) ? postPath.slice(site.root.length + 1) : postPath;
    // Jekyll copies a Markdown file without front matter as it is (GitHub Pages renders it as a
    // page anyway): only a post, which it skips, needs front matter (a project's example README).
    if (resolved.generator === 'jekyll' && !JEKYLL_POST.test(inSite)) resolved.rules[FRONTMATTER_MISSING] ??= 'off';
    // An Astro collection whose schema has no title (a site's `pages`) asks none of its posts.
    const collection = resolved.generator === 'astro' && site.root !== undefined ? /^src\/content\/([^/]+)\//.exec(inSite)?.[1] : undefined;
    if (collection && (await this.untitledCollectionsOf(site.root!)).has(collection)) resolved.requiredFields ??= BLOG_PROFILE.requiredFields.filter((field) => field !== 'title');
    if (isPostTemplate(resolved.generator, inSite)) resolved.ignored = true;
    return resolved;
  }

  /** The problem in one config file, if any (the editor shows it on the file as soon as it changes). */
  async check(file: string): Promise<ConfigError | undefined> {
    return (await this.load(file)).error;
  }

  private folderChain(dir: string, stopAt: string | undefined): Promise<FolderChain> {
    const key = `${stopAt ?? ''}\0${dir}`;
    let chain = this.chains.get(key);
    if (!chain) {
      chain = this.buildFolderChain(dir, stopAt);
      this.chains.set(key, chain);
    }
    return chain;
  }

  /** A folder's entries, read once per cache generation: the config cascade and the site search both look. */
  private listing(dir: string): Promise<DirectoryEntry[] | undefined> {
    let entries = this.listings.get(dir);
    if (!entries) this.listings.set(dir, (entries = this.fs.readDirectory(dir)));
    return entries;
  }


  /** The generator and root of the site that holds `dir`, found as the blog index finds it (`findSiteRoot`); 'none' without one. */
  private siteOf(dir: string): Promise<{ generator: Generator; root?: string }> {
    let site = this.sites.get(dir);
    if (!site) this.sites.set(dir, (site = findSiteRoot(this.listedFs, dir).then((found) => (found ? { generator: found.generator, root: found.root } : { generator: 'none' as Generator }))));
    return site;
  }

  /** How the site that holds `dir` reads front matter, when no generator's config says (see `frontMatterConvention`). */
  private untitledCollectionsOf(root: string): Promise<Set<string>> {
    let found = this.untitled.get(root);
    if (!found) this.untitled.set(root, (found = untitledCollections(this.fs, root)));
    return found;
  }

  private conventionOf(dir: string): Promise<FrontMatterConvention | undefined> {
    let convention = this.conventions.get(dir);
    if (!convention) this.conventions.set(dir, (convention = frontMatterConvention(this.listedFs, dir)));
    return convention;
  }

  private async buildFolderChain(dir: string, stopAt: string | undefined): Promise<FolderChain> {
    const entries = await this.listing(dir);
    const names = new Set((entries ?? []).filter((e) => e.kind === 'file').map((e) => e.name));
    const own = await this.folderConfig(dir, names);
    // `.git` is a folder in a repository and a file in a worktree: either marks the root.
    const isTop = dir === stopAt || (entries ?? []).some((e) => e.name === '.git') || dirnameOf(dir) === dir || own.root;
    const parent: FolderChain = isTop ? { layers: [], errors: [] } : await this.folderChain(dirnameOf(dir), stopAt);
    return { layers: [...parent.layers, ...own.chain.layers], errors: [...parent.errors, ...own.chain.errors] };
  }

  /** The config a folder holds: the first of the dedicated names, else `package.json`'s `"frontlint"`. */
  private async folderConfig(dir: string, names: Set<string>): Promise<{ chain: FolderChain; root: boolean }> {
    const name = CONFIG_FILE_NAMES.find((n) => names.has(n)) ?? (names.has('package.json') ? 'package.json' : undefined);
    if (!name) return { chain: { layers: [], errors: [] }, root: false };
    const chain = await this.fileChain(joinPath(dir, name), []);
    const own = chain.layers[chain.layers.length - 1];
    return { chain, root: own?.file === joinPath(dir, name) && own.config.root === true };
  }

  /** A file and what it extends, as layers (extended files first). `seen` guards against cycles. */
  private async fileChain(file: string, seen: string[]): Promise<FolderChain> {
    const { config, error } = await this.load(file);
    const errors: ConfigError[] = error ? [error] : [];
    if (!config) return { layers: [], errors };
    const layers: Layer[] = [];
    const targets = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
    for (const target of targets) {
      const path = joinPath(dirnameOf(file), target);
      if (seen.includes(path) || path === file) {
        errors.push(await this.errorOn(file, 'extends', this.t('"extends" makes a cycle: {0}.', [...seen, file, path].join(' → '))));
        continue;
      }
      if (!(await this.fs.stat(path))) {
        errors.push(await this.errorOn(file, 'extends', this.t('Cannot read "{0}", which "extends" names.', target)));
        continue;
      }
      const extended = await this.fileChain(path, [...seen, file]);
      layers.push(...extended.layers);
      errors.push(...extended.errors);
    }
    layers.push({ file, dir: dirnameOf(file), config });
    return { layers, errors };
  }

  /** Reads and parses a file once per cache generation. A broken file falls back to its last good contents. */
  private load(file: string): Promise<{ config?: ConfigFile; error?: ConfigError }> {
    let loaded = this.parsed.get(file);
    if (!loaded) {
      loaded = this.readAndParse(file);
      this.parsed.set(file, loaded);
    }
    return loaded;
  }

  private async readAndParse(file: string): Promise<{ config?: ConfigFile; error?: ConfigError }> {
    this.watched.add(file);
    const text = await readTextFile(this.fs, file);
    if (text === undefined) {
      const exists = await this.fs.stat(file);
      if (!exists) return {};
      return { error: { file, line: 0, character: 0, endLine: 0, endCharacter: 0, message: this.t('Cannot read this config file (it is not UTF-8 text).') }, config: this.lastGood.get(file) };
    }
    const result = parseConfig(file, text, this.t);
    if (result.ok) {
      if (this.options.keepLastGood) this.lastGood.set(file, result.config);
      return { config: result.config };
    }
    return { error: result.error, config: this.options.keepLastGood ? this.lastGood.get(file) : undefined };
  }

  /** An error placed on a key of a file already parsed (for `extends` problems). */
  private async errorOn(file: string, key: string, message: string): Promise<ConfigError> {
    const text = (await readTextFile(this.fs, file)) ?? '';
    const at = locateKey(text, key);
    return { file, ...at, message };
  }
}

/** Line and character of the first `key` written as a key (quoted in JSON, bare in YAML), or the file's start. */
function locateKey(text: string, key: string): Omit<ConfigError, 'file' | 'message'> {
  const match = new RegExp(`(["']?)${key}\\1\\s*:`).exec(text);
  const offset = match?.index ?? 0;
  const line = text.slice(0, offset).split(/\r\n|\r|\n/).length - 1;
  const character = offset - Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  const length = match ? match[0].length : 0;
  return { line, character, endLine: line, endCharacter: character + length };
}

/** Merges one layer's settings over what is resolved so far: key by key, rules and speeds per entry. */
function merge(into: ResolvedConfig, settings: ConfigSettings, dir: string): void {
  if (settings.rules) into.rules = { ...into.rules, ...settings.rules };
  if (settings.readingSpeed) into.readingSpeed = { ...into.readingSpeed, ...settings.readingSpeed };
  if (settings.site) into.site = { ...into.site, ...settings.site };
  if (settings.requiredFields) into.requiredFields = [...settings.requiredFields];
  if (settings.minDuplicateLength !== undefined) into.minDuplicateLength = settings.minDuplicateLength;
  if (settings.extensions) into.extensions = settings.extensions.map((e) => e.toLowerCase());
  for (const association of settings.schemas ?? []) {
    into.schemas.push({ files: association.files, schema: joinPath(dir, association.schema), base: dir });
  }
}
