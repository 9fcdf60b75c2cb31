import { parse as parseYaml } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import { dirnameOf, joinPath, readTextFile, type FileSystem } from '../fs/fileSystem';
import type { Generator } from '../core/types';
import { withoutTrailingSlashes } from '../core/text/trim';

export type { Generator };

/**
 * What a writer may set in the Frontlint config (`site: {...}`) over what the blog's own config
 * says: a permalink pattern for every post, the base URL, or the generator itself.
 */
export interface SiteOptions {
  generator?: Generator;
  /** A pattern with `:year :month :day :title :slug :categories ...`, or a Jekyll style name. */
  permalink?: string;
  baseurl?: string;
}

/** How the blog turns files into URLs, worked out from its generator's config and the overrides. */
export interface SiteConfig {
  generator: Generator;
  /** The site's root folder (where its config is), absolute with `/`. */
  root: string;
  /** Jekyll: the `permalink` setting (style or pattern); Hugo/Astro: an override pattern, if any. */
  permalink?: string;
  /** Path prefix every URL carries (`/blog`), without a trailing slash; '' for none. */
  baseurl: string;
  /** The site's own absolute URL (`https://example.com`), so full links to it count as internal. */
  url?: string;
  /** Where the posts' folders start, relative to the root: Hugo's `contentDir`, Jekyll's `source` ('' for the root itself). */
  contentDir: string;
  /** Hugo: `[permalinks]` per section. */
  sectionPermalinks: Record<string, string>;
  /** Where static files are served from, relative to the root. */
  staticDirs: string[];
  /**
   * Hugo and Hexo: the taxonomies that have a page per term (`/tags/ai/`), by their URL segment,
   * each with the front matter field whose values are its terms (Hugo: `[taxonomies]`).
   */
  taxonomies: Record<string, string>;
  /** Astro with Starlight: its `docs` collection is served from the site's root (`/guides/intro/`). */
  starlight?: boolean;
  /** Jekyll: `collections.posts.permalink`, which posts take over `permalink`. */
  postPermalink?: string;
  /** Hexo: `permalink_defaults`, the values of placeholders a post does not set. */
  permalinkDefaults?: Record<string, string>;
  /** Hexo: `new_post_name`, where new posts are filed (`:year/:title.md`). */
  newPostName?: string;
  /** Hugo: the content folders of languages that have their own (`content/ja`), each with its URL prefix (`/ja`, or '' for the default language at the root). */
  languageDirs?: Array<{ dir: string; prefix: string }>;
  /** A Zola site, read as Hugo's (`config.toml` with `base_url`, `content/`), where they differ. */
  zola?: boolean;
  /** The config file read, for messages. */
  configFile?: string;
}

const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'];
const ASTRO_CONFIGS = ['astro.config.mjs', 'astro.config.ts', 'astro.config.js', 'astro.config.mts', 'astro.config.cjs'];

/**
 * Finds the site that holds `start`: the nearest folder at or above it with a `_config.yml`
 * (Jekyll, or Hexo beside a `source` folder), a Hugo config next to `content/`, or an Astro config. Without one, the site is
 * `start` itself with generator `none`: only relative file links can be checked.
 */
export async function detectSite(fs: FileSystem, start: string, options: SiteOptions = {}): Promise<SiteConfig> {
  const found = await findSiteRoot(fs, start);
  const root = found?.root ?? start;
  const generator = options.generator ?? found?.generator ?? 'none';
  // Hugo's and Hexo's default taxonomies, each with a page per term.
  const taxonomies: Record<string, string> = generator === 'hugo' || generator === 'hexo' ? { tags: 'tags', categories: 'categories' } : {};
  const config: SiteConfig = { generator, root, baseurl: '', contentDir: generator === 'hugo' ? 'content' : '', sectionPermalinks: {}, staticDirs: [''], taxonomies, configFile: found?.configFile };
  if (found && found.generator === generator) await readGeneratorConfig(fs, config, found.configFile);
  if (generator === 'jekyll') config.staticDirs = [config.contentDir];
  if (generator === 'hugo') config.staticDirs = ['static', 'assets'];
  if (generator === 'astro') config.staticDirs = ['public'];
  if (generator === 'hexo') config.staticDirs = ['source'];
  if (options.permalink !== undefined) config.permalink = options.permalink;
  if (options.baseurl !== undefined) config.baseurl = trimBase(options.baseurl);
  return config;
}

