import { isScalar } from 'yaml';
import type { FrontMatterField } from '../parse/frontMatter';
import { schemaFindings, type Rule, type RuleFinding } from '../rule';

/**
 * Jekyll's `2025-11-07 04:38:05 +0000`, RFC 3339 / ISO 8601 (`2025-11-07T04:38:05Z`), or a plain
 * `2025-11-07`. (An hour of one digit, `9:00:00`, is YAML's own and every generator's.)
 */
const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:(?:[Tt]| +)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?: *(?:[Zz]|[+-]\d{2}:?\d{2}))?)?$/;
/**
 * `2019/07/17` or `2018/08/27 18:00:00`, as Hexo's and Jekyll's users write them, hyphens with a
 * month or day of one digit (`2016-8-27 20:22:33`, `2021-6-10`), and a zone as an offset of three
 * digits (`2016-02-07 23:59:59 +900`, a Japanese Hexo blog's every post) or by name (`2020-03-15
 * 20:57 PDT`, an English Jekyll blog's; `21:41:47 UTC`, Octopress's), which Jekyll (Ruby's
 * `Time.parse`), Hexo and JavaScript's `Date` read too (Chinese Hexo blogs, a Docusaurus blog), but
 * Hugo and YAML do not.
 */
const SLASHED_DATE = /^(\d{4})(\/|-)(\d{1,2})\2(\d{1,2})(?:((?: +|[Tt])\d{1,2}:\d{2}(?::\d{2})?)(?: +(?:([+-])(\d{3,4}|\d{2}:\d{2})|([a-z]{2,5})))?)?$/i;
/** The zones JavaScript's `Date` knows by name (RFC 2822's), which Hexo reads too, as offsets. */
const RFC_2822_ZONES = new Map(Object.entries({ utc: '+0000', gmt: '+0000', ut: '+0000', est: '-0500', edt: '-0400', cst: '-0600', cdt: '-0500', mst: '-0700', mdt: '-0600', pst: '-0800', pdt: '-0700' }));
/**
 * Zones only Ruby reads by name (Jekyll's `Time.parse` takes any zone word), with the one offset
 * each abbreviation stands for. Ambiguous ones (`IST`: India, Ireland or Israel; `BST`: British Summer or Bangladesh) are left out.
 */
const RUBY_ONLY_ZONES = new Map(Object.entries({
  jst: '+0900', kst: '+0900', hkt: '+0800', sgt: '+0800', awst: '+0800', acst: '+0930', acdt: '+1030', aest: '+1000', aedt: '+1100',
  nzst: '+1200', nzdt: '+1300', msk: '+0300', wet: '+0000', west: '+0100', cet: '+0100', cest: '+0200', eet: '+0200',
  eest: '+0300', hst: '-1000', akst: '-0900', akdt: '-0800',
}));
/**
 * A model id as an API takes it: the vendor's own (`gpt-4o`, `gemini-2.5-flash`,
 * `claude-3-5-sonnet-20241022`), OpenRouter's and Hugging Face's `provider/model` (`x-ai/grok-4-fast`,
 * `Qwen/Qwen2.5-72B-Instruct`), with an optional `:variant` (`openai/gpt-4o:free`, Ollama's
 * `llama3.1:8b`). Each names one model; a display name with spaces (`Grok 4 Fast`) does not.
 */
const MODEL = /^(?:[A-Za-z0-9][A-Za-z0-9._-]*\/)?[A-Za-z0-9][A-Za-z0-9._-]*(?::[A-Za-z0-9._-]+)?$/;

