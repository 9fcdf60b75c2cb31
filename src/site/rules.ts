import { formatMessage } from '../core/messages';
import { BLOG_RULES } from '../core/rules/blogRules';
import type { Finding, Fix, Generator, Severity, SeveritySetting, Translate } from '../core/types';
import type { BlogIndex } from './blogIndex';
import type { PostEntry } from './postEntry';
import { resolveLink, type LinkStyle } from './resolve';
import { suggestTargets } from './suggest';

/** A rule that needs the whole blog (its id, description and severity are in core's BLOG_RULES). */
export interface SiteRule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Blog rules never fix on their own (`--fix`, fix-all): they only suggest. */
  fixable: false;
  check(index: BlogIndex, entry: PostEntry, context: SiteContext): SiteFinding[];
}

export interface SiteFinding extends Finding {
  /** For a broken link: what was looked for, so that replacements can be suggested when asked for. */
  brokenLink?: { path: string; style: LinkStyle };
}

export interface SiteContext {
  t: Translate;
  /** Title keys shared by more than one post (computed once per check of the blog). */
  titleGroups: Map<string, PostEntry[]>;
  /** Title terms too common in this blog's titles to name anything. */
  commonTerms: Set<string>;
  /** The file names under each folder (from the site's root, with its `/`), made when first asked for. */
  folderNames: Map<string, Set<string>>;
}

const info = (id: string) => BLOG_RULES.find((r) => r.id === id)!;

export const brokenLink: SiteRule = {
  ...info('broken-link'),
  fixable: false,
  check(index, entry, { t }) {
    const findings: SiteFinding[] = [];
    for (const link of entry.links) {
      const resolution = resolveLink(index, entry, link);
      if (resolution.status === 'broken') {
        findings.push({
          rule: 'broken-link',
          severity: 'warning',
          message: link.kind === 'post-link' ? t('No post has the slug or title {0}.', resolution.path) : t('No post or file at {0}.', resolution.path),
          range: link.targetRange,
          related: [],
          brokenLink: { path: resolution.path, style: resolution.style },
        });
      } else if (resolution.status === 'no-anchor') {
        findings.push({
          rule: 'broken-link',
          severity: 'warning',
          message: t('{0} has no heading for #{1}.', resolution.target.title ?? resolution.target.rel, resolution.fragment),
          range: link.targetRange,
          related: [],
        });
      }
    }
    return findings;
  },
};

export const duplicateTitle: SiteRule = {
  ...info('duplicate-title'),
  fixable: false,
  check(index, entry, { t, titleGroups, folderNames }) {
    if (!entry.title || !entry.titleRange) return [];
    const generator = index.site.generator;
    const others = (titleGroups.get(titleKey(entry.title)) ?? []).filter((e) => e !== entry && !inOtherLanguages(entry, e, generator) && !parallelPages(index, entry, e, folderNames));
    if (others.length === 0) return [];
    return [
      {
        rule: 'duplicate-title',
        severity: 'warning',
        message: others.length === 1 ? t('{0} has the same title.', others[0].rel) : t('{0} and {1} more posts have the same title.', others[0].rel, others.length - 1),
        range: entry.titleRange,
        related: others.filter((o) => o.titleRange).map((o) => ({ path: o.path, range: o.titleRange!, message: t('The same title: {0}', o.title ?? '') })),
      },
    ];
  },
};

/**
 * Two posts in different languages: each language's posts are a site of their own, where a
 * translation keeps a name as its title (`DeepSeek V3` in English and in Chinese). The language is
 * the `lang` field, or Hugo's file name (`index.ja.md`, `post.en.md`).
 */
function inOtherLanguages(a: PostEntry, b: PostEntry, generator: Generator): boolean {
  const [first, second] = [languageOf(a, generator), languageOf(b, generator)];
  return (first !== undefined && second !== undefined && first !== second) || docusaurusTranslation(a.rel, b.rel) || docusaurusTranslation(b.rel, a.rel);
}