/**
 * Files that look like posts but that a generator publishes as none: Hugo's `archetypes/` and
 * Hexo's `scaffolds/` are the templates new posts are made from (`{{ .Date }}`, `{{ title }}`), and
 * Astro leaves a file or folder whose name starts with `_` out of its content collections (a
 * template or a partial). Their placeholder or empty fields are meant. `path` is written with `/`,
 * absolute or from the site's root.
 */
export function isPostTemplate(generator: Generator, path: string): boolean {
  return POST_TEMPLATES[generator]?.test(path) ?? false;
}

const POST_TEMPLATES: Partial<Record<Generator, RegExp>> = {
  astro: /(?:^|\/)src\/content\/(?:[^/]+\/)*_/,
  hugo: /(?:^|\/)archetypes\//,
  hexo: /(?:^|\/)scaffolds\//,
};

/** The nearest folder at or above `start` with a generator's config, up to the repository's root (the config resolver walks the same way). */
export async function findSiteRoot(fs: FileSystem, start: string): Promise<{ root: string; generator: Generator; configFile: string } | undefined> {
  // (Folders that hold `config/` and `content/` but no config file: Hugo's config may be all in
  // `config/_default/`, looked at once the walk is done.)
  let configDir: string | undefined;
  const found = await upToRepositoryRoot(fs, start, (names, dir) => {
    const marker = siteMarker(names);
    if (!marker && configDir === undefined && names.has('config') && names.has('content')) configDir = dir;
    return marker && { root: dir, generator: marker.generator, configFile: joinPath(dir, marker.configFile) };
  });
  // (Only when it is nearer than the site found, if any: the nearest site holds the post.)
  if (configDir === undefined || (found && found.root.length >= configDir.length)) return found;
  const inDefault = new Set((await fs.readDirectory(joinPath(configDir, 'config/_default')))?.map((e) => e.name) ?? []);
  const hugo = HUGO_CONFIGS.find((n) => inDefault.has(n));
  return hugo ? { root: configDir, generator: 'hugo', configFile: joinPath(configDir, `config/_default/${hugo}`) } : found;
}

/**
 * What `look` finds in the names of a folder, trying `start` and each folder above it up to the
 * repository's root: a site does not span repositories.
 */
async function upToRepositoryRoot<T>(fs: FileSystem, start: string, look: (names: ReadonlySet<string>, dir: string) => T | undefined): Promise<T | undefined> {
  for (let dir = start; ; dir = dirnameOf(dir)) {
    const names = new Set((await fs.readDirectory(dir))?.map((e) => e.name) ?? []);
    const found = look(names, dir);
    if (found !== undefined) return found;
    if (names.has('.git') || dir === '/' || dirnameOf(dir) === dir) return undefined;
  }
}

const JEKYLL_CONFIGS = ['_config.yml', '_config.yaml'];

/**
 * How a site with no Jekyll, Hexo, Hugo or Astro config reads front matter, from what is at or
 * above `start` (up to the repository's root): `optional` for a generator that needs none (VitePress
 * and VuePress title a page by its first `#` heading, Docusaurus and MkDocs by that or the file
 * name, Quartz and an Obsidian vault by the file name), `hatena` for a Hatena Blog kept with
 * blogsync, whose fields are capitalised (`Title`, `Date`, `Category`).
 */
export type FrontMatterConvention = 'optional' | 'hatena';

export async function frontMatterConvention(fs: FileSystem, start: string): Promise<FrontMatterConvention | undefined> {
  const found = await upToRepositoryRoot(fs, start, (names): FrontMatterConvention | undefined =>
    OPTIONAL_FRONT_MATTER_MARKERS.some((name) => names.has(name)) ? 'optional' : names.has(BLOGSYNC_CONFIG) ? 'hatena' : undefined,
  );
  return found ?? (BLOGSYNC_LAYOUT.test(start) ? 'hatena' : undefined);
}

