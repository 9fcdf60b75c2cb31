import type * as Validator from './validator';
import type { SchemaCheck } from '../core/schemaCheck';
import type { SchemaProblem, SchemaSet } from './types';

let validator: typeof Validator | undefined;

/**
 * The validator (ajv) is required only when a schema applies to a post. In the bundles it is
 * dist/schema.js (scripts/build.mjs), so dist/extension.js and a blog without schemas never load it.
 */
export function loadValidator(): typeof Validator {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (validator ??= require('./validator') as typeof Validator);
}

/** The check for a post under a set, reading the post's type field (Front Matter CMS `type`) from its text. */
export function checkForPost(set: SchemaSet, text: string): { check?: SchemaCheck; problems: SchemaProblem[]; name: string } {
  const type = set.typeField ? typeFieldValue(text, set.typeField) : undefined;
  return { ...loadValidator().checkFor(set, type), name: schemaNameFor(set, type) };
}

/** One key per source of schemas: two lookups that found the same file (and fallback) found the same set. */
export function schemaSetKey(set: SchemaSet): string {
  return `${set.kind}\0${set.file}\0${set.fallback}`;
}

/** The name of the schema of the set that applies to a post whose type field says `type`. */
export function schemaNameFor(set: SchemaSet, type: string | undefined): string {
  return type !== undefined && set.schemas.has(type) ? type : set.fallback;
}

/**
 * A top-level `type: value` line of the front matter, read without parsing the YAML: the schema
 * is chosen before the engine runs. Quotes are removed; anything fancier is not a type name.
 */
export function typeFieldValue(text: string, field: string): string | undefined {
  if (!/^---[ \t]*\r?\n/.test(text)) return undefined;
  const end = text.search(/\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/);
  const frontMatter = text.slice(0, end < 0 ? Math.min(text.length, 64 * 1024) : end + 1);
  const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^${escaped}:[ \\t]*(?:"([^"\\\\\\n]*)"|'([^'\\n]*)'|([^\\s#'"][^#\\n]*?))[ \\t]*(?:#.*)?\\r?$`, 'm').exec(frontMatter);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}