/**
 * Docusaurus keeps a translation at `i18n/<locale>/docusaurus-plugin-content-blog/<path>` for
 * `blog/<path>` (and `…-content-docs/current/<path>` for `docs/<path>`); until it is translated,
 * it has the original's title.
 */
function docusaurusTranslation(translation: string, original: string): boolean {
  const m = DOCUSAURUS_I18N.exec(translation);
  if (!m) return false;
  const [, prefix, plugin, rest] = m;
  return original === `${prefix}${plugin === 'blog' ? 'blog' : 'docs'}/${rest}`;
}

const DOCUSAURUS_I18N = /^(.*?)i18n\/[^/]+\/docusaurus-plugin-content-(blog|docs)\/(?:current\/)?(.+)$/;

function languageOf(entry: PostEntry, generator: Generator): string | undefined {
  const lang = entry.lang ?? (generator === 'hugo' ? /\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\.(?:md|markdown|mdx)$/i.exec(entry.rel)?.[1] : undefined);
  return lang?.toLowerCase().split(/[-_]/)[0];
}

/**
 * One page of two parallel folders (`install/linux/step-2.md` and `install/macos/step-2.md`): the
 * same step for another platform or version, titled alike on purpose (a Starlight site's install
 * steps). The folders are parallel when they hold at least two pages of the same names; folders of
 * dates and `_drafts` never are, since a post copied into another year or left as a draft is a
 * duplicate.
 */
function parallelPages(index: BlogIndex, a: PostEntry, b: PostEntry, folderNames: Map<string, Set<string>>): boolean {
  const [x, y] = [a.rel.split('/'), b.rel.split('/')];
  if (x.length !== y.length) return false;
  let differ = -1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (differ >= 0) return false;
    differ = i;
  }
  // The page's own name: its file, or the folder of a page bundle (`step-2/index.md`).
  const name = /^(?:_?index|readme)\.[a-z]+$/i.test(x[x.length - 1]) ? x.length - 2 : x.length - 1;
  const folder = (segment: string) => /\p{L}/u.test(segment) && !segment.startsWith('_');
  if (differ < 0 || differ >= name || !folder(x[differ]) || !folder(y[differ])) return false;
  const namesIn = (folder: string) => {
    // Once per folder and check of the blog: a large group of one title compares many pairs.
    let names = folderNames.get(folder);
    if (!names) {
      folderNames.set(folder, (names = new Set()));
      for (const entry of index.posts()) if (entry.rel.startsWith(folder)) names.add(entry.rel.slice(folder.length));
    }
    return names;
  };
  const [inA, inB] = [namesIn(`${x.slice(0, differ + 1).join('/')}/`), namesIn(`${y.slice(0, differ + 1).join('/')}/`)];
  let shared = 0;
  for (const name of inB) if (inA.has(name) && ++shared >= 2) return true;
  return false;
}

export const titleMismatch: SiteRule = {
  ...info('title-mismatch'),
  fixable: false,
  check(_index, entry, { t, commonTerms }) {
    if (!entry.titleRange || entry.missingTitleTerms.length === 0) return [];
    // The index holds only the title's subject, its first term: the words after it describe the
    // post (ルールの解説, APIブリッジ), and translations word those freely. A subject the body never
    // names is a title made apart from the body, unless the blog's titles use it so often that it
    // says what kind of post this is.
    const missing = entry.missingTitleTerms.filter((term) => !commonTerms.has(term.key));
    return missing.map((term) => ({
      rule: 'title-mismatch',
      severity: 'information' as const,
      message: entry.bodyNoun
        ? t('The title names "{0}", which the body never mentions; the body most often names "{1}". Was the title translated separately?', term.term, entry.bodyNoun)
        : t('The title names "{0}", which the body never mentions. Was the title translated separately?', term.term),
      range: entry.titleRange!,
      related: [],
    }));
  },
};

