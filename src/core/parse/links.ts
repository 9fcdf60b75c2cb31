import type { Block } from './blocks';
import type { Post } from '../post';
import type { Span } from '../types';
import { isMap, isSeq } from 'yaml';
import { codeSpans } from '../text/inline';
import { indexHolding } from '../text/sortedRanges';

export type LinkKind = 'markdown' | 'reference' | 'html' | 'liquid-link' | 'post-url' | 'post-link' | 'hugo-ref';

/** One outgoing link of a post's body, with document offsets. */
export interface PostLink {
  kind: LinkKind;
  /** The link text (`[text]`), the reference label, or '' when there is none. */
  text: string;
  /** The target as written: a URL, a path, or for Liquid and Hugo tags the path or post name they name. */
  target: string;
  /** Where the target is written (what a fix replaces). */
  targetSpan: Span;
  /** The whole link. */
  span: Span;
}

/** Blocks whose text can hold links; code never does, and markers are not prose. */
const LINK_BLOCKS = new Set(['paragraph', 'heading', 'list', 'blockquote', 'table', 'html']);

/**
 * `[text](target "title")` and `![alt](src)`. Each alternative starts with a different character,
 * so the pattern cannot backtrack (see docs/regex-review.md). The target may be `<...>`, a
 * Liquid tag, or a URL with balanced parentheses.
 */
const INLINE_LINK = /(!?)\[((?:[^[\]\\\n]|\\.|\[[^[\]\n]*\])*)\]\([ \t]*(<[^<>\n]*>|\{%[^%\n]*%\}|\{\{<[^>\n]*>\}\}|[^\s()<]*(?:\([^\s()]*\)[^\s()]*)*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\)/g;
/**
 * `[label]: target` on a line of its own. Not `[^1]: text`: kramdown (Jekyll), goldmark (Hugo)
 * and remark-gfm (Astro) read that as a footnote, whose first word is no target.
 */
const REFERENCE = /^ {0,3}\[([^[\]\n^][^[\]\n]*)\]:[ \t]*(<[^<>\n]*>|\S+)/gm;
/** `<a href="...">` (double or single quotes). */
const HTML_HREF = /<a\s[^>\n]*?href\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)')/gi;
/**
 * `{% link path %}` and `{% post_url name %}`, Jekyll's checked links, and Hexo's `{% post_link
 * slug [title] %}` and `{% post_path slug %}`, whose slug may be quoted and be followed by a title.
 */
