import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { nodeSpan, type FrontMatterField } from '../parse/frontMatter';
import { schemaFindings, type Rule, type RuleContext, type RuleFinding, type SpanEdit } from '../rule';
import type { Span } from '../types';
import { isValidDate } from './fieldFormat';

const BOOLEAN_WORD = /^(?:true|false|yes|no|on|off)$/i;
const TRUE_WORD = /^(?:true|yes|on)$/i;
const DATED_FLAGS = new Set(['translated', 'generated']);

export const fieldType: Rule = {
  id: 'field-type',
  description: 'A front matter field has the wrong type: flags must be booleans, tags and categories lists of strings, reading_time a positive integer.',
  defaultSeverity: 'error',
  tags: ['front-matter'],
  fixable: true,
  check(context) {
    if (context.schema) return schemaFindings(context, 'field-type');
    const fields = context.post.frontMatter?.fields;
    if (!fields) return [];
    const findings: RuleFinding[] = [];
    for (const name of context.profile.booleanFields) {
      const field = fields.get(name);
      if (field) findings.push(...checkBoolean(context, field));
    }
    for (const name of context.profile.listFields) {
      const field = fields.get(name);
      if (field) findings.push(...checkStringList(context, field));
    }
    const readingTime = fields.get('reading_time');
    if (readingTime) findings.push(...checkPositiveInteger(context, readingTime));
    return findings;
  },
};

function checkBoolean({ t, post }: RuleContext, field: FrontMatterField): RuleFinding[] {
  const node = field.value;
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value === 'boolean') return [];
  const text = typeof value === 'string' ? value.trim() : undefined;
  // When it was translated or generated (`translated: 2026-09-14`, a translation repository's own
  // convention for the day a translation was done): it says yes, and when.
  if (DATED_FLAGS.has(field.key) && (value instanceof Date || (text !== undefined && isValidDate(text)))) return [];
  // `image` is a flag only in some themes; elsewhere it is a path. Only a boolean-looking string is wrong there.
  if (field.key === 'image' && !(text !== undefined && BOOLEAN_WORD.test(text))) return [];
  if (text !== undefined && BOOLEAN_WORD.test(text)) {
    const literal = TRUE_WORD.test(text) ? 'true' : 'false';
    return [{
      span: field.valueSpan,
      message: post.frontMatter?.kind === 'toml' ? t('"{0}" must be a TOML boolean, not the string "{1}".', field.key, text) : t('"{0}" must be a YAML boolean, not the string "{1}".', field.key, text),
      fix: { title: t('Change "{0}" to {1}', field.key, literal), edits: [{ span: field.valueSpan, newText: literal }] },
    }];
  }
  return [{ span: spanOrKey(field), message: t('"{0}" must be true or false.', field.key) }];
}