export const SITE_RULES: readonly SiteRule[] = [brokenLink, duplicateTitle, titleMismatch];
export const SITE_RULE_IDS = SITE_RULES.map((r) => r.id);

/** Titles compare after NFKC, case and spaces. */
export function titleKey(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export interface CheckOptions {
  /** Severities: one set for the blog, or each post's own (from its config files, as for its other rules). */
  rules?: Record<string, SeveritySetting | undefined> | ((path: string) => Record<string, SeveritySetting | undefined> | undefined);
  t?: Translate;
}

/**
 * Quick fixes for a broken link: the closest existing targets (same date first, then by edit
 * distance). Worked out only when asked for, since it compares with every post.
 */
export function brokenLinkFixes(index: BlogIndex, path: string, finding: SiteFinding, t: Translate = formatMessage): Fix[] {
  const entry = index.get(path);
  if (!entry || !finding.brokenLink) return [];
  return suggestTargets(index, entry, finding.brokenLink.path, finding.brokenLink.style).map((target) => ({
    title: t('Change the link to {0}', target),
    edits: [{ range: finding.range, newText: target }],
  }));
}

/** Blog-rule findings for some posts (all by default), by path; posts without findings are left out. */
export function checkBlog(index: BlogIndex, options: CheckOptions = {}, paths?: Iterable<string>): Map<string, SiteFinding[]> {
  const context = blogContext(index, options);
  const out = new Map<string, SiteFinding[]>();
  const entries = paths ? [...paths].map((p) => index.get(p)).filter((e): e is PostEntry => !!e) : [...index.posts()];
  for (const entry of entries) {
    const findings = checkPost(index, entry, context, options.rules);
    if (findings.length > 0) out.set(entry.path, findings);
  }
  return out;
}

function checkPost(index: BlogIndex, entry: PostEntry, context: SiteContext, setting: CheckOptions['rules']): SiteFinding[] {
  const findings: SiteFinding[] = [];
  const rules = typeof setting === 'function' ? setting(entry.path) : setting;
  for (const rule of SITE_RULES) {
    if (rules?.[rule.id] === 'off') continue;
    for (const finding of rule.check(index, entry, context)) {
      if (entry.suppressed.length > 0 && entry.suppressed.includes(`${rule.id}:${finding.range.start.line}`)) continue;
      findings.push(finding);
    }
  }
  return withSeverities(findings, rules).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Findings at the severities a post's config gives their rules (its default otherwise); `off` rules dropped. */
export function withSeverities<F extends Finding>(findings: readonly F[], rules: Record<string, SeveritySetting | undefined> | undefined): F[] {
  const out: F[] = [];
  for (const finding of findings) {
    const severity = rules?.[finding.rule] ?? SITE_RULES.find((rule) => rule.id === finding.rule)?.defaultSeverity ?? finding.severity;
    if (severity !== 'off') out.push({ ...finding, severity });
  }
  return out;
}

/** What the rules share across posts, computed once per check. */
export function blogContext(index: BlogIndex, options: CheckOptions): SiteContext {
  const titleGroups = new Map<string, PostEntry[]>();
  for (const entry of index.posts()) {
    if (!entry.title || !entry.title.trim()) continue;
    const key = titleKey(entry.title);
    const group = titleGroups.get(key);
    if (group) group.push(entry);
    else titleGroups.set(key, [entry]);
  }
  for (const [key, group] of titleGroups) if (group.length < 2) titleGroups.delete(key);
  return { t: options.t ?? formatMessage, titleGroups, commonTerms: commonTitleTerms(index), folderNames: new Map() };
}

/**
 * Terms in the titles of at least 1% of the posts (and at least 3): in this blog they say what
 * kind of post it is (解説, まとめ), not what it is about.
 */
function commonTitleTerms(index: BlogIndex): Set<string> {
  const threshold = Math.max(3, Math.ceil(index.size * 0.01));
  const common = new Set<string>();
  for (const [term, count] of index.titleTermFrequency()) if (count >= threshold) common.add(term);
  return common;
}

