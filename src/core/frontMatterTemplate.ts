import { countScripts, detectLanguage } from './analysis/textStats';
import type { Block } from './parse/blocks';
import { parsePost, type Post, type PostOptions } from './post';
import { lineBreakOf, type LineIndex } from './text/lineIndex';
import type { SpanEdit } from './rule';
import { tomlFieldsEnd, tomlKey } from './parse/tomlText';

/** Jekyll's date style, `2025-11-07 04:38:05 +0900`, in the local zone of `now`. */
export function formatJekyllDate(now: Date): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -now.getTimezoneOffset();
  const zone = `${offset >= 0 ? '+' : '-'}${pad(Math.trunc(offset / 60))}${pad(offset % 60)}`;
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())} ${zone}`;
}

/** The title a post suggests: its first heading (outside code), else its file name without extension. */
export function suggestTitle(text: string, fileName: string): string {
  const post = parsePost(text);
  const heading = post.blocks.find((block) => block.kind === 'heading');
  const title = heading ? headingText(post.lines, heading) : '';
  if (title) return title;
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
}

/**
 * A heading's text: a setext heading's lines above its underline, or an ATX heading without its
 * `#` marks and optional closing sequence (`## Title ##`; the `#` of `C#` stays). Scanned from the
 * end by hand: a lazy regular expression for this is quadratic on a long line of ` #`.
 */
function headingText(lines: LineIndex, block: Block): string {
  if (block.endLine > block.startLine) {
    return Array.from({ length: block.endLine - block.startLine }, (_, i) => lines.lineText(block.startLine + i).trim()).join(' ');
  }
  const text = lines.lineText(block.startLine).replace(/^ {0,3}#{1,6}/, '');
  const isBlank = (i: number) => text[i] === ' ' || text[i] === '\t';
  let end = text.length;
  while (end > 0 && isBlank(end - 1)) end--;
  let hashes = end;
  while (hashes > 0 && text[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === 0 || isBlank(hashes - 1))) end = hashes;
  return text.slice(0, end).trim();
}

/** Escapes text for a snippet placeholder (`$`, `}` and `\` are special there). */
const snippetText = (s: string) => s.replace(/[$}\\]/g, '\\$&');
const yamlString = (s: string) => JSON.stringify(s);

/**
 * A snippet (with tab stops) for a post that has no front matter: title, date, tags, categories
 * and the language detected from the body.
 */
export function frontMatterSnippet(text: string, fileName: string, now: Date): string {
  const lang = detectLanguage(countScripts(text));
  const lines = [
    '---',
    `title: \${1:${snippetText(yamlString(suggestTitle(text, fileName)))}}`,
    `date: \${2:${snippetText(formatJekyllDate(now))}}`,
    'tags: [${3}]',
    'categories: [${4}]',
    ...(lang ? [`lang: \${5:${lang}}`] : []),
    '---',
    '',
    '$0',
  ];
  return lines.join('\n');
}

/**
 * For a post that already has front matter: an insertion of the required fields that are missing,
 * just before the closing fence (in TOML, before its first table), leaving the rest exactly as it was.
 */
export function missingFieldsEdit(text: string, fileName: string, requiredFields: readonly string[], now: Date, options: PostOptions = {}): SpanEdit | null {
  const post = parsePost(text, options);
  const fm = post.frontMatter;
  if (!fm || fm.closeLine < 0 || (fm.kind === 'toml' && !fm.parsed)) return null;
  const missing = requiredFields.filter((name) => !fm.fields.has(name));
  if (missing.length === 0) return null;
  const toml = fm.kind === 'toml';
  const valueOf = (name: string) => {
    if (name === 'title') return (toml ? JSON.stringify : yamlString)(suggestTitle(text.slice(post.bodyOffset), fileName));
    // TOML's own date-time (RFC 3339), which Hugo reads; Jekyll's style is no TOML value.
    if (name === 'date') return toml ? formatJekyllDate(now).replace(/^(\S+) (\S+) ([+-]\d{2})(\d{2})$/, '$1T$2$3:$4') : formatJekyllDate(now);
    return name === 'tags' || name === 'categories' ? '[]' : '""';
  };
  return appendFields(post, missing.map((name) => [name, valueOf(name)]));
}

/** Sets one top-level field to a literal (the same in YAML and TOML: a number): replaces its value, or adds it before the closing fence. */
export function setFieldEdit(text: string, key: string, literal: string, options: PostOptions = {}): SpanEdit | null {
  const post = parsePost(text, options);
  const fm = post.frontMatter;
  if (!fm || fm.closeLine < 0 || !fm.parsed || fm.errors.length > 0) return null;
  const field = fm.fields.get(key);
  if (field) {
    const { start, end } = field.valueSpan;
    return start === end ? { span: { start: field.keySpan.end + 1, end: field.keySpan.end + 1 }, newText: ` ${literal}` } : { span: field.valueSpan, newText: literal };
  }
  return appendFields(post, [[key, literal]]);
}

/** `key: literal` lines inserted before the closing fence (`key = literal` before TOML's first table), in the post's own line break. */
function appendFields(post: Post, entries: Array<[string, string]>): SpanEdit {
  const fm = post.frontMatter!;
  const toml = fm.kind === 'toml';
  const at = toml ? tomlFieldsEnd(post.lines, fm) : post.lines.lineStarts[fm.closeLine];
  const eol = lineBreakOf(post.text);
  return { span: { start: at, end: at }, newText: entries.map(([key, literal]) => (toml ? `${tomlKey(key)} = ${literal}${eol}` : `${key}: ${literal}${eol}`)).join('') };
}