function checkStringList({ t, post, generator }: RuleContext, field: FrontMatterField): RuleFinding[] {
  const node = field.value;
  const fm = post.frontMatter!;
  if (isSeq(node)) {
    const findings: RuleFinding[] = [];
    /** Items past the first MAX_REPORTED_PER_LIST: one finding, which quotes those it can. */
    const beyond: { spans: Span[]; quotes: SpanEdit[] } = { spans: [], quotes: [] };
    for (const item of node.items as Node[]) {
      const value = isScalar(item) ? item.value : undefined;
      const span = item?.range ? nodeSpan(fm, item) : field.valueSpan;
      if (typeof value === 'string' && value.trim() !== '') continue;
      // Hexo's category path: `- [框架, jquery]` files the post under jquery within 框架.
      if (field.key === 'categories' && isCategoryPath(item)) continue;
      // Docusaurus documents a tag as a string or `{ label, permalink }`.
      if (field.key === 'tags' && isLabelledTag(item)) continue;
      if (findings.length >= MAX_REPORTED_PER_LIST) {
        beyond.spans.push(span);
        if ((typeof value === 'number' || typeof value === 'boolean') && item?.range) beyond.quotes.push({ span, newText: JSON.stringify(String(value)) });
        continue;
      }
      if (typeof value === 'number' || typeof value === 'boolean') {
        findings.push({
          span,
          message: t('Items of "{0}" must be strings; {1} is not quoted.', field.key, String(value)),
          fix: { title: t('Quote {0}', String(value)), edits: [{ span, newText: JSON.stringify(String(value)) }] },
        });
      } else {
        findings.push({ span, message: t('Items of "{0}" must be non-empty strings.', field.key) });
      }
    }
    if (beyond.spans.length > 0) {
      const count = beyond.spans.length;
      const quotesAll = beyond.quotes.length === count;
      findings.push({
        span: { start: beyond.spans[0].start, end: beyond.spans[count - 1].end },
        message: t('{0} more items of "{1}" are not non-empty strings.', count, field.key),
        ...(quotesAll ? { fix: { title: t('Quote the {0} other items', count), edits: beyond.quotes } } : {}),
      });
    }
    return findings;
  }
  const value = isScalar(node) ? node.value : undefined;
  // One word alone (`categories: 前端`) is one item to Jekyll, Hugo and Hexo alike; more than one
  // is split at spaces by Jekyll, by none at commas, and kept whole by Hexo and Hugo.
  if (typeof value === 'string' && ONE_WORD.test(value)) return [];
  // Hugo takes a string as one term, and an empty one as none (`categories = "Ruby on Rails"`, a
  // Japanese Hugo blog): splitting it would make three categories of one.
  if (typeof value === 'string' && generator === 'hugo' && !/[,、，]/.test(value)) return [];
  // On a blog Hexo builds, a string is one item as written (`categories: git 操作`); on one Jekyll
  // builds, its words are the items, as Jekyll documents (`tags: jekyll dev`, and `jekyll new`'s
  // own first post: `categories: jekyll update`). Commas show a list meant otherwise.
  if (typeof value === 'string' && (generator === 'hexo' || generator === 'jekyll') && !/[,、，]/.test(value)) return [];
  // DEV (dev.to) documents its tags as one string, comma-separated (`tags: typescript, webdev`).
  if (typeof value === 'string' && field.key === 'tags' && generator === 'none' && isDevToPost(post)) return [];
  if (typeof value === 'string') {
    const items = splitList(value);
    const list = `[${items.map((s) => JSON.stringify(s)).join(', ')}]`;
    return [{
      span: field.valueSpan,
      message: t('"{0}" must be a list, not a string.', field.key),
      fix: { title: t('Convert "{0}" to the list {1}', field.key, list), edits: [{ span: field.valueSpan, newText: list }] },
    }];
  }
  if (value === null || node === null) return [];
  return [{ span: spanOrKey(field), message: t('"{0}" must be a list of strings.', field.key) }];
}

const ONE_WORD = /^[^\s,、，]+$/;

/**
 * A post written for DEV (dev.to), as its editor's front matter has it: `published` with a field
 * that only DEV's documented set holds (`cover_image`, `canonical_url`, `series`). Such posts live
 * in a repository synced to DEV, with no site generator's config.
 */
function isDevToPost(post: RuleContext['post']): boolean {
  const fields = post.frontMatter?.fields;
  return !!fields?.has('published') && (fields.has('cover_image') || fields.has('canonical_url') || fields.has('series'));
}

/**
 * Items reported one by one in a list; the rest are one finding. A list of thousands of numbers
 * (or nested lists) would otherwise flood the editor, which shows 1,000 problems per file at most.
 */
const MAX_REPORTED_PER_LIST = 100;

/** A list of non-empty strings within `categories`: a category and its sub-categories (Hexo). */
function isCategoryPath(item: Node | null): boolean {
  return isSeq(item) && item.items.length > 0 && (item.items as Node[]).every((part) => isScalar(part) && typeof part.value === 'string' && part.value.trim() !== '');
}

/** A tag written as an object with a string `label` (Docusaurus: `- label: Release` / `permalink: /release`). */
function isLabelledTag(item: Node | null): boolean {
  if (!isMap(item)) return false;
  const label = item.get('label', true);
  return isScalar(label) && typeof label.value === 'string' && label.value.trim() !== '';
}

/** `a, b` splits on commas; `a b` on spaces (Jekyll's space-separated tags). */
export function splitList(value: string): string[] {
  const parts = value.includes(',') || value.includes('、') ? value.split(/[,、]/) : value.split(/\s+/);
  return parts.map((s) => s.trim()).filter((s) => s.length > 0);
}

function checkPositiveInteger({ t }: RuleContext, field: FrontMatterField): RuleFinding[] {
  const node = field.value;
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return [];
  if (typeof value === 'string' && /^\s*[1-9]\d{0,5}\s*$/.test(value)) {
    const number = String(Number(value));
    return [{
      span: field.valueSpan,
      message: t('"{0}" must be a number, not the string "{1}".', field.key, value.trim()),
      fix: { title: t('Change "{0}" to {1}', field.key, number), edits: [{ span: field.valueSpan, newText: number }] },
    }];
  }
  return [{ span: spanOrKey(field), message: t('"{0}" must be a positive whole number of minutes.', field.key) }];
}

function spanOrKey(field: FrontMatterField) {
  return field.valueSpan.end > field.valueSpan.start ? field.valueSpan : field.keySpan;
}
