import picomatch from 'picomatch';
import { globMatcher } from '../config/globs';
import { dirnameOf, joinPath, type FileSystem } from '../fs/fileSystem';
import { contentTypeToSchema, type FmContentType, type FmFieldGroup } from './frontMatterCms';
import { readFmCmsSettings } from './frontMatterCmsConfig';
import { isObject, readJson } from './json';
import type { ConfigSchemaEntry, JsonSchema, SchemaProblem, SchemaSet } from './types';

/** The schemas that apply to a post (or none), and what could not be read on the way. */
export interface SchemaLookup {
  set: SchemaSet | undefined;
  problems: SchemaProblem[];
}

interface Loaded<T> {
  value: T | undefined;
  problems: SchemaProblem[];
}

interface FmCmsConfig {
  set: SchemaSet;
  /** Page folders as absolute paths, with the content type each defaults to. */
  folders: Array<{ path: string; contentType: string | undefined }>;
}

interface AstroCollections {
  dir: string;
  /** Collection → schema file. */
  files: Map<string, string>;
  /** From collections.json: collection → globs relative to the blog's root. */
  globs: Map<string, string[]>;
}

const ASTRO_DIRS = ['.astro/collections', '.astro/astro/collections'];
const SCHEMA_SUFFIX = '.schema.json';

/**
 * Finds the schema a blog declares for a post, with no setup: a `schemas` entry of the Frontlint
 * config whose globs match the post (it decides when several sources apply), else the Astro
 * collection the post belongs to (`.astro/collections/<name>.schema.json`; the build validates
 * against it), else the Front Matter CMS content types of its page folder (`frontmatter.json`).
 * Pure: every read goes through the FileSystem; results are cached until `clear()`.
 */
export class SchemaSources {
  private readonly cache = new Map<string, Promise<Loaded<unknown>>>();

  constructor(
    private readonly fs: FileSystem,
    readonly root: string,
  ) {}

  /** Forgets every file read (a schema, frontmatter.json or a collection changed). */
  clear(): void {
    this.cache.clear();
  }

  /** `config`: the config's `schemas` entries, farthest config first (the nearest match wins). */
  async forPost(path: string, config: readonly ConfigSchemaEntry[] = []): Promise<SchemaLookup> {
    for (const entry of [...config].reverse()) {
      if (!globMatcher(entry.base ?? this.root, entry.files)(path)) continue;
      const loaded = await this.load(`config:${entry.schema}`, () => this.loadConfigured(entry.schema));
      return { set: loaded.value as SchemaSet | undefined, problems: loaded.problems };
    }
    const astro = await this.load('astro', () => this.loadAstro());
    const collections = astro.value as AstroCollections | undefined;
    const collection = collections && collectionOf(path, this.root, collections);
    if (collections && collection) {
      const file = collections.files.get(collection)!;
      const loaded = await this.load(`schema:${file}`, () => this.loadJsonSchema(file, 'astro', collection));
      return { set: loaded.value as SchemaSet | undefined, problems: [...astro.problems, ...loaded.problems] };
    }
    const fm = await this.load(`fmcms:${joinPath(this.root, 'frontmatter.json')}`, () => this.loadFrontMatterCms(joinPath(this.root, 'frontmatter.json')));
    const cms = fm.value as FmCmsConfig | undefined;
    const problems = [...astro.problems, ...fm.problems];
    return { set: cms && forFolder(cms, path), problems };
  }

  private load<T>(key: string, read: () => Promise<Loaded<T>>): Promise<Loaded<T>> {
    let loaded = this.cache.get(key);
    if (!loaded) {
      // A read that fails unexpectedly is a problem too: the lint goes on without the schema.
      loaded = read().catch((error: unknown) => ({ value: undefined, problems: [{ file: key.replace(/^\w+:/, ''), message: 'could not be read: {0}', args: [String(error)] }] }));
      this.cache.set(key, loaded);
    }
    return loaded as Promise<Loaded<T>>;
  }