/** blogsync's config. It holds the blog's API key, so most repositories leave it out (`.gitignore`). */
const BLOGSYNC_CONFIG = 'blogsync.yaml';
/** Where blogsync writes a post: under a folder named for the blog's Hatena domain, in `entry/`. */
const BLOGSYNC_LAYOUT = /(?:^|\/)[^/]+\.(?:hatenablog\.(?:com|jp)|hateblo\.jp|hatenadiary\.(?:com|jp|org))\/entry(?:\/|$)/i;
export const DOCUSAURUS_CONFIGS = ['docusaurus.config.js', 'docusaurus.config.ts', 'docusaurus.config.mjs'];
const OPTIONAL_FRONT_MATTER_MARKERS = [
  '.vitepress', '.vuepress', ...DOCUSAURUS_CONFIGS, 'mkdocs.yml', 'mkdocs.yaml',
  'quartz.config.ts', 'quartz.config.js', '.obsidian',
];

/** Whether a file of this name can make its folder a site's root: creating, editing or deleting one changes the blog. */
export function isSiteConfigName(name: string): boolean {
  return JEKYLL_CONFIGS.includes(name) || ASTRO_CONFIGS.includes(name) || HUGO_CONFIGS.includes(name) || OPTIONAL_FRONT_MATTER_MARKERS.includes(name) || name === BLOGSYNC_CONFIG;
}

/** The generator whose config is among a folder's entries, if any: the folder is then a site's root. */
export function siteMarker(names: ReadonlySet<string>): { generator: Generator; configFile: string } | undefined {
  const jekyll = JEKYLL_CONFIGS.find((n) => names.has(n));
  // Hexo's `_config.yml` sits beside its `source` folder (posts in `source/_posts`), with the
  // scaffolds, themes or package.json that `hexo init` makes.
  if (jekyll && names.has('source') && (names.has('scaffolds') || names.has('themes') || names.has('package.json'))) return { generator: 'hexo', configFile: jekyll };
  if (jekyll) return { generator: 'jekyll', configFile: jekyll };
  const astro = ASTRO_CONFIGS.find((n) => names.has(n));
  if (astro) return { generator: 'astro', configFile: astro };
  const hugo = HUGO_CONFIGS.find((n) => names.has(n));
  if (hugo && (names.has('content') || names.has('layouts') || names.has('themes') || hugo.startsWith('hugo.'))) return { generator: 'hugo', configFile: hugo };
  return undefined;
}

/** A folder setting as a path relative to the root, without `./` or slashes around it (`.` is the root). */
function folderSetting(value: string): string {
  return withoutTrailingSlashes(value.trim().replace(/^(?:\.?\/)+/, '')).replace(/^\.$/, '');
}

