/**
 * The JSON Schema validator: ajv (draft-07 and 2020-12, with formats), in its own bundle
 * (dist/schema.js), required only when a schema applies to a post. It turns a SchemaSet into the
 * engine's SchemaCheck, and each ajv error into an issue placed on the exact YAML range.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import type { SchemaCheck } from '../core/schemaCheck';
import { isValidDate } from '../core/rules/fieldFormat';
import { issuesOf } from './issues';
import type { JsonSchema, SchemaProblem, SchemaSet } from './types';

/** Marks an English template that the rules translate (scripts/check-l10n.mjs collects them). */
const msg = (template: string): string => template;

type AnyAjv = Ajv | Ajv2019 | Ajv2020;

const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;
const DRAFT_06 = /^https?:\/\/json-schema\.org\/draft-06\/schema#?$/;
const DRAFT_2019 = /^https?:\/\/json-schema\.org\/draft\/2019-09\/schema#?$/;
const DRAFT_2020 = /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/;

const validators = new Map<string, AnyAjv>();

/** How a date is read: as a YAML timestamp or ISO 8601 (Jekyll, any schema), or as Astro reads it. */
type DateReading = 'timestamp' | 'astro';

/** One ajv per draft and date reading, created on first use, with the formats a blog needs. */
function ajvFor(draft: '07' | '2019' | '2020', dates: DateReading): AnyAjv {
  const key = `${draft}:${dates}`;
  let ajv = validators.get(key);
  if (!ajv) {
    const options = { allErrors: true, strict: false, verbose: true, allowUnionTypes: true, validateSchema: true } as const;
    ajv = draft === '2020' ? new Ajv2020(options) : draft === '2019' ? new Ajv2019(options) : new Ajv(options);
    if (draft === '07') ajv.addMetaSchema(draft06);
    addFormats(ajv);
    // Dates as Astro and Jekyll read them: a YAML timestamp (`2025-11-07`, `2025-11-07 04:38:05 +0000`)
    // is a date and a date-time; the site generator turns it into a Date either way.
    const isDate = dates === 'astro' ? isAstroDate : isValidDate;
    ajv.addFormat('date-time', { type: 'string', validate: isDate });
    ajv.addFormat('date', { type: 'string', validate: isDate });
    // zod-to-json-schema (older Astro) writes `{ type: integer, format: unix-time }` for dates.
    ajv.addFormat('unix-time', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    validators.set(key, ajv);
  }
  return ajv;
}

/**
 * A date as Astro reads one. Its generated schemas say `date-time` (and `date`) for both
 * `z.date()` and `z.coerce.date()`, and `z.coerce.date()`, the starter's and the docs' choice,
 * takes whatever `new Date(value)` takes in Node (`Jul 08 2022`, `2024-01-05`, a timestamp with
 * a zone). The one exception: a YYYY-MM-DD day that does not exist (`2024-02-30`), which Date
 * silently rolls over into the next month.
 */
export function isAstroDate(value: string): boolean {
  if (Number.isNaN(new Date(value).getTime())) return false;
  const day = /^\s*\d{4}-\d{2}-\d{2}/.exec(value);
  return !day || isValidDate(day[0]);
}

function draftOf(schema: JsonSchema): '07' | '2019' | '2020' | undefined {
  const declared = schema.$schema;
  if (declared === undefined) return '07';
  if (typeof declared !== 'string') return undefined;
  if (DRAFT_07.test(declared) || DRAFT_06.test(declared)) return '07';
  if (DRAFT_2019.test(declared)) return '2019';
  if (DRAFT_2020.test(declared)) return '2020';
  return undefined;
}

const compiled = new WeakMap<object, { validate?: ValidateFunction; problem?: SchemaProblem }>();

/** Compiles once per schema object (sources cache the objects per file); a bad schema is a problem, never an exception. */
function compile(schema: JsonSchema, file: string, dates: DateReading): { validate?: ValidateFunction; problem?: SchemaProblem } {
  let entry = compiled.get(schema);
  if (entry) return entry;
  const draft = typeof schema === 'object' && schema !== null ? draftOf(schema) : '07';
  if (!draft) {
    entry = { problem: { file, message: 'unknown $schema "{0}"; Frontlint reads JSON Schema draft-07, 2019-09 and 2020-12.', args: [String(schema.$schema)] } };
  } else {
    try {
      // Without its root $id: two schemas with the same $id (two collections copied from one) must not clash in ajv's registry.
      const { $id: _id, ...anonymous } = schema;
      const validate = ajvFor(draft, dates).compile(anonymous);
      // A schema that is its own $ref (directly or round a cycle) recurses on any data: found here, once.
      validate({});
      entry = { validate };
    } catch (error) {
      const missingRef = (error as { missingRef?: string }).missingRef;
      entry = error instanceof RangeError
        ? { problem: { file, message: 'refers to itself without end ($ref cycle); this schema is not used.', args: [] } }
        : missingRef !== undefined
        ? { problem: { file, message: 'the $ref "{0}" does not resolve; this schema is not used.', args: [missingRef] } }
        : { problem: { file, message: 'is not a valid JSON Schema ({0}); this schema is not used.', args: [firstLine(error)] } };
    }
  }
  compiled.set(schema, entry);
  return entry;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/** Where the expectations came from, as shown after each message. */
function sourceOf(set: SchemaSet, name: string): SchemaCheck['source'] {
  const file = set.file.slice(set.file.lastIndexOf('/') + 1);
  if (set.kind === 'frontmatter-cms') return { template: msg('Front Matter CMS content type "{0}"'), args: [name] };
  if (set.kind === 'astro') return { template: msg('Astro collection "{0}"'), args: [name] };
  return { template: msg('JSON Schema {0}'), args: [file] };
}

/**
 * The check for a post under this set: the schema named by the post's type field (Front Matter
 * CMS `type`), else the set's fallback. Undefined when no schema of the set can be used; each
 * schema that cannot be compiled is a problem.
 */
export function checkFor(set: SchemaSet, typeName: string | undefined): { check?: SchemaCheck; problems: SchemaProblem[] } {
  const name = typeName !== undefined && set.schemas.has(typeName) ? typeName : set.fallback;
  const schema = set.schemas.get(name);
  if (!schema) return { problems: [] };
  const { validate, problem } = compile(schema, set.file, set.kind === 'astro' ? 'astro' : 'timestamp');
  if (!validate) return { problems: problem ? [problem] : [] };
  return {
    problems: [],
    check: {
      source: sourceOf(set, name),
      check: (post) => issuesOf(post, validate),
    },
  };
}

export type { ErrorObject };
