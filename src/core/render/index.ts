import type MarkdownIt from 'markdown-it';
import type { LintResult } from '../lint';
import { formatMessage } from '../messages';
import type { Translate } from '../types';
import { renderFrontMatterCard } from './card';
import { escapeHtml } from './escape';
import { applyMarks, markArtifacts, type Mark } from './highlights';
import { createMarkdown, type RenderEnv } from './markdown';

export interface PreviewOptions {
  allowHtml: boolean;
  locale?: string;
  t?: Translate;
  resolveImage?: RenderEnv['resolveImage'];
}

export interface ArtifactSummary {
  markers: number;
  repeats: number;
  repeatedChars: number;
  truncated: number;
}

export interface RenderedPreview {
  /** Card (or error banner), artifact summary and body; safe to place in the webview. */
  html: string;
  summary: ArtifactSummary;
}

const instances = new Map<string, MarkdownIt>();

function markdownFor(allowHtml: boolean, markerLabel: string): MarkdownIt {
  const key = `${allowHtml}\u0000${markerLabel}`;
  let md = instances.get(key);
  if (!md) instances.set(key, (md = createMarkdown(allowHtml, markerLabel)));
  return md;
}

/** Renders a linted post for the preview: the front matter card, a summary of artifacts, and the marked-up body. */
export function renderPreview(result: LintResult, options: PreviewOptions): RenderedPreview {
  const t = options.t ?? formatMessage;
  const { post, body } = result;
  const summary: ArtifactSummary = {
    markers: body.markers.length,
    repeats: body.repeatedPassages.length,
    repeatedChars: body.repeatedPassages.reduce((n, p) => n + p.length, 0),
    truncated: body.truncatedFragments.length,
  };
  const marked = markArtifacts(result);
  const md = markdownFor(options.allowHtml, t('---END--- · the AI model stopped here'));
  const env: RenderEnv = { lineOffset: post.bodyLine, resolveImage: options.resolveImage };
  const bodyHtml = applyMarks(md.render(marked.text.slice(post.bodyOffset), env), marked.marks, (mark) => escapeHtml(describeMark(mark, t)));
  return {
    html: [renderFrontMatterCard(result, { locale: options.locale, t }), renderSummary(summary, t, options.locale), `<article class="fl-body">${bodyHtml}</article>`].join('\n'),
    summary,
  };
}

function describeMark(mark: Mark, t: Translate): string {
  return mark.kind === 'repeat' ? t('Repeats line {0}', mark.firstLine ?? 0) : t('Cut off mid-sentence');
}

/** "7 markers · 12 repeated passages (7,800 chars) · 3 truncated", or nothing for a clean post. */
export function summaryText(s: ArtifactSummary, t: Translate, locale?: string): string {
  const n = (v: number) => v.toLocaleString(locale);
  const parts: string[] = [];
  if (s.markers) parts.push(t('{0} markers', n(s.markers)));
  if (s.repeats) parts.push(t('{0} repeated passages ({1} chars)', n(s.repeats), n(s.repeatedChars)));
  if (s.truncated) parts.push(t('{0} truncated', n(s.truncated)));
  return parts.join(' · ');
}

function renderSummary(s: ArtifactSummary, t: Translate, locale?: string): string {
  const text = summaryText(s, t, locale);
  return text ? `<div class="fl-summary" role="status">${escapeHtml(text)}</div>` : '';
}
