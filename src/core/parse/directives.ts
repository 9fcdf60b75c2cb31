import type { Post } from '../post';
import type { Span } from '../types';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

/** One `<!-- frontlint-… -->` comment (or `{/* frontlint-… *\/}` in MDX). */
export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  ids: string[];
  line: number;
  /** The whole comment: fixes never delete it. */
  span: Span;
  /** Where each id is written, for reporting unknown ones. */
  idSpans: Span[];
}

/** A comment that starts like a directive but names no known kind (`frontlint-disabel`). */
export interface MalformedDirective {
  word: string;
  span: Span;
}

export interface Directives {
  list: Directive[];
  malformed: MalformedDirective[];
  /** Whether a finding of `rule` on `line` is silenced. */
  suppresses(rule: string, line: number): boolean;
  /** Whether an edit of `span` would delete or cut into a directive comment. */
  touches(span: Span): boolean;
}

const KINDS = new Set<string>(['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file']);
/** What may stand between a comment's opener and the `frontlint-` word: `<!-- `, `{/* `, `{ /* `. */
const OPENER_BEFORE = /(<!--|\{[ \t]*\/\*)[ \t]*$/;
const KIND_WORD = /frontlint-([A-Za-z-]+)/y;

const NONE: Directives = { list: [], malformed: [], suppresses: () => false, touches: () => false };

/**
 * Finds inline config comments in the body (not in code, not in the front matter), in the manner
 * of markdownlint's inline configuration. A post without the word `frontlint-` costs one search.
 */
export function parseDirectives(post: Post, mdx: boolean): Directives {
  // Once per parse: the lint and the blog index entry both ask.
  const known = parsed.get(post);
  if (known?.mdx === mdx) return known.directives;
  const directives = findDirectives(post, mdx);
  parsed.set(post, { mdx, directives });
  return directives;
}

const parsed = new WeakMap<Post, { mdx: boolean; directives: Directives }>();

function findDirectives(post: Post, mdx: boolean): Directives {
  const { text } = post;
  let at = text.indexOf('frontlint-', post.bodyOffset);
  if (at < 0) return NONE;
  const list: Directive[] = [];
  const malformed: MalformedDirective[] = [];
  const code = post.blocks.filter((b) => b.kind === 'code');
  const closers = { html: new NextIndex(text, '-->'), mdx: new NextIndex(text, '*/'), newline: new NextIndex(text, '\n') };
  while (at >= 0) {
    const comment = commentAt(text, at, mdx, closers);
    if (comment && !code.some((b) => comment.start >= b.span.start && comment.start < b.span.end)) {
      const span = { start: comment.start, end: comment.end };
      if (KINDS.has(comment.kind)) {
        const { ids, idSpans } = idsOf(text.slice(comment.restStart, comment.restEnd), comment.restStart);
        list.push({ kind: comment.kind as DirectiveKind, ids, idSpans, line: post.lines.lineAt(comment.start), span });
      } else {
        malformed.push({ word: `frontlint-${comment.kind}`, span });
      }
    }
    at = text.indexOf('frontlint-', comment ? comment.end : at + 10);
  }
  return list.length + malformed.length === 0 ? NONE : build(list, malformed);
}

/**
 * The comment whose `frontlint-` word is at `at`: an HTML comment (or, in MDX, a `{/* *\/}`
 * expression) on one line, with only spaces between its opener and the word.
 */
function commentAt(text: string, at: number, mdx: boolean, closers: { html: NextIndex; mdx: NextIndex; newline: NextIndex }) {
  const opener = OPENER_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
  if (!opener || (!mdx && opener[1] !== '<!--')) return undefined;
  const start = at - opener[0].length;
  KIND_WORD.lastIndex = at;
  const kind = KIND_WORD.exec(text)![1].toLowerCase().replace(/-+$/, '');
  const newline = closers.newline.after(at);
  const lineEnd = newline < 0 ? text.length : newline;
  const restStart = at + 'frontlint-'.length + kind.length;
  if (opener[1] === '<!--') {
    const close = closers.html.after(restStart);
    return close < 0 || close > lineEnd ? undefined : { kind, restStart, restEnd: close, start, end: close + 3 };
  }
  const close = closers.mdx.after(restStart);
  if (close < 0 || close > lineEnd) return undefined;
  const brace = /^[ \t]*\}/.exec(text.slice(close + 2, Math.min(lineEnd, close + 66)));
  return brace ? { kind, restStart, restEnd: close, start, end: close + 2 + brace[0].length } : undefined;
}

/** The next occurrence of a string at or after a position, for positions that only grow: linear overall. */
class NextIndex {
  private found = -2;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}
  after(position: number): number {
    if (this.found === -1) return -1;
    if (this.found < position) this.found = this.text.indexOf(this.needle, position);
    return this.found;
  }
}

/** Rule ids separated by spaces or commas; `-- why` at the end is a comment (as in ESLint). */
function idsOf(rest: string, offset: number): { ids: string[]; idSpans: Span[] } {
  const reason = rest.search(/(?:^|\s)--(?:\s|$)/);
  const body = reason >= 0 ? rest.slice(0, reason) : rest;
  const ids: string[] = [];
  const idSpans: Span[] = [];
  for (const match of body.matchAll(/[^\s,]+/g)) {
    ids.push(match[0]);
    idSpans.push({ start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return { ids, idSpans };
}

function build(list: Directive[], malformed: MalformedDirective[]): Directives {
  const applies = (d: Directive, rule: string) => d.ids.length === 0 || d.ids.includes(rule);
  const ranged = list.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  return {
    list,
    malformed,
    suppresses(rule, line) {
      let off = false;
      for (const d of list) {
        if (!applies(d, rule)) continue;
        if (d.kind === 'disable-file') return true;
        if (d.kind === 'disable-line' && d.line === line) return true;
        if (d.kind === 'disable-next-line' && d.line + 1 === line) return true;
      }
      // `disable`/`enable` take effect from their own line, the last one before the finding winning.
      for (const d of ranged) {
        if (d.line > line) break;
        if (applies(d, rule)) off = d.kind === 'disable';
      }
      return off;
    },
    touches(span) {
      return list.some((d) => span.start < d.span.end && d.span.start < span.end);
    },
  };
}