async function readGeneratorConfig(fs: FileSystem, config: SiteConfig, file: string): Promise<void> {
  const text = (await readTextFile(fs, file)) ?? '';
  if (config.generator === 'jekyll') {
    const data = safeYaml(text);
    if (typeof data.permalink === 'string') config.permalink = data.permalink;
    const posts = (data.collections as { posts?: { permalink?: unknown } } | undefined)?.posts;
    if (posts && typeof posts === 'object' && typeof posts.permalink === 'string') config.postPermalink = posts.permalink;
    if (typeof data.baseurl === 'string') config.baseurl = trimBase(data.baseurl);
    if (typeof data.url === 'string' && /^https?:\/\//.test(data.url)) config.url = withoutTrailingSlashes(data.url);
    // Octopress and others keep the site in a folder of its own (`source: source`).
    if (typeof data.source === 'string') config.contentDir = folderSetting(data.source);
  } else if (config.generator === 'hexo') {
    const data = safeYaml(text);
    if (typeof data.permalink === 'string') config.permalink = data.permalink;
    if (typeof data.root === 'string') config.baseurl = trimBase(data.root);
    if (typeof data.new_post_name === 'string') config.newPostName = data.new_post_name;
    const defaults = data.permalink_defaults;
    if (defaults && typeof defaults === 'object') {
      config.permalinkDefaults = Object.fromEntries(Object.entries(defaults as Record<string, unknown>).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => [k, String(v)]));
    }
    const tagDir = typeof data.tag_dir === 'string' ? folderSetting(data.tag_dir) : 'tags';
    const categoryDir = typeof data.category_dir === 'string' ? folderSetting(data.category_dir) : 'categories';
    config.taxonomies = { [tagDir]: 'tags', [categoryDir]: 'categories' };
    if (typeof data.url === 'string' && /^https?:\/\//.test(data.url)) config.url = withoutTrailingSlashes(data.url);
  } else if (config.generator === 'hugo') {
    const data = file.endsWith('.toml') ? safeToml(text) : safeYaml(text);
    // In `config/_default/`, a setting may have a file of its own (`permalinks.toml`, `languages.toml`).
    if (/\/config\/_default\/[^/]+$/.test(file)) {
      for (const key of ['permalinks', 'languages', 'taxonomies']) {
        if (data[key] !== undefined) continue;
        for (const ext of ['toml', 'yaml', 'yml']) {
          const own = await readTextFile(fs, joinPath(dirnameOf(file), `${key}.${ext}`));
          if (own !== undefined) {
            data[key] = ext === 'toml' ? safeToml(own) : safeYaml(own);
            break;
          }
        }
      }
    }
    // Zola's config has `base_url` where Hugo's has `baseURL`.
    if (typeof data.base_url === 'string' && data.baseURL === undefined && data.baseurl === undefined) config.zola = true;
    const base = typeof data.baseURL === 'string' ? data.baseURL : typeof data.baseurl === 'string' ? data.baseurl : typeof data.base_url === 'string' ? data.base_url : undefined;
    if (base) {
      const match = /^(https?:\/\/[^/]+)(\/.*)?$/.exec(base);
      if (match) config.url = match[1];
      config.baseurl = trimBase(match ? (match[2] ?? '') : base);
    }
    if (typeof data.contentDir === 'string') config.contentDir = folderSetting(data.contentDir);
    config.languageDirs = languageDirs(data);
    // `[taxonomies]` replaces the defaults: `tag = "tags"` (singular = plural, the field and the URL segment).
    if (data.taxonomies && typeof data.taxonomies === 'object') {
      config.taxonomies = Object.fromEntries(Object.values(data.taxonomies as Record<string, unknown>).filter((plural): plural is string => typeof plural === 'string' && plural !== '').map((plural) => [plural.toLowerCase(), plural]));
    }
    const permalinks = data.permalinks;
    if (permalinks && typeof permalinks === 'object') {
      for (const [section, pattern] of Object.entries(permalinks as Record<string, unknown>)) {
        if (typeof pattern === 'string') config.sectionPermalinks[section] = pattern;
        // Hugo 0.112+: `[permalinks.page]`
        else if (section === 'page' && pattern && typeof pattern === 'object') {
          for (const [s, p] of Object.entries(pattern as Record<string, unknown>)) if (typeof p === 'string') config.sectionPermalinks[s] = p;
        }
      }
    }
  } else if (config.generator === 'astro') {
    const base = /\bbase\s*:\s*['"`]([^'"`]+)['"`]/.exec(text);
    if (base) config.baseurl = trimBase(base[1]);
    const site = /\bsite\s*:\s*['"`](https?:\/\/[^'"`]+)['"`]/.exec(text);
    if (site) config.url = withoutTrailingSlashes(site[1]);
    if (/['"]@astrojs\/starlight['"]/.test(text)) config.starlight = true;
  }
}

/**
 * Hugo's `[languages.ja] contentDir = "content/ja"`: each such language's pages are a site of their
 * own, under `/ja/` (the default language at the root unless `defaultContentLanguageInSubdir`).
 */
function languageDirs(data: Record<string, unknown>): Array<{ dir: string; prefix: string }> | undefined {
  const languages = data.languages;
  if (!languages || typeof languages !== 'object') return undefined;
  const defaultLanguage = typeof data.defaultContentLanguage === 'string' ? data.defaultContentLanguage.toLowerCase() : 'en';
  const inSubdir = data.defaultContentLanguageInSubdir === true;
  const dirs: Array<{ dir: string; prefix: string }> = [];
  for (const [code, settings] of Object.entries(languages as Record<string, unknown>)) {
    const dir = settings && typeof settings === 'object' ? (settings as Record<string, unknown>).contentDir : undefined;
    if (typeof dir !== 'string' || folderSetting(dir) === '') continue;
    const lang = code.toLowerCase();
    dirs.push({ dir: folderSetting(dir), prefix: lang === defaultLanguage && !inSubdir ? '' : `/${lang}` });
  }
  return dirs.length > 0 ? dirs : undefined;
}

function trimBase(base: string): string {
  const trimmed = withoutTrailingSlashes(base.trim());
  return trimmed === '' ? '' : trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function safeYaml(text: string): Record<string, unknown> {
  try {
    const data = parseYaml(text, { maxAliasCount: 100 });
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function safeToml(text: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}
