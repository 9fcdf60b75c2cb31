import type { Translate } from './types';

/** A template split at its placeholders: literal text at even indices, argument numbers at odd ones. */
type Parts = Array<string | number>;
const parsed = new Map<string, Parts>();

function partsOf(template: string): Parts {
  let parts = parsed.get(template);
  if (!parts) {
    parts = template.split(/\{(\d+)\}/).map((part, i) => (i % 2 === 1 ? Number(part) : part));
    parsed.set(template, parts);
  }
  return parts;
}

/**
 * The default translator: English templates with `{0}` placeholders filled in. Templates are few
 * and messages many (one per finding), so each template is split once.
 */
export const formatMessage: Translate = (template, ...args) => {
  if (!template.includes('{')) return template;
  const parts = partsOf(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const index = parts[i] as number;
    out += (index < args.length ? String(args[index]) : `{${index}}`) + (parts[i + 1] as string);
  }
  return out;
};
