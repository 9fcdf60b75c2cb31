import { anchorSources, extractLinks, headingAnchors, type AnchorSources, type LinkKind } from '../core/parse/links';
import { isIncludeFragment, keyInAnyCase, plainValue, valueSpanOf, type FrontMatter } from '../core/parse/frontMatter';
import { parsePost, type Post } from '../core/post';
import { parseDirectives } from '../core/parse/directives';
import { findMergeConflicts, inConflict } from '../core/parse/mergeConflicts';
import { BLOG_RULE_IDS } from '../core/rules/blogRules';
import type { Generator, Range } from '../core/types';
import { leftInItsLanguage, missingTitleTerms, mostFrequentProperNoun, titleTerms } from './titleTerms';

/** One outgoing link, as the index keeps it. */
export interface IndexedLink {
  kind: LinkKind;
  text: string;
  target: string;
  range: Range;
  targetRange: Range;
}

/** What the index knows of one post: its front matter, links and anchors, read once. */
export interface PostEntry {
  /** Absolute path with `/`. */
  path: string;
  /** Path relative to the site root. */
  rel: string;
  hasFrontMatter: boolean;
  title?: string;
  titleRange?: Range;
  date?: string;
  tags: string[];
  categories: string[];
  lang?: string;
  model?: string;
  translated: boolean;
  generated: boolean;
  slug?: string;
  /** A fragment other pages include (see `isIncludeFragment`): its `#fragment` links are theirs. */
  include?: boolean;
  /** Front matter `permalink` (Jekyll) and `url` (Hugo). */
  permalinkField?: string;
  urlField?: string;
  /** Hexo: the post's other scalar fields, which its permalink may name (`:postid`). */
  permalinkVars?: Record<string, string>;
  /** The URL path the generator gives the post (with the base URL), if it gives one. */
  permalink?: string;
  links: IndexedLink[];
  /** What heading anchors are made from, for `#fragment` checks (see `anchorsOf`). */
  anchorSources: AnchorSources;
  /** The title's proper-noun-like terms (keys), for the blog's document frequency. */
  titleTermKeys: string[];
  /** For translated or generated posts: the title's subject when the body never has it, and the body's most frequent proper noun. */
  missingTitleTerms: Array<{ term: string; key: string }>;
  bodyNoun?: string;
  /** `rule:line` pairs that the post's disable comments turn off, on the lines blog findings can be on. */
  suppressed: string[];
}

/** Reads one post into an index entry, with the engine's own parsers, as the blog's generator reads it. */
export function readEntry(path: string, rel: string, text: string, generator?: Generator): PostEntry {
  const mdx = /\.mdx$/i.test(path);
  return entryFromPost(path, rel, parsePost(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { mdx, generator }), mdx);
}