const LIQUID = /\{%-?[ \t]*(link|post_url|post_link|post_path)[ \t]+("[^"\n%]+"|'[^'\n%]+'|[^\s%]+)(?:[ \t]+[^%\n]*)?-?%\}/g;
const LIQUID_KINDS: Record<string, LinkKind> = { link: 'liquid-link', post_url: 'post-url', post_link: 'post-link', post_path: 'post-link' };
/** Hugo's `{{< ref "path" >}}` and `relref`. */
const HUGO_REF = /\{\{[<%][ \t]*(?:rel)?ref[ \t]+"([^"\n]+)"[ \t]*[>%]\}\}/g;

const TAGS = [LIQUID, HUGO_REF];
const NO_MATCHES: RegExpMatchArray[] = [];

const linksOf = new WeakMap<Post, readonly PostLink[]>();

/**
 * Every outgoing link of the body, in order. Code blocks and inline code are skipped. Found once
 * per parse: conflicting-link and the blog index both read them.
 */
export function extractLinks(post: Post): readonly PostLink[] {
  let links = linksOf.get(post);
  if (!links) linksOf.set(post, (links = findLinks(post)));
  return links;
}

/** `text[start, end)` with its code spans (the inline scanner's, as fixes see them) blanked: offsets kept, no link found inside. */
function withoutCodeSpans(text: string, start: number, end: number): string {
  // Searched in the block only: from `start` through the whole text, each block with a link would
  // scan on to the post's next backtick.
  const spans = text.slice(start, end).includes('`') ? codeSpans(text, start, end) : [];
  let out = '';
  let at = start;
  for (const span of spans) {
    out += text.slice(at, span.start) + ' '.repeat(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at, end);
}

function findLinks(post: Post): PostLink[] {
  const links: PostLink[] = [];
  const { text } = post;
  for (const block of blocksWith(post, LINK_STARTS)) {
    if (!LINK_BLOCKS.has(block.kind)) continue;
    collect(withoutCodeSpans(text, block.span.start, block.span.end), text, block.span.start, links);
  }
  return links;
}

/** What every link form contains (`](`, `]:`, `{%`, `{{`, `<a`); blocks without any are never looked at (most of a post). */
const LINK_STARTS = [']', '{', '<a', '<A'];

/**
 * The blocks that contain one of `needles`, in order, found by searching the body once per needle
 * (native `indexOf`), not block by block.
 */
function blocksWith(post: Post, needles: readonly string[]): Block[] {
  const { text, blocks } = post;
  const hit = new Set<number>();
  for (const needle of needles) {
    for (let at = text.indexOf(needle, post.bodyOffset); at >= 0; ) {
      const index = blockAt(blocks, at);
      if (index < 0) {
        at = text.indexOf(needle, at + 1);
        continue;
      }
      hit.add(index);
      // The rest of this block is taken already: search on after it.
      at = text.indexOf(needle, Math.max(at + 1, blocks[index].span.end));
    }
  }
  return [...hit].sort((a, b) => a - b).map((i) => blocks[i]);
}

/** Index of the block whose span holds `offset`, or -1 (between blocks). */
const blockAt = (blocks: readonly Block[], offset: number) => indexHolding(blocks, offset, (block) => block.span.start, (block) => block.span.end - 1);

/**
 * The links of one block. `source` is the block with its code spans blanked, where links are
 * looked for; their text is read from `text` (the post), where `[\`scan\` operator]` still says
 * which operator: blanked, every such text would read "operator".
 */
function collect(source: string, text: string, base: number, into: PostLink[]): void {
  const written = (from: number, length: number) => text.slice(base + from, base + from + length).trim();
  const found: PostLink[] = [];
  const taken: Span[] = [];
  // Each form is looked for only where what it must contain is there: most blocks hold one form.
  const inline = source.includes('](') ? source.matchAll(INLINE_LINK) : NO_MATCHES;
  for (const m of inline) {
    if (m[1] === '!') continue; // an image, not a link
    const start = m.index!;
    const open = m[0].indexOf('](') + 2;
    const targetStart = start + open + /^[ \t]*/.exec(m[0].slice(open))![0].length;
    let target = m[3];
    let targetSpan = { start: base + targetStart, end: base + targetStart + target.length };
    if (target.startsWith('<') && target.endsWith('>')) {
      target = target.slice(1, -1);
      targetSpan = { start: targetSpan.start + 1, end: targetSpan.end - 1 };
    }
    taken.push({ start: targetStart, end: targetStart + m[3].length });
    const tag = tagLink(target, targetSpan);
    const linkText = written(start + m[1].length + 1, m[2].length);
    const span = { start: base + start, end: base + start + m[0].length };
    found.push(tag ? { ...tag, text: linkText, span } : { kind: 'markdown', text: linkText, target, targetSpan, span });
  }
  for (const m of source.includes(']:') ? source.matchAll(REFERENCE) : NO_MATCHES) {
    const target = m[2].startsWith('<') ? m[2].slice(1, -1) : m[2];
    const offset = m.index! + m[0].length - m[2].length + (m[2].startsWith('<') ? 1 : 0);
    found.push({ kind: 'reference', text: written(m.index! + m[0].indexOf('[') + 1, m[1].length), target, targetSpan: { start: base + offset, end: base + offset + target.length }, span: { start: base + m.index!, end: base + m.index! + m[0].length } });
    taken.push({ start: offset, end: offset + target.length });
  }
  const fallbacks = /<a/i.test(source) && EMBED.test(source) ? embedFallbacks(source) : [];
  for (const m of /<a/i.test(source) ? source.matchAll(HTML_HREF) : NO_MATCHES) {
    if (indexHolding(fallbacks, m.index!, (span) => span.start, (span) => span.end - 1) >= 0) continue;
    const target = m[1] ?? m[2];
    const offset = m.index! + m[0].length - target.length - 1;
    if (target.includes('{%') || target.includes('{{')) continue; // a tag inside: found as a tag below
    found.push({ kind: 'html', text: htmlLinkText(text, base + m.index! + m[0].length, base + source.length), target, targetSpan: { start: base + offset, end: base + offset + target.length }, span: { start: base + m.index!, end: base + m.index! + m[0].length } });
  }
  // Tags outside a Markdown link's target (those were taken above): in HTML, or on their own.
  for (const pattern of source.includes('{') ? TAGS : []) {
    for (const m of source.matchAll(pattern)) {
      const start = m.index!;
      if (taken.some((s) => start >= s.start && start < s.end)) continue;
      const span = { start: base + start, end: base + start + m[0].length };
      const tag = tagLink(m[0], span);
      if (tag) found.push({ ...tag, text: '', span });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  into.push(...found);
}

/** An element whose content is only a fallback for browsers that cannot show it: no browser today shows it. */
const EMBED = /<(?:iframe|video|audio)(?=[\s/>])/i;
/** (Not a custom element such as `<video-js>`, whose content is shown.) */
const EMBED_TAGS = /<(\/?)(iframe|video|audio)(?=[\s/>])/gi;

/**
 * Where the content of each `<iframe>`, `<video>` and `<audio>` of a block is, in order. CodePen's
 * embed code puts "See the Pen <a href=…>title</a>" inside its iframe, for browsers without
 * iframes: no reader sees or follows those links, so they are not the post's. One pass over the
 * tags (an element left open hides nothing).
 */
function embedFallbacks(source: string): Span[] {
  const spans: Span[] = [];
  let open: { name: string; end: number } | undefined;
  for (const m of source.matchAll(EMBED_TAGS)) {
    const name = m[2].toLowerCase();
    if (!m[1] && !open) open = { name, end: m.index! + m[0].length };
    else if (m[1] && open?.name === name) {
      spans.push({ start: open.end, end: m.index! });
      open = undefined;
    }
  }
  return spans;
}

/** A Liquid or Hugo tag as a link to the path or post it names; the target span is the name inside the tag. */
function tagLink(written: string, span: Span): Omit<PostLink, 'text' | 'span'> | undefined {
  if (!written.includes('{')) return undefined; // a plain URL (almost every link)
  LIQUID.lastIndex = 0;
  const liquid = new RegExp(LIQUID.source).exec(written);
  if (liquid) {
    const quoted = /^["']/.test(liquid[2]);
    const target = quoted ? liquid[2].slice(1, -1) : liquid[2];
    const at = written.indexOf(liquid[2], liquid[0].indexOf(liquid[1]) + liquid[1].length) + (quoted ? 1 : 0);
    return { kind: LIQUID_KINDS[liquid[1]], target, targetSpan: { start: span.start + at, end: span.start + at + target.length } };
  }
  const hugo = new RegExp(HUGO_REF.source).exec(written);
  if (hugo) {
    const at = written.indexOf(`"${hugo[1]}"`) + 1;
    return { kind: 'hugo-ref', target: hugo[1], targetSpan: { start: span.start + at, end: span.start + at + hugo[1].length } };
  }
  return undefined;
}

/** The text of `<a ...>text</a>` after the opening tag's attributes (before `end`), without inner tags. */
function htmlLinkText(text: string, from: number, end: number): string {
  const open = text.indexOf('>', from);
  const close = text.indexOf('</a', open);
  if (open < 0 || close < 0 || close >= end || close - open > 500) return '';
  return text.slice(open + 1, close).replace(/<[^>]*>/g, '').trim();
}

/**
 * What a post's anchors are made from: each heading's title as written (after the `#`s), and the
 * HTML `id`/`name` attributes of the body. Kept by the blog index, which makes the anchors only
 * for the posts a `#fragment` points to.
 */
export interface AnchorSources {
  headings: string[];
  htmlIds: string[];
  /**
   * Front matter fields that hold a list or mapping (`references:`): a layout may render a section
   * from one, with the field's name as its anchor (a Nuxt blog's `#references`).
   */
  sectionFields?: string[];
}

export function anchorSources(post: Post): AnchorSources {
  const headings: string[] = [];
  const { text } = post;
  for (const block of post.blocks) {
    if (block.kind !== 'heading') continue;
    const firstLine = post.lines.lineText(block.startLine);
    const setext = !/^ {0,3}#/.test(firstLine);
    headings.push(setext ? firstLine.trim() : firstLine.replace(/^ {0,3}#{1,6}[ \t]*/, '').replace(/[ \t]+#+[ \t]*$/, '').trim());
  }
  const sectionFields = [...(post.frontMatter?.fields.values() ?? [])].filter((field) => isMap(field.value) || isSeq(field.value)).map((field) => field.key);
  return { headings, htmlIds: htmlIdsOf(text, post.bodyOffset), ...(sectionFields.length > 0 ? { sectionFields } : {}) };
}

/** An HTML `id` or `name` attribute, tried where an `=` is; HTML lets a value without spaces go unquoted (`<span id=step_2 >`). */
const HTML_ID = /\s(?:id|name)\s*=\s*(?:"([^"\n]+)"|'([^'\n]+)'|([^\s"'=<>`]+))/y;

/**
 * The values of HTML anchors (`<a id="x">`, `<h2 id="x">`, `<a name="x">`) in `text` from `from`,
 * wherever they are. Found from each `=` (one native search, and most bodies have none) and not by
 * trying the pattern at every character: this runs on every post the blog index reads.
 */
function htmlIdsOf(text: string, from: number): string[] {
  const ids: string[] = [];
  for (let eq = text.indexOf('=', from); eq >= 0; eq = text.indexOf('=', eq + 1)) {
    let name = eq;
    while (name > from && /\s/.test(text[name - 1])) name--;
    const start = text.startsWith('name', name - 4) ? name - 5 : text.startsWith('id', name - 2) ? name - 3 : -1;
    if (start < from) continue;
    HTML_ID.lastIndex = start;
    const match = HTML_ID.exec(text);
    if (!match) continue;
    ids.push(match[1] ?? match[2] ?? match[3]);
    eq = HTML_ID.lastIndex - 1; // on after the attribute's value, which may hold an `=`
  }
  return ids;
}

/** A heading's explicit id: `{#id}` (kramdown, goldmark, Docusaurus, markdown-it-attrs). */
const EXPLICIT_ID = /\{[^}]*#([^\s}]+)[^}]*\}\s*$/;
// react.dev's form of it: an MDX comment that holds the id, after the title: ## Title {/*title*/}
// (plain Markdown reads it as text, and the site takes the id from it).
const MDX_COMMENT_ID = /\{\/\*\s*([^\s*]+)\s*\*\/\}\s*$/;

/**
 * The anchors a post's headings get, in the styles the generators use: GitHub/goldmark (Unicode
 * letters kept), kramdown (ASCII only), explicit `{#id}` ids (or react.dev's MDX comments) and HTML `id`/`name`
 * attributes. A fragment is accepted when it matches any of them.
 */
export function headingAnchors({ headings, htmlIds, sectionFields = [] }: AnchorSources): Set<string> {
  // `#top` is the top of any page, as HTML defines it, with or without an element of that id.
  const anchors = new Set<string>([...htmlIds, ...sectionFields, 'top']);
  const seen = new Map<string, number>();
  for (let title of headings) {
    const explicit = EXPLICIT_ID.exec(title) ?? MDX_COMMENT_ID.exec(title);
    if (explicit) {
      anchors.add(explicit[1]);
      title = title.slice(0, explicit.index).trim();
    }
    const plain = title.replace(/`([^`]*)`/g, '$1').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]*>/g, '').replace(/[*_~]/g, '');
    // Each generator's own slug of the heading (one count per distinct slug, not per generator).
    for (const slug of new Set([githubSlug(plain), kramdownSlug(plain), markdownItSlug(plain)])) {
      if (!slug) continue;
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      anchors.add(count === 0 ? slug : `${slug}-${count}`);
      anchors.add(slug);
    }
  }
  return anchors;
}

function githubSlug(text: string): string {
  return text.toLowerCase().trim().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/**
 * markdown-it-anchor's default (Zenn, Eleventy and other markdown-it sites): lower case, spaces to
 * `-`, every other character kept (`## 「Git タグ…？」` is `#「git-タグ…？」`).
 */
function markdownItSlug(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '-');
}

/** kramdown's auto ids: ASCII letters, digits, spaces and hyphens; leading non-letters dropped. */
function kramdownSlug(text: string): string {
  return text.replace(/^[^a-zA-Z]+/, '').replace(/[^a-zA-Z0-9 -]/g, '').replace(/ /g, '-').toLowerCase();
}
