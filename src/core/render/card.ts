import { isScalar, isSeq, type Node } from 'yaml';
import type { LintResult } from '../lint';
import { formatMessage } from '../messages';
import type { Translate } from '../types';
import { escapeHtml } from './escape';

export interface CardOptions {
  /** BCP 47 locale for dates and numbers, e.g. the editor's display language. */
  locale?: string;
  t?: Translate;
}

const scalar = (node: Node | null | undefined): unknown => (isScalar(node) ? node.value : undefined);
const list = (node: Node | null | undefined): string[] =>
  isSeq(node) ? (node.items as Node[]).map(scalar).filter((v) => v !== undefined && v !== null && String(v).trim() !== '').map(String) : typeof scalar(node) === 'string' ? [String(scalar(node))] : [];

/**
 * The front matter as a card: title, date, tags and categories, lang, generated/translated badges
 * with the model, and the reading time. Every value is escaped: posts are untrusted input.
 * A front matter error renders as a banner instead.
 */
export function renderFrontMatterCard(result: LintResult, options: CardOptions = {}): string {
  const t = options.t ?? formatMessage;
  const fm = result.post.frontMatter;
  if (!fm) return '';
  if (fm.errors.length > 0) {
    const items = fm.errors.map((e) => `<li>${escapeHtml(t('Line {0}: {1}', result.post.lines.lineAt(e.span.start) + 1, t(e.message, ...(e.args ?? []))))}</li>`).join('');
    return `<div class="fl-banner fl-banner-error" role="alert" data-line="0"><strong>${escapeHtml(t('The front matter has errors'))}</strong><ul>${items}</ul></div>`;
  }
  const field = (name: string) => fm.fields.get(name)?.value;
  const title = scalar(field('title'));
  const date = formatDate(scalar(field('date')), options.locale);
  const chips = (names: string[], kind: string) => names.map((n) => `<span class="fl-chip fl-${kind}">${escapeHtml(n)}</span>`).join('');
  const lang = scalar(field('lang'));
  const model = scalar(field('model'));
  const badges: string[] = [];
  if (scalar(field('generated')) === true) badges.push(t('Generated'));
  if (scalar(field('translated')) === true) badges.push(t('Translated'));
  if (scalar(field('draft')) === true) badges.push(t('Draft'));

  const rt = result.readingTime;
  const declared = scalar(field('reading_time'));
  const mismatch = result.findings.some((f) => f.rule === 'reading-time-mismatch');
  const readingTime =
    escapeHtml(t('{0} min read', rt.minutes)) + (mismatch && typeof declared === 'number' ? ` <span class="fl-declared">${escapeHtml(t('(declared: {0} min)', declared))}</span>` : '');

  const meta = [
    date && `<span class="fl-date">${escapeHtml(date)}</span>`,
    typeof lang === 'string' && `<span class="fl-lang" title="lang">${escapeHtml(lang)}</span>`,
    `<span class="fl-reading-time">${readingTime}</span>`,
  ].filter(Boolean);
  const badgeHtml = badges.map((b) => `<span class="fl-badge">${escapeHtml(b)}${model !== undefined && model !== null ? ` · ${escapeHtml(model)}` : ''}</span>`).join('');

  return [
    `<header class="fl-card" data-line="0">`,
    `<h1 class="fl-title">${title === undefined || title === null || String(title).trim() === '' ? `<em>${escapeHtml(t('Untitled'))}</em>` : escapeHtml(title)}</h1>`,
    `<div class="fl-meta">${meta.join('<span class="fl-sep">·</span>')}${badgeHtml}</div>`,
    `<div class="fl-chips">${chips(list(field('categories')), 'category')}${chips(list(field('tags')), 'tag')}</div>`,
    `</header>`,
  ].join('');
}

/** `2025-11-07 04:38:05 +0000` and ISO dates, in the writer's locale; other values as written. */
export function formatDate(value: unknown, locale?: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (!m) return text;
  const zone = m[3] ? (m[3].toUpperCase() === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
  const date = new Date(m[2] ? `${m[1]}T${m[2]}${zone}` : `${m[1]}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return text;
  try {
    return new Intl.DateTimeFormat(locale, m[2] ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return date.toISOString();
  }
}