  /** A config entry's schema: a `frontmatter.json` (its content types) or a JSON Schema file. */
  private async loadConfigured(file: string): Promise<Loaded<SchemaSet>> {
    if (file.endsWith('/frontmatter.json')) {
      const fm = await this.loadFrontMatterCms(file);
      return { value: fm.value && { ...fm.value.set, fallback: fm.value.folders[0]?.contentType ?? fm.value.set.fallback }, problems: fm.problems };
    }
    return this.loadJsonSchema(file, 'json-schema', baseName(file).replace(/\.json$/, ''));
  }

  private async loadJsonSchema(file: string, kind: SchemaSet['kind'], name: string): Promise<Loaded<SchemaSet>> {
    const read = await readJson(this.fs, file);
    if (!read.ok) return { value: undefined, problems: 'problem' in read ? [read.problem] : [{ file, message: 'not found', args: [] }] };
    if (!isObject(read.value) && typeof read.value !== 'boolean') return { value: undefined, problems: [{ file, message: 'is not a JSON Schema (an object)', args: [] }] };
    return { value: { kind, file, schemas: new Map([[name, read.value as JsonSchema]]), fallback: name }, problems: [] };
  }

  private async loadAstro(): Promise<Loaded<AstroCollections>> {
    for (const relative of ASTRO_DIRS) {
      const dir = joinPath(this.root, relative);
      const entries = await this.fs.readDirectory(dir);
      if (!entries) continue;
      const files = new Map<string, string>();
      for (const entry of entries) {
        if (entry.kind === 'file' && entry.name.endsWith(SCHEMA_SUFFIX)) files.set(entry.name.slice(0, -SCHEMA_SUFFIX.length), joinPath(dir, entry.name));
      }
      const problems: SchemaProblem[] = [];
      const globs = new Map<string, string[]>();
      const index = await readJson(this.fs, joinPath(dir, 'collections.json'));
      if (index.ok) readCollectionsIndex(index.value, globs);
      else if ('problem' in index) problems.push(index.problem);
      if (files.size > 0) return { value: { dir, files, globs }, problems };
    }
    return { value: undefined, problems: [] };
  }

  /** `frontmatter.json` composed with its extended and split settings, its content types as JSON Schemas. */
  private async loadFrontMatterCms(file: string): Promise<Loaded<FmCmsConfig>> {
    const { value: settings, problems } = await readFmCmsSettings(this.fs, file);
    if (!settings) return { value: undefined, problems };
    const fieldGroups = settings.lists['frontMatter.taxonomy.fieldGroups'].map((g) => g.value as unknown as FmFieldGroup);
    const schemas = new Map<string, JsonSchema>();
    for (const { value: contentType, file: from } of settings.lists['frontMatter.taxonomy.contentTypes']) {
      if (typeof contentType.name !== 'string') continue;
      const translated = contentTypeToSchema(contentType as unknown as FmContentType, fieldGroups);
      if ('schema' in translated) schemas.set(contentType.name, translated.schema);
      else problems.push({ file: from, message: 'content type "{0}": field "{1}" has the unknown type "{2}"; this content type is not checked.', args: [contentType.name, translated.unknownType.field, translated.unknownType.type] });
    }
    if (schemas.size === 0) return { value: undefined, problems };
    const root = file.slice(0, file.lastIndexOf('/')) || '/';
    const folders = settings.lists['frontMatter.content.pageFolders'].flatMap(({ value: folder }) => {
      if (typeof folder.path !== 'string') return [];
      const types = Array.isArray(folder.contentTypes) ? folder.contentTypes.filter((t): t is string => typeof t === 'string') : [];
      return [{ path: joinPath(root, folder.path.replace('[[workspace]]', '.')), contentType: types.find((t) => schemas.has(t)) }];
    });
    const fallback = schemas.has('default') ? 'default' : '';
    const sources = settings.files.length > 1 ? { sources: settings.files } : {};
    return { value: { set: { kind: 'frontmatter-cms', file, schemas, fallback, typeField: 'type', ...sources }, folders }, problems };
  }
}