export const fieldFormat: Rule = {
  id: 'field-format',
  description: 'A front matter value is malformed: `date` must be a real date, `lang` a BCP 47 tag, `model` a model id.',
  defaultSeverity: 'warning',
  tags: ['front-matter'],
  fixable: true,
  check(context) {
    if (context.schema) return schemaFindings(context, 'field-format');
    const fields = context.post.frontMatter?.fields;
    if (!fields) return [];
    const findings: RuleFinding[] = [];
    const check = (name: string, valid: (value: string) => boolean, message: string) => {
      const field = fields.get(name);
      const value = stringValue(field);
      if (field && value !== undefined && !valid(value)) findings.push({ span: field.valueSpan, message: context.t(message, value) });
    };
    const loose = slashedDate(fields.get('date'));
    if (loose && (loose.hyphenated !== undefined || context.generator === 'jekyll')) {
      // Jekyll reads slashes as a date, and so does Hexo, but a zone only Ruby knows by name is a
      // date to Jekyll alone: a blog built by another generator, or by one not known, hears of it.
      const { field, value, hyphenated, rubyOnly } = loose;
      const readers = rubyOnly ? ['jekyll'] : ['jekyll', 'hexo'];
      if (hyphenated !== undefined && !readers.includes(context.generator)) {
        const message = rubyOnly
          ? context.t('"{0}" names its zone as only Jekyll reads it: write it as {1}.', value, hyphenated)
          : context.t('"{0}" is a date to Jekyll and Hexo, but not to Hugo or to YAML: write it as {1}.', value, hyphenated);
        // TOML reads a bare date only with seconds (`2018-08-27 18:00` is not one): there it stays text, as Hugo takes it.
        const written = context.post.frontMatter?.kind === 'toml' ? JSON.stringify(hyphenated) : hyphenated;
        findings.push({ span: field.valueSpan, message, fix: { title: context.t('Write the date as {0}', hyphenated), edits: [{ span: field.valueSpan, newText: written }] } });
      }
    } else {
      check('date', isValidDate, '"{0}" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +ZZZZ or ISO 8601.');
    }
    check('lang', isValidLanguageTag, '"{0}" is not a valid BCP 47 language tag (for example "ja" or "en-US").');
    check('model', (v) => MODEL.test(v), '"{0}" is not a model id: write it as an API takes it (for example "gpt-4o" or "x-ai/grok-4-fast").');
    return findings;
  },
};

/**
 * A real date written with slashes (or as `SLASHED_DATE` says), and the same date with hyphens
 * (month and day of two digits, an offset of four); no hyphenated form for a zone word of no one
 * known offset, which Ruby still reads (its `Time.parse` takes it as local time).
 */
function slashedDate(field: FrontMatterField | undefined): { field: FrontMatterField; value: string; hyphenated?: string; rubyOnly: boolean } | undefined {
  const value = stringValue(field);
  const m = value === undefined ? null : SLASHED_DATE.exec(value);
  if (!field || !m) return undefined;
  // (Hyphens with two-digit months and days, and an offset of four digits, `+09:00` or none, are the date as it should be written.)
  const offsetWritten = m[7] === undefined || m[7].length === 4 || m[7].includes(':');
  if (m[2] === '-' && m[3].length === 2 && m[4].length === 2 && offsetWritten && !m[8]) return undefined;
  const zone = m[8]?.toLowerCase();
  const zoneOffset = zone === undefined ? undefined : RFC_2822_ZONES.get(zone) ?? RUBY_ONLY_ZONES.get(zone);
  const offset = m[6] ? ` ${m[6]}${m[7].includes(':') ? m[7] : m[7].padStart(4, '0')}` : zoneOffset ? ` ${zoneOffset}` : '';
  const hyphenated = `${m[1]}-${m[3].padStart(2, '0')}-${m[4].padStart(2, '0')}${m[5] ? ` ${m[5].replace(/^(?: +|[Tt])/, '')}${offset}` : ''}`;
  if (!isValidDate(hyphenated)) return undefined;
  const unknownZone = zone !== undefined && zoneOffset === undefined;
  return { field, value: value!, hyphenated: unknownZone ? undefined : hyphenated, rubyOnly: zone !== undefined && !RFC_2822_ZONES.has(zone) };
}

/** The value as text, for scalars that are strings, numbers or dates; undefined for absent or structured values. */
function stringValue(field: FrontMatterField | undefined): string | undefined {
  if (!field || !isScalar(field.value)) return undefined;
  const value = field.value.value;
  if (value === null || typeof value === 'boolean') return value === null ? undefined : String(value);
  return value instanceof Date ? value.toISOString() : String(value).trim();
}

export function isValidDate(value: string): boolean {
  const m = DATE.exec(value.trim());
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 60)) return false;
  return true;
}

export function isValidLanguageTag(value: string): boolean {
  if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(value)) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
