import { dirnameOf, joinPath } from '../fs/fileSystem';
import { withoutTrailingSlashes } from '../core/text/trim';
import type { BlogIndex } from './blogIndex';
import { DOCUSAURUS_CONFIGS } from './siteConfig';
import { permalinkOf, urlKey } from './permalink';
import { anchorsOf, type IndexedLink, type PostEntry } from './postEntry';

export type Resolution =
  /** Resolves to a post (or a file); `target` is the post when it is one. */
  | { status: 'ok'; target?: PostEntry }
  /** Resolves to nothing. `path` is what was looked for, decoded. */
  | { status: 'broken'; path: string; style: LinkStyle }
  /** The post exists, but has no heading for the `#fragment`. */
  | { status: 'no-anchor'; target: PostEntry; fragment: string }
  /** Not ours to check: an external URL, a template expression, an asset the build may make. */
  | { status: 'skipped' };

/** How the link was written, so that a suggested fix keeps the style. */
export interface LinkStyle {
  /** `url`: a URL path; `file`: a relative or root file path; `content`: Zola's `@/` path from the content folder; `post-name`: `{% post_url %}` or `{% post_link %}`. */
  form: 'url' | 'file' | 'content' | 'post-name';
  /** What came before the path as written: `{{ site.baseurl }}`, the site's own URL, ''. */
  prefix: string;
  /** Whether the written path carried the base URL. */
  withBase: boolean;
  encoded: boolean;
  /** `#fragment` and `?query` as written, kept by a fix. */
  suffix: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const LIQUID_BASE = /^\{\{-?\s*(?:site\.url\s*\}\}\s*\{\{-?\s*)?site\.(?:baseurl|url)\s*-?\}\}/;
/** Extensions of pages; any other extension is an asset the build may generate (feed.xml, a resized image). */
const PAGE_EXTENSION = /\.(?:html?|md|markdown|mdx)$/i;
const ANY_EXTENSION = /\.[A-Za-z0-9]{1,5}$/;

/** The folder that Zola's `@/` paths start from. */
export const contentFolder = (site: BlogIndex['site']) => site.contentDir || 'content';

/** Resolves one link of `from` against the blog. Never touches the network. */
export function resolveLink(index: BlogIndex, from: PostEntry, link: IndexedLink): Resolution {
  const { site } = index;
  if (link.kind === 'post-url') {
    if (link.target.includes('{{')) return { status: 'skipped' };
    const target = index.postNamed(link.target);
    return target ? { status: 'ok', target } : { status: 'broken', path: link.target, style: { form: 'post-name', prefix: '', withBase: false, encoded: false, suffix: '' } };
  }
  if (link.kind === 'post-link') return site.generator === 'hexo' ? resolvePostLink(index, link.target) : { status: 'skipped' };
  if (link.kind === 'liquid-link' || link.kind === 'hugo-ref') return resolveTagPath(index, from, link);

  let written = link.target.trim();
  let prefix = '';
  const liquid = LIQUID_BASE.exec(written);
  if (liquid) {
    prefix = liquid[0];
    written = written.slice(prefix.length);
  }
  if (written.includes('{{') || written.includes('{%')) return { status: 'skipped' };
  if (SCHEME.test(written) || written.startsWith('//')) {
    const own = ownUrlPrefix(site.url, written);
    if (!own) return { status: 'skipped' };
    prefix += own;
    written = written.slice(own.length) || '/';
  }
  const cut = written.search(/[?#]/);
  const pathPart = cut < 0 ? written : written.slice(0, cut);
  const suffix = cut < 0 ? '' : written.slice(cut);
  const fragment = /#(.*)$/.exec(suffix)?.[1] ?? '';
  const path = decode(pathPart);
  const style = (form: LinkStyle['form'], withBase = false): LinkStyle => ({ form, prefix, withBase, encoded: pathPart.includes('%'), suffix });

  if (path === '') return from.include ? { status: 'skipped' } : checkFragment(from, fragment);

  // Zola's internal link: `@/blog/post.md` is a file under the content folder, wherever the post is
  // (Zola stops its build on one that is missing). A Zola site reads as Hugo's (config.toml, content/).
  if (path.startsWith('@/')) {
    const file = joinPath(site.root, contentFolder(site), path.slice(2));
    const target = index.get(file);
    if (target) return fragment ? checkFragment(target, fragment) : { status: 'ok', target };
    return index.hasFile(file) ? { status: 'ok' } : { status: 'broken', path, style: style('content') };
  }

  if (/\.(?:md|markdown|mdx)$/i.test(path)) {
    const files = path.startsWith('/') ? rootedFileCandidates(index, from.path, path) : [joinPath(dirnameOf(from.path), path)];
    for (const file of files) {
      const target = index.get(file);
      if (target) return fragment ? checkFragment(target, fragment) : { status: 'ok', target };
      if (index.hasFile(file)) return { status: 'ok' };
    }
    return { status: 'broken', path, style: style('file') };
  }
  if (site.generator === 'none') {
    // Without a generator, only files can be checked: a relative link to one that exists is fine.
    if (!path.startsWith('/') && index.hasFile(joinPath(dirnameOf(from.path), path))) return { status: 'ok' };
    return { status: 'skipped' };
  }
  const urlPath = path.startsWith('/') ? path : relativeUrl(from.permalink, path);
  if (urlPath === undefined) return { status: 'skipped' };
  const withoutBase = site.baseurl && (urlPath === site.baseurl || urlPath.startsWith(`${site.baseurl}/`)) ? urlPath.slice(site.baseurl.length) || '/' : undefined;
  for (const candidate of withoutBase !== undefined ? [urlPath, site.baseurl + withoutBase] : [urlPath, site.baseurl + urlPath]) {
    const target = index.postAt(candidate);
    if (target) return fragment ? checkFragment(target, fragment) : { status: 'ok', target };
  }
  // Only when the post's own URL found nothing: its URL from the file path (Astro, see pathBasedUrl).
  if (!path.startsWith('/')) {
    const fromPath = pathBasedUrl(index, from);
    const target = fromPath === undefined ? undefined : index.postAt(relativeUrl(fromPath, path) ?? '');
    if (target) return fragment ? checkFragment(target, fragment) : { status: 'ok', target };
  }
  const sitePath = withoutBase ?? urlPath;
  for (const dir of site.staticDirs) {
    const file = underFolder(site.root, dir, sitePath);
    if (index.hasFile(file) || index.hasFile(joinPath(file, 'index.html'))) return { status: 'ok' };
  }
  if (ANY_EXTENSION.test(sitePath) && !PAGE_EXTENSION.test(sitePath)) return { status: 'skipped' };
  if (urlKey(sitePath) === '/') return { status: 'ok' }; // the home page
  if (isTermPage(index, sitePath)) return { status: 'ok' };
  if (!looksLikePostUrl(index, sitePath)) return { status: 'skipped' };
  return { status: 'broken', path: urlPath, style: style('url', withoutBase !== undefined) };
}

/**
 * Where a file path from a root (`/blog/2021/post.mdx`) may be: under the site's root, or, on a
 * Docusaurus site, under its site folder or a content folder (`blog/`, `docs/`: a folder of the
 * site's folder), as Docusaurus reads it. Either may lie between the folder linted and the post.
 */
function rootedFileCandidates(index: BlogIndex, from: string, path: string): string[] {
  const { root } = index.site;
  const candidates = [underFolder(root, path)];
  const isSiteFolder = (dir: string) => DOCUSAURUS_CONFIGS.some((name) => index.hasFile(joinPath(dir, name)));
  for (let dir = dirnameOf(from); dir.length > root.length && dir.startsWith(`${root}/`); dir = dirnameOf(dir)) {
    if (isSiteFolder(dir) || isSiteFolder(dirnameOf(dir))) candidates.push(underFolder(dir, path));
  }
  return candidates;
}

/** `parts` under `folder`, a leading `/` included (`joinPath` starts again from the disk's root at one). */
const underFolder = (folder: string, ...parts: string[]) => joinPath(folder, ...parts.map((part) => part.replace(/^\/+/, '')));

/**
 * An Astro post's URL from its file path alone, when a `slug` field makes its URL another: a
 * collection's own `generateId` may ignore the field (a real blog's `slug: "mapgen/random-2d-points"`
 * for `mapgen/random-2d-points/part1.mdx`, whose relative links start from the file's URL). Which
 * one the site serves is in its config's code; a relative link that resolves from either is kept.
 */
function pathBasedUrl(index: BlogIndex, from: PostEntry): string | undefined {
  if (index.site.generator !== 'astro' || from.slug === undefined) return undefined;
  return permalinkOf({ rel: from.rel, title: from.title, date: from.date, categories: from.categories, hasFrontMatter: from.hasFrontMatter }, index.site);
}

/**
 * The site's own URL as `written` starts with it, http or https alike (a post of 2013 links to the
 * site as `http://…` that its config now names `https://…`); undefined for another site.
 */
function ownUrlPrefix(siteUrl: string | undefined, written: string): string | undefined {
  if (!siteUrl) return undefined;
  const host = siteUrl.replace(/^https?:/i, '');
  const scheme = /^(?:https?:)?/i.exec(written)![0];
  const rest = written.slice(scheme.length);
  return rest === host || rest.startsWith(`${host}/`) ? scheme + host : undefined;
}

/**
 * Whether a URL path is shaped like the blog's post URLs: it shares its first segment with some
 * post's permalink, has a date in it, or fits a permalink pattern that starts with a placeholder. Other paths (`/about/`, `/tags/ai/`) are pages the
 * generator makes from layouts, which the index cannot see.
 */
function looksLikePostUrl(index: BlogIndex, path: string): boolean {
  if (/\/\d{4}\/\d{2}\//.test(path)) return true;
  const segments = urlKey(path).split('/').slice(1);
  if (index.firstSegments().has(segments[0] ?? '')) return true;
  // A pattern that starts with a placeholder (`/:title/`, the site's or a Hugo section's) puts posts at any first segment.
  const patterns = [index.site.permalink, ...Object.values(index.site.sectionPermalinks)];
  return patterns.some((pattern) => pattern?.startsWith('/:') && urlKey(pattern).split('/').length - 1 === segments.length);
}

/**
 * A page Hugo or Hexo makes for a taxonomy (`/tags/`) or one of its terms (`/tags/observability/`),
 * which some post lists. Terms of a taxonomy the index does not read (Hugo's `series`) count too.
 */
function isTermPage(index: BlogIndex, path: string): boolean {
  const [taxonomy, term, ...rest] = urlKey(path).split('/').slice(1);
  const field = taxonomy !== undefined && Object.hasOwn(index.site.taxonomies, taxonomy) ? index.site.taxonomies[taxonomy] : undefined;
  if (field === undefined || rest.length > 0) return false;
  if (term === undefined || term === '') return true;
  return field === 'tags' || field === 'categories' ? index.hasTerm(field, term) : true;
}

/** `{% link path %}` (from the site root) and Hugo's `ref "path"` (from the content folder or this post). */
function resolveTagPath(index: BlogIndex, from: PostEntry, link: IndexedLink): Resolution {
  const { site } = index;
  const [pathPart, fragment = ''] = link.target.split('#');
  if (pathPart.includes('{{')) return { status: 'skipped' };
  const style: LinkStyle = { form: 'file', prefix: '', withBase: false, encoded: false, suffix: '' };
  // Paths start from the site's source (Jekyll) or content folder (Hugo); a leading `/` too, not the disk's root.
  const fromTop = pathPart.replace(/^\/+/, '');
  // Hugo resolves `ref` within the page's own language, whose content folder may be its own (`content/ja`).
  const languageDir = link.kind === 'hugo-ref' ? site.languageDirs?.find((l) => from.rel.startsWith(`${l.dir}/`))?.dir : undefined;
  const inContent = joinPath(site.root, languageDir ?? site.contentDir, fromTop);
  const candidates =
    link.kind === 'liquid-link'
      ? [inContent]
      : [inContent, ...(pathPart.startsWith('/') ? [] : [joinPath(dirnameOf(from.path), pathPart)])].flatMap((p) => (/\.(?:md|markdown|mdx)$/.test(p) ? [p] : [`${p}.md`, `${p}/index.md`, `${p}/_index.md`, p]));
  for (const file of candidates) {
    // Hugo looks pages up without case (`ref "/docs/faq/general"` finds `docs/FAQ/general.md`).
    const target = index.get(file) ?? (link.kind === 'hugo-ref' ? index.getIgnoringCase(file) : undefined);
    if (target) return fragment ? checkFragment(target, fragment) : { status: 'ok', target };
    if (index.hasFile(file)) return { status: 'ok' };
  }
  if (link.kind === 'hugo-ref' && isTermPage(index, `/${fromTop}`)) return { status: 'ok' };
  // A section: Hugo makes a list page for each folder at the top of the content, `_index.md` or not (`ref "/posts/"`).
  const section = withoutTrailingSlashes(fromTop);
  if (link.kind === 'hugo-ref' && section !== '' && !section.includes('/') && index.holdsPostsIn(inContent)) return { status: 'ok' };
  if (link.kind === 'hugo-ref' && !pathPart.includes('/')) {
    // Hugo finds a bare name anywhere in the content.
    const name = pathPart.replace(/\.(?:md|markdown|mdx)$/, '');
    for (const entry of index.posts()) if (entry.rel.endsWith(`/${name}.md`) || entry.rel.endsWith(`/${name}/index.md`)) return { status: 'ok', target: entry };
  }
  return { status: 'broken', path: pathPart, style };
}

/**
 * Hexo's `{% post_link slug#fragment %}` and `{% post_path slug %}`: the post with that slug, or
 * else the one with that title (Hexo's own order). Hexo stops the build on a post it cannot find.
 * Only the posts of `source/_posts` have slugs; pages do not.
 */
function resolvePostLink(index: BlogIndex, written: string): Resolution {
  if (written.includes('{{')) return { status: 'skipped' };
  const hash = written.indexOf('#');
  const slug = hash < 0 ? written : written.slice(0, hash);
  const fragment = hash < 0 ? '' : written.slice(hash + 1);
  // A `slug` field counts too: it sets the post's `:title` in the permalink (see permalink.ts).
  const target = index.postNamed(slug) ?? [...index.posts()].find((entry) => entry.rel.startsWith('source/_posts/') && (entry.title === slug || entry.slug === slug));
  if (target) return checkFragment(target, fragment);
  return { status: 'broken', path: slug, style: { form: 'post-name', prefix: '', withBase: false, encoded: false, suffix: hash < 0 ? '' : written.slice(hash) } };
}

function checkFragment(target: PostEntry, fragment: string): Resolution {
  if (!fragment) return { status: 'ok', target };
  const decoded = decode(fragment);
  const anchors = anchorsOf(target);
  if (anchors.has(decoded) || anchors.has(decoded.toLowerCase()) || anchors.has(decoded.normalize('NFC'))) return { status: 'ok', target };
  return { status: 'no-anchor', target, fragment: decoded };
}

/** Resolves a relative URL against the post's own URL, as a browser does. */
function relativeUrl(base: string | undefined, path: string): string | undefined {
  if (base === undefined) return undefined;
  try {
    return decode(new URL(encodeURI(path), `http://x${base}`).pathname);
  } catch {
    return undefined;
  }
}

/** Percent-decoding that keeps malformed escapes as written. */
export function decode(text: string): string {
  if (!text.includes('%')) return text.normalize('NFC');
  try {
    return decodeURIComponent(text).normalize('NFC');
  } catch {
    return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    }).normalize('NFC');
  }
}
