/**
 * Front Matter CMS content types (`frontMatter.taxonomy.contentTypes[]` in `frontmatter.json`)
 * translated to JSON Schema. Pure: data in, schema out. The mapping follows Front Matter CMS's own
 * `ContentTypeSchemaGenerator` (draft-07, no `additionalProperties`, `required` per field), with
 * three deliberate differences, each tested: an unknown field type is a problem (it would silently
 * become a string there), `image`/`file`/`dataFile` with `multiple` are lists (as the CMS writes
 * them), and `block` field groups are looked up in the `fieldGroups` passed in.
 */
import type { JsonSchema } from './types';

export interface FmChoice {
  id?: string | null;
  title?: string;
}

export interface FmField {
  name: string;
  type: string;
  title?: string;
  description?: string;
  required?: boolean;
  default?: unknown;
  choices?: Array<string | FmChoice>;
  multiple?: boolean;
  fields?: FmField[];
  fieldGroup?: string | string[];
  numberOptions?: { min?: number; max?: number; isDecimal?: boolean };
}

export interface FmContentType {
  name: string;
  fields?: FmField[];
}

export interface FmFieldGroup {
  id: string;
  fields?: FmField[];
}

/** Field types of Front Matter CMS 10; `divider` and `heading` are UI only. */
const STRING_TYPES = new Set(['string', 'slug', 'customField', 'uniqueId']);
const PATH_TYPES = new Set(['image', 'file', 'dataFile', 'contentRelationship']);
const LIST_TYPES = new Set(['tags', 'categories', 'taxonomy', 'list']);
const UI_TYPES = new Set(['divider', 'heading']);
export const KNOWN_FIELD_TYPES: ReadonlySet<string> = new Set([
  ...STRING_TYPES, ...PATH_TYPES, ...LIST_TYPES, ...UI_TYPES,
  'number', 'boolean', 'draft', 'datetime', 'choice', 'fields', 'block', 'json', 'fieldCollection',
]);

export type Translation = { schema: JsonSchema } | { unknownType: { field: string; type: string } };

/** The content type as a draft-07 JSON Schema, or the first field whose type is unknown. */
export function contentTypeToSchema(contentType: FmContentType, fieldGroups: readonly FmFieldGroup[] = []): Translation {
  const unknown = findUnknownType(contentType.fields ?? [], fieldGroups, new Set());
  if (unknown) return { unknownType: unknown };
  return { schema: { $schema: 'http://json-schema.org/draft-07/schema#', title: contentType.name, ...objectOf(contentType.fields ?? [], fieldGroups, new Set()) } };
}

function findUnknownType(fields: readonly FmField[], groups: readonly FmFieldGroup[], seen: Set<string>, prefix = ''): { field: string; type: string } | null {
  for (const field of fields) {
    if (!field || typeof field !== 'object') continue;
    const path = prefix + String(field.name);
    if (typeof field.type !== 'string' || !KNOWN_FIELD_TYPES.has(field.type)) return { field: path, type: String(field.type) };
    const nested = field.type === 'fields' ? findUnknownType(field.fields ?? [], groups, seen, `${path}.`) : null;
    if (nested) return nested;
    for (const group of field.type === 'block' ? groupsOf(field, groups) : []) {
      if (seen.has(group.id)) continue;
      seen.add(group.id);
      const inGroup = findUnknownType(group.fields ?? [], groups, seen, `${path}[${group.id}].`);
      if (inGroup) return inGroup;
    }
  }
  return null;
}

/** `{type: object, properties, required}` for a list of fields. `seen` stops a block group that contains itself. */
function objectOf(fields: readonly FmField[], groups: readonly FmFieldGroup[], seen: ReadonlySet<string>): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const field of fields) {
    if (!field || typeof field.name !== 'string' || UI_TYPES.has(field.type)) continue;
    properties[field.name] = fieldSchema(field, groups, seen);
    if (field.required === true) required.push(field.name);
  }
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

export function fieldSchema(field: FmField, groups: readonly FmFieldGroup[] = [], seen: ReadonlySet<string> = new Set()): JsonSchema {
  const schema: JsonSchema = {};
  if (field.description) schema.description = field.description;
  if (field.default !== undefined && field.default !== null) schema.default = field.default;
  const strings = (): JsonSchema => ({ type: 'array', items: { type: 'string' } });
  switch (field.type) {
    case 'number':
      schema.type = 'number';
      if (typeof field.numberOptions?.min === 'number') schema.minimum = field.numberOptions.min;
      if (typeof field.numberOptions?.max === 'number') schema.maximum = field.numberOptions.max;
      break;
    case 'boolean':
    case 'draft':
      schema.type = 'boolean';
      break;
    case 'datetime':
      schema.type = 'string';
      schema.format = 'date-time';
      break;
    case 'choice': {
      const choices = (field.choices ?? []).map(choiceValue).filter((c): c is string => c !== undefined);
      const one: JsonSchema = { type: 'string', ...(choices.length > 0 ? { enum: choices } : {}) };
      Object.assign(schema, field.multiple ? { type: 'array', items: one } : one);
      break;
    }
    case 'fields':
      Object.assign(schema, objectOf(field.fields ?? [], groups, seen));
      break;
    case 'block': {
      const options = groupsOf(field, groups)
        .filter((g) => !seen.has(g.id))
        .map((g) => objectOf(g.fields ?? [], groups, new Set([...seen, g.id])));
      Object.assign(schema, { type: 'array', items: options.length > 0 ? { oneOf: options } : { type: 'object' } });
      break;
    }
    case 'fieldCollection':
      Object.assign(schema, { type: 'array', items: { type: 'object' } });
      break;
    case 'json':
      schema.type = ['object', 'array', 'string', 'number', 'boolean', 'null'];
      break;
    default:
      if (LIST_TYPES.has(field.type)) Object.assign(schema, strings());
      else if (PATH_TYPES.has(field.type) && field.multiple) Object.assign(schema, strings());
      else schema.type = 'string';
  }
  return schema;
}

function choiceValue(choice: string | FmChoice): string | undefined {
  if (typeof choice === 'string') return choice;
  if (choice && typeof choice === 'object') return (choice.id || choice.title) ?? undefined;
  return undefined;
}

function groupsOf(field: FmField, groups: readonly FmFieldGroup[]): FmFieldGroup[] {
  const ids = Array.isArray(field.fieldGroup) ? field.fieldGroup : field.fieldGroup ? [field.fieldGroup] : [];
  return ids.flatMap((id) => groups.filter((g) => g && g.id === id));
}