/** The Front Matter CMS set for a post in one of its page folders (the deepest); none outside them. */
function forFolder(config: FmCmsConfig, path: string): SchemaSet | undefined {
  const inFolder = config.folders.filter((f) => path.startsWith(f.path.endsWith('/') ? f.path : `${f.path}/`)).sort((a, b) => b.path.length - a.path.length)[0];
  if (config.folders.length > 0 && !inFolder) return undefined;
  const fallback = inFolder?.contentType ?? config.set.fallback;
  return { ...config.set, fallback };
}

function collectionOf(path: string, root: string, astro: AstroCollections): string | undefined {
  const relative = relativeTo(path, root);
  if (relative === undefined) return undefined;
  for (const [name, globs] of astro.globs) if (astro.files.has(name) && picomatch.isMatch(relative, globs, { dot: true })) return name;
  const m = /^src\/content\/([^/]+)\//.exec(relative);
  return m && astro.files.has(m[1]) ? m[1] : undefined;
}

/**
 * `collections.json`: `{ "<collection>": <where> }` (or under a `collections` key), where is a
 * folder or glob, a list of them, or `{ base, pattern }` as in Astro's glob loader.
 */
function readCollectionsIndex(value: unknown, globs: Map<string, string[]>): void {
  const index = isObject(value) && isObject(value.collections) ? value.collections : value;
  if (!isObject(index)) return;
  for (const [name, where] of Object.entries(index)) {
    const list = (Array.isArray(where) ? where : [where]).flatMap((w): string[] => {
      if (typeof w === 'string') return [asGlob(w)];
      if (isObject(w) && typeof w.base === 'string') {
        const base = w.base.replace(/^\.\//, '').replace(/\/$/, '');
        const patterns = Array.isArray(w.pattern) ? w.pattern : [w.pattern ?? '**/*'];
        return patterns.filter((p): p is string => typeof p === 'string').map((p) => `${base}/${p}`);
      }
      return [];
    });
    if (list.length > 0) globs.set(name, list);
  }
}

/** A folder (`src/data/blog`) stands for everything under it. */
function asGlob(where: string): string {
  const clean = where.replace(/^\.\//, '');
  return /[*?{[]/.test(clean) ? clean : `${clean.replace(/\/$/, '')}/**`;
}

function relativeTo(path: string, base: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The schema sources of every blog met, by root: the nearest folder above a post that holds
 * `frontmatter.json` or `.astro/` (not above `stopAt`, the workspace folder, nor above a `.git`).
 * Without either, the post's own folder: config schemas still apply.
 */
export class SchemaRegistry {
  private readonly roots = new Map<string, Promise<string>>();
  private readonly sources = new Map<string, SchemaSources>();

  constructor(private readonly fs: FileSystem) {}

  clear(): void {
    this.roots.clear();
    this.sources.forEach((s) => s.clear());
  }

  async forPost(path: string, config: readonly ConfigSchemaEntry[] = [], stopAt?: string): Promise<SchemaLookup & { root: string }> {
    const root = await this.rootOf(dirnameOf(path), stopAt);
    let sources = this.sources.get(root);
    if (!sources) this.sources.set(root, (sources = new SchemaSources(this.fs, root)));
    return { ...(await sources.forPost(path, config)), root };
  }

  private rootOf(dir: string, stopAt: string | undefined): Promise<string> {
    let found = this.roots.get(dir);
    if (!found) {
      found = (async (): Promise<string | undefined> => {
        // A few stats, not a listing: a folder of thousands of posts (or /tmp) is not read whole.
        const has = async (name: string) => (await this.fs.stat(joinPath(dir, name))) !== undefined;
        if ((await has('frontmatter.json')) || (await has('.astro'))) return dir;
        const parent = dirnameOf(dir);
        if (dir === stopAt || parent === dir || (await has('.git'))) return undefined;
        return this.rootOf(parent, stopAt);
      })().then((root) => root ?? dir);
      this.roots.set(dir, found);
    }
    return found;
  }
}
