import type { SiteConfig } from './siteConfig';

/** What a post's URL is made of, read from its path and front matter. */
export interface PermalinkInput {
  /** Path relative to the site root, with `/`. */
  rel: string;
  title?: string;
  /** `YYYY-MM-DD...` as written in the front matter, if any. */
  date?: string;
  slug?: string;
  /** Front matter `permalink` (Jekyll) or `url` (Hugo): the post's own URL or pattern. */
  permalink?: string;
  url?: string;
  categories: string[];
  hasFrontMatter: boolean;
  /** Hexo: the post's other fields, for placeholders that name them (`:postid`). */
  fields?: Record<string, string>;
}

const JEKYLL_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

const POST_FILE = /^(?:(.*)\/)?_posts\/(?:.*\/)?(\d{4})-(\d{2})-(\d{2})-([^/]+)\.(?:md|markdown|mdx|html)$/;
const MARKDOWN_EXT = /\.(?:md|markdown|mdx)$/i;

/** The post's URL path, with the base URL, or undefined when the generator gives it none. */
export function permalinkOf(input: PermalinkInput, site: SiteConfig): string | undefined {
  const path =
    site.generator === 'jekyll' ? jekyll(input, site) : site.generator === 'hexo' ? hexo(input, site) : site.generator === 'hugo' ? hugo(input, site) : site.generator === 'astro' ? astro(input, site) : undefined;
  return path === undefined ? undefined : site.baseurl + cleanPath(path);
}

function jekyll(input: PermalinkInput, site: SiteConfig): string | undefined {
  if (!input.hasFrontMatter) return undefined; // Jekyll copies such files as they are
  // Paths count from the `source` folder; Jekyll builds nothing outside it.
  const source = site.contentDir ? `${site.contentDir}/` : '';
  if (!input.rel.startsWith(source)) return undefined;
  const rel = input.rel.slice(source.length);
  const post = POST_FILE.exec(rel);
  if (post) {
    const [, prefix, year, month, day, name] = post;
    const folderCategories = prefix ? prefix.split('/').filter((s) => s && !s.startsWith('_')) : [];
    const date = dateParts(input.date, true) ?? { year, month, day };
    const titlePart = input.slug !== undefined ? slugify(input.slug, 'pretty', true) : slugify(name, 'pretty', true);
    const slugPart = slugify(input.slug ?? name, 'default', false);
    const pattern = input.permalink ?? site.postPermalink ?? site.permalink ?? 'date';
    return expand(JEKYLL_STYLES[pattern] ?? pattern, {
      ...dateVars(date),
      title: titlePart,
      slug: slugPart,
      name: titlePart,
      categories: [...folderCategories, ...input.categories].map((c) => c.toLowerCase()).join('/'),
      output_ext: '.html',
    });
  }
  if (rel.split('/').some((s) => s.startsWith('_') || s.startsWith('.'))) return undefined; // drafts, includes, collections
  if (input.permalink) return input.permalink;
  return pageUrl(rel.replace(MARKDOWN_EXT, ''), site.permalink === 'pretty' || (site.permalink?.endsWith('/') ?? false));
}

/** A page's URL from its path without the extension: an `index` is its folder's; others `.html`, or a folder when `pretty`. */
function pageUrl(page: string, pretty: boolean): string {
  if (page === 'index' || page.endsWith('/index')) return `/${page.slice(0, -'index'.length)}`;
  return pretty ? `/${page}/` : `/${page}.html`;
}

/**
 * Hexo: a post in `source/_posts` goes where `permalink` (`:year/:month/:day/:title/` by default)
 * puts it, `:title` being its path under `_posts` without the extension; its date comes from its
 * front matter (Hexo falls back to the file's time, which the index cannot know: no URL then). Any
 * other Markdown file under `source` (not in a `_` folder) is a page at its path, as `.html`.
 */
function hexo(input: PermalinkInput, site: SiteConfig): string | undefined {
  const post = /^source\/_posts\/(.+)\.(?:md|markdown)$/i.exec(input.rel);
  if (post) {
    if (input.permalink) return input.permalink;
    const date = dateParts(input.date, true);
    if (!date) return undefined;
    const title = input.slug ?? post[1];
    // Any front matter field may be a placeholder, and `permalink_defaults` fills those a post lacks.
    return expand(site.permalink ?? ':year/:month/:day/:title/', {
      ...site.permalinkDefaults,
      ...input.fields,
      ...dateVars(date),
      title,
      name: title.slice(title.lastIndexOf('/') + 1),
      post_title: hexoSlug(input.title ?? ''),
      category: input.categories.map((c) => c.replace(/\s+/g, '-')).join('/'),
    });
  }
  const page = /^source\/(.+)\.(?:md|markdown)$/i.exec(input.rel);
  if (!page || page[1].split('/').some((s) => s.startsWith('_'))) return undefined;
  return input.permalink || pageUrl(page[1], false);
}

