import { isScalar } from 'yaml';
import type { FrontMatterField } from '../parse/frontMatter';
import { schemaFindings, type Rule, type RuleFinding } from '../rule';

/** Jekyll's `2025-11-07 04:38:05 +0000`, RFC 3339 / ISO 8601 (`2025-11-07T04:38:05Z`), or a plain `2025-11-07`. */
const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:(?:[Tt]| +)(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?: *(?:[Zz]|[+-]\d{2}:?\d{2}))?)?$/;
/** OpenRouter-style model ids: `provider/model[:variant]`, e.g. `x-ai/grok-4-fast` or `openai/gpt-4o:free`. */
const MODEL = /^[a-z0-9][a-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*(?::[A-Za-z0-9._-]+)?$/;

export const fieldFormat: Rule = {
  id: 'field-format',
  description: 'A front matter value is malformed: `date` must be a real date, `lang` a BCP 47 tag, `model` a `provider/model[:variant]` id.',
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
    check('date', isValidDate, '"{0}" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +ZZZZ or ISO 8601.');
    check('lang', isValidLanguageTag, '"{0}" is not a valid BCP 47 language tag (for example "ja" or "en-US").');
    check('model', (v) => MODEL.test(v), '"{0}" is not a model id of the form provider/model[:variant] (for example "x-ai/grok-4-fast").');
    return findings;
  },
};

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