/** An index entry from a post already parsed (the editor's lint result), so typing parses once. */
export function entryFromPost(path: string, rel: string, post: Post, mdx = /\.mdx$/i.test(path)): PostEntry {
  const fm = post.frontMatter;
  // Hugo reads front matter keys in any case (`URL:`, `Title:`): the key as the post writes it.
  const keyOf = (name: string) => (post.generator === 'hugo' && fm ? (keyInAnyCase(fm.fields, name) ?? name) : name);
  const str = (key: string) => stringField(fm, keyOf(key));
  const title = str('title');
  const titleSpan = valueSpanOf(fm, keyOf('title'));
  // The links of an unresolved merge conflict are two drafts' (merge-conflict reports it): the blog rules pass over them.
  const conflicts = findMergeConflicts(post);
  const links: IndexedLink[] = extractLinks(post)
    .filter((l) => conflicts.length === 0 || !inConflict(conflicts, l.span))
    .map((l) => ({
      kind: l.kind,
      text: l.text,
      target: l.target,
      range: post.lines.rangeOf(l.span),
      targetRange: post.lines.rangeOf(l.targetSpan),
    }));
  const translated = plainValue(fm, 'translated') === true;
  const generated = plainValue(fm, 'generated') === true;
  const terms = title ? titleTerms(title) : [];
  let missing: PostEntry['missingTitleTerms'] = [];
  let bodyNoun: string | undefined;
  const body = post.text.slice(post.bodyOffset);
  if ((translated || generated) && terms.length > 0 && !leftInItsLanguage(title!, body)) {
    // Only the subject, the title's first term, is checked (see title-mismatch's page).
    missing = missingTitleTerms(terms.slice(0, 1), body, str('lang'));
    if (missing.length > 0) bodyNoun = mostFrequentProperNoun(body, new Set(terms.map((t) => t.key)));
  }
  const entry: PostEntry = {
    path,
    rel,
    hasFrontMatter: !!fm,
    title,
    titleRange: titleSpan && title !== undefined ? post.lines.rangeOf(titleSpan) : undefined,
    date: dateField(fm),
    tags: listField(fm, keyOf('tags'), post.generator),
    categories: [...listField(fm, keyOf('categories'), post.generator), ...(str('category') !== undefined ? [str('category')!] : [])],
    lang: str('lang'),
    model: str('model'),
    translated,
    generated,
    slug: str('slug'),
    permalinkField: str('permalink'),
    urlField: str('url'),
    ...(post.generator === 'hexo' && fm ? { permalinkVars: scalarFields(fm) } : {}),
    ...(isIncludeFragment(fm) ? { include: true } : {}),
    links,
    anchorSources: anchorSources(post),
    titleTermKeys: terms.map((t) => t.key),
    missingTitleTerms: missing,
    bodyNoun,
    suppressed: [],
  };
  entry.suppressed = suppressedBlogRules(post, mdx, [entry.titleRange?.start.line, ...links.map((l) => l.targetRange.start.line)]);
  return entry;
}

/**
 * Everything of an entry that the index and the blog rules read, as one string: an edit that
 * leaves it alone (most keystrokes in a body) needs no re-check. Made only when an entry replaces
 * another, so never while a blog is first indexed.
 */
export function entrySignature(entry: PostEntry): string {
  const { path: _path, rel: _rel, permalink: _permalink, ...read } = entry;
  return JSON.stringify(read);
}

const anchorSets = new WeakMap<PostEntry, Set<string>>();

/** A post's heading anchors, made the first time a `#fragment` points to it. */
export function anchorsOf(entry: PostEntry): Set<string> {
  let anchors = anchorSets.get(entry);
  if (!anchors) anchorSets.set(entry, (anchors = headingAnchors(entry.anchorSources)));
  return anchors;
}

/** The front matter's short text and number fields (Hexo puts any of them in a permalink). */
function scalarFields(fm: FrontMatter): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of fm.fields.keys()) {
    const value = stringField(fm, key);
    if (value !== undefined && value.length <= 200 && /^[a-z_][a-z0-9_]*$/i.test(key)) out[key] = value;
  }
  return out;
}

function stringField(fm: FrontMatter | null | undefined, key: string): string | undefined {
  const value = plainValue(fm, key);
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** The `date` as written (TOML's dates keep their own form: `2024-01-02`, `2024-01-02T10:00:00+09:00`). */
function dateField(fm: FrontMatter | null | undefined): string | undefined {
  const value = plainValue(fm, 'date');
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value : undefined;
}

/** A list field's items; a string is split at spaces, as Jekyll does, except on Hexo and Hugo, which keep it whole (one term). */
function listField(fm: FrontMatter | null | undefined, key: string, generator: Generator | undefined): string[] {
  const value = plainValue(fm, key);
  if (Array.isArray(value)) return value.flatMap((item) => (typeof item === 'string' || typeof item === 'number' ? [String(item)] : []));
  if (typeof value === 'string') return generator === 'hexo' || generator === 'hugo' ? [value.trim()].filter(Boolean) : value.split(/\s+/).filter(Boolean);
  return [];
}

/** The blog rules that disable comments turn off on the given lines. */
function suppressedBlogRules(post: Post, mdx: boolean, lines: Array<number | undefined>): string[] {
  const directives = parseDirectives(post, mdx);
  if (directives.list.length === 0) return [];
  const out = new Set<string>();
  for (const line of lines) {
    if (line === undefined) continue;
    for (const rule of BLOG_RULE_IDS) if (directives.suppresses(rule, line)) out.add(`${rule}:${line}`);
  }
  return [...out];
}