/**
 * A title as Hexo's `:post_title` writes it (hexo-util's `slugize`, lower case): Latin accents
 * dropped, control characters removed, each run of spaces and ASCII punctuation one `-`.
 */
function hexoSlug(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'<>,.?\/]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

const ZOLA_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)?[_-]/;

function hugo(input: PermalinkInput, site: SiteConfig): string | undefined {
  // A language with a content folder of its own: its pages' paths start there, under its prefix.
  const language = site.languageDirs?.find((l) => input.rel.startsWith(`${l.dir}/`));
  const url = hugoPath(input, language ? { ...site, contentDir: language.dir } : site);
  return url === undefined || !language ? url : `${language.prefix}${url}`;
}

function hugoPath(input: PermalinkInput, site: SiteConfig): string | undefined {
  const prefix = site.contentDir ? `${site.contentDir}/` : '';
  if (!input.rel.startsWith(prefix) || !MARKDOWN_EXT.test(input.rel)) return undefined;
  const segments = input.rel.slice(prefix.length).replace(MARKDOWN_EXT, '').split('/');
  const base = segments.pop()!;
  if (base === '_index') return `/${segments.map(hugoSanitize).join('/')}/`.toLowerCase();
  const bundle = base === 'index';
  // Zola takes a date that opens the name (`2023-01-02-post.md`, `2023-01-02_post/index.md`) for the page's date, not its URL.
  const named = bundle ? segments.pop() ?? '' : base;
  const name = site.zola ? named.replace(ZOLA_DATE_PREFIX, '') || named : named;
  if (input.url) return publishedUrl(input.url);
  const section = segments[0] ?? '';
  const pattern = site.permalink ?? site.sectionPermalinks[section];
  if (pattern) {
    const date = dateParts(input.date);
    const titleSlug = urlize(input.title ?? name);
    return publishedUrl(expand(pattern, {
      ...(date ? dateVars(date) : {}),
      title: titleSlug,
      slug: input.slug !== undefined ? urlize(input.slug) : titleSlug,
      slugorfilename: input.slug !== undefined ? urlize(input.slug) : name,
      slugorcontentbasename: input.slug !== undefined ? urlize(input.slug) : name,
      filename: name,
      contentbasename: name,
      section,
      sections: segments.join('/'),
      categories: input.categories.map(urlize).join('/'),
    }).toLowerCase());
  }
  return `/${[...segments, input.slug !== undefined ? input.slug : name].map(hugoSanitize).join('/')}/`.toLowerCase();
}

/**
 * The URL Hugo serves a page at: it publishes `/a/b` as `/a/b/index.html` (unless the path has an
 * extension), so the page is `/a/b/`, and a relative link in it starts from there.
 */
function publishedUrl(url: string): string {
  return url.endsWith('/') || /\.[A-Za-z0-9]+$/.test(url) ? url : `${url}/`;
}

function astro(input: PermalinkInput, site: SiteConfig): string | undefined {
  const content = /^src\/content\/([^/]+)\/(.+)$/.exec(input.rel);
  const pages = /^src\/pages\/(.+)$/.exec(input.rel);
  if (pages && MARKDOWN_EXT.test(pages[1])) {
    const page = pages[1].replace(MARKDOWN_EXT, '');
    return `/${page === 'index' ? '' : page.replace(/\/index$/, '')}/`;
  }
  if (!content || !MARKDOWN_EXT.test(content[2])) return undefined;
  const [, collection, file] = content;
  if (file.split('/').some((s) => s.startsWith('_'))) return undefined; // Astro ignores these
  const id = file.replace(MARKDOWN_EXT, '').replace(/(^|\/)index$/, '');
  const slug = input.slug ?? id.split('/').map(githubSlugger).join('/');
  if (site.permalink) {
    const date = dateParts(input.date);
    return expand(site.permalink, { ...(date ? dateVars(date) : {}), collection, slug, title: slug, filename: slug, categories: input.categories.join('/') });
  }
  // Starlight serves its docs from the root: `src/content/docs/ja/guide.md` is `/ja/guide/`.
  if (collection === 'docs' && site.starlight) return slug === '' ? '/' : `/${slug}/`;
  return `/${collection}/${slug}/`;
}

/** Replaces `:name` placeholders; unknown ones stay as written. */
function expand(pattern: string, vars: Record<string, string>): string {
  return pattern.replace(/:([a-z_]+)/g, (whole, name: string) => vars[name] ?? whole);
}

interface DateParts {
  year: string;
  month: string;
  day: string;
}

/** The date of a `date` value; `slashes`: `2019/07/17` too, which Jekyll (Ruby's Time.parse) reads and Hugo does not. */
function dateParts(date: string | undefined, slashes = false): DateParts | undefined {
  const m = date ? (slashes ? /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})/ : /^(\d{4})(-)(\d{1,2})-(\d{1,2})/).exec(date) : null;
  return m ? { year: m[1], month: m[3].padStart(2, '0'), day: m[4].padStart(2, '0') } : undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function dateVars({ year, month, day }: DateParts): Record<string, string> {
  const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const yearDay = Math.floor((utc.getTime() - Date.UTC(Number(year), 0, 1)) / 86_400_000) + 1;
  const thursday = new Date(utc.getTime() + (3 - ((utc.getUTCDay() + 6) % 7)) * 86_400_000);
  const week = Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86_400_000 / 7) + 1;
  return {
    year,
    short_year: year.slice(2),
    month,
    i_month: String(Number(month)),
    short_month: MONTHS[Number(month) - 1] ?? month,
    long_month: LONG_MONTHS[Number(month) - 1] ?? month,
    day,
    i_day: String(Number(day)),
    y_day: String(yearDay).padStart(3, '0'),
    week: String(week).padStart(2, '0'),
    short_day: DAYS[utc.getUTCDay()] ?? '',
  };
}

/**
 * Jekyll's `Utils.slugify`: `pretty` keeps letters, digits and `._~!$&'()+,;=@`; `default` keeps
 * letters and digits; everything else becomes `-`. Letters include Japanese.
 */
export function slugify(text: string, mode: 'pretty' | 'default', cased: boolean): string {
  const kept = mode === 'pretty' ? /[^\p{L}\p{N}\p{M}._~!$&'()+,;=@]+/gu : /[^\p{L}\p{N}\p{M}]+/gu;
  const slug = text.replace(kept, '-').replace(/^-+|-+$/g, '');
  return cased ? slug : slug.toLowerCase();
}

/** Hugo's `urlize`: its path sanitizing, in lower case. */
function urlize(text: string): string {
  return hugoSanitize(text.trim()).toLowerCase();
}

/**
 * How Hugo makes a path from a file name or a slug (`UnicodeSanitize`): letters, digits, marks and
 * `._-/\\#+~@` stay, as does a `%` escape; a run of spaces before kept text becomes one `-`;
 * anything else goes (`ci-cd-cd, oh my.md` is published at `/posts/ci-cd-cd-oh-my/`).
 */
function hugoSanitize(text: string): string {
  let out = '';
  let hyphen = false;
  const chars = [...text];
  chars.forEach((c, i) => {
    const kept = /[\p{L}\p{Nd}\p{M}._\-/\\#+~@]/u.test(c) || (c === '%' && /^[0-9A-Fa-f]{2}$/.test((chars[i + 1] ?? '') + (chars[i + 2] ?? '')));
    if (kept) {
      if (hyphen) out += '-';
      hyphen = false;
      out += c;
    } else if (out !== '' && /\s/u.test(c)) {
      hyphen = true;
    }
  });
  return out;
}

/** github-slugger, as Astro slugs file names: lower case, punctuation dropped, spaces to `-`. */
function githubSlugger(segment: string): string {
  return segment.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

function cleanPath(path: string): string {
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  return withSlash.replace(/\/{2,}/g, '/');
}

/**
 * The form URLs are compared in: percent-decoded, NFC, without `index.html`, `.html` or a
 * trailing slash (`/a/b/`, `/a/b`, `/a/b.html` and `/a/b/index.html` are one page on the
 * static hosts these blogs use).
 */
export function urlKey(path: string): string {
  let key = urlKeys.get(path);
  if (key === undefined) {
    // Bounded: the editor's index lives as long as the window.
    if (urlKeys.size >= 100_000) urlKeys.clear();
    urlKeys.set(path, (key = makeUrlKey(path)));
  }
  return key;
}

/** Link targets repeat across posts (ten links to each post in a blog): each is keyed once. */
const urlKeys = new Map<string, string>();

function makeUrlKey(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // kept as written
  }
  const key = decoded.normalize('NFC').replace(/\/{2,}/g, '/').replace(/\/index\.html?$/, '/').replace(/\.html?$/, '').replace(/\/+$/, '');
  return key === '' ? '/' : key.startsWith('/') ? key : `/${key}`;
}
