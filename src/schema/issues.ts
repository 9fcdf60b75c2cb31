/**
 * ajv's errors, placed on the exact YAML range and said in a writer's words: the key for an
 * unknown field, the value for a wrong type or format, the whole front matter for a missing
 * required field (named). Each with the fixes that follow from the schema.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { FrontMatter } from '../core/parse/frontMatter';
import type { Post } from '../core/post';
import type { SchemaFix, SchemaIssue, SchemaRule } from '../core/schemaCheck';
import type { Span } from '../core/types';
import { lineBreakOf } from '../core/text/lineIndex';
import { splitList } from '../core/rules/fieldType';
import { closeMatches, unambiguousMatch } from './closeness';
import { jsonOf } from './data';
import { tomlFieldsEnd, tomlKey, tomlLiteral } from '../core/parse/tomlText';
import type { JsonSchema } from './types';

/** Marks an English template that the rules translate (scripts/check-l10n.mjs collects them). */
const msg = (template: string): string => template;

/** More issues than this in one post are not worth listing (and VS Code shows 1,000 at most). */
const MAX_ISSUES = 100;

export function issuesOf(post: Post, validate: ValidateFunction): SchemaIssue[] {
  const fm = post.frontMatter!;
  if (validate(jsonOf(fm))) return [];
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of relevant(validate.errors ?? [])) {
    const issue = issueOf(post, fm, error);
    if (!issue) continue;
    const key = `${issue.span.start}:${issue.span.end}:${issue.message}:${issue.args.join('\u0000')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
    if (issues.length >= MAX_ISSUES) break;
  }
  return issues;
}

/**
 * The errors worth reporting. For `anyOf`/`oneOf`, the branch errors are replaced: by the errors
 * of the closest branch when some branch got past the value itself (an object with wrong fields),
 * else by the one `anyOf` error, which then lists the alternatives.
 */
function relevant(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const alternatives = errors.filter((e) => e.keyword === 'anyOf' || (e.keyword === 'oneOf' && e.params.passingSchemas == null));
  // Innermost first, so that a nested anyOf is settled before the one around it.
  alternatives.sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const parent of alternatives) {
    if (dropped.has(parent)) continue;
    const prefix = `${parent.schemaPath}/`;
    const children = errors.filter((e) => e !== parent && !dropped.has(e) && e.schemaPath.startsWith(prefix));
    const branches = new Map<string, ErrorObject[]>();
    for (const child of children) {
      const branch = child.schemaPath.slice(prefix.length).split('/')[0];
      branches.set(branch, [...(branches.get(branch) ?? []), child]);
    }
    const deep = [...branches.values()].filter((list) => list.every((e) => e.instancePath.length > parent.instancePath.length || e.keyword === 'required' || e.keyword === 'additionalProperties'));
    children.forEach((c) => dropped.add(c));
    if (deep.length > 0) {
      const closest = deep.sort((a, b) => a.length - b.length)[0];
      closest.forEach((c) => dropped.delete(c));
      dropped.add(parent);
    } else {
      (parent as ErrorObject & { branches?: ErrorObject[] }).branches = children;
    }
  }
  // `if`/`then` report the failing `then` too; its own errors say what is wrong.
  return errors.filter((e) => !dropped.has(e) && e.keyword !== 'if');
}

/** The node at an instance path, with its key's span when it is a field. */
interface Located {
  node: Node | null;
  name: string;
  keySpan?: Span;
  valueSpan: Span;
}

function locate(post: Post, segments: readonly string[]): Located | null {
  const fm = post.frontMatter!;
  if (segments.length === 0) return { node: null, name: '', valueSpan: wholeFrontMatter(post) };
  const field = fm.fields.get(segments[0]);
  if (!field) return null;
  let here: Located = { node: field.value, name: field.key, keySpan: field.keySpan, valueSpan: nonEmpty(field.valueSpan, field.keySpan) };
  for (const segment of segments.slice(1)) {
    const node = here.node;
    if (isMap(node)) {
      const pair = (node.items as Pair<unknown, unknown>[]).find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return null;
      const keySpan = spanOf(fm, pair.key as Node);
      const value = (pair.value as Node | null) ?? null;
      here = { node: value, name: `${here.name}.${segment}`, keySpan, valueSpan: value?.range ? spanOf(fm, value) : keySpan };
    } else if (isSeq(node)) {
      const item = (node.items as Array<Node | null>)[Number(segment)];
      if (!item?.range) return null;
      here = { node: item, name: `${here.name}[${segment}]`, valueSpan: spanOf(fm, item) };
    } else {
      return null;
    }
  }
  return here;
}

function spanOf(fm: FrontMatter, node: Node): Span {
  const [start, end] = node.range ?? [0, 0];
  return { start: fm.contentSpan.start + start, end: fm.contentSpan.start + end };
}

function nonEmpty(span: Span, fallback: Span): Span {
  return span.end > span.start ? span : fallback;
}

/** From the opening fence to the end of the closing one. */
function wholeFrontMatter(post: Post): Span {
  const fm = post.frontMatter!;
  return { start: 0, end: post.lines.lineEnd(fm.closeLine >= 0 ? fm.closeLine : 0) };
}

function segmentsOf(instancePath: string): string[] {
  return instancePath === '' ? [] : instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const TYPE_MESSAGES: Record<string, string> = {
  string: msg('"{0}" must be text.'),
  number: msg('"{0}" must be a number.'),
  integer: msg('"{0}" must be a whole number.'),
  boolean: msg('"{0}" must be true or false.'),
  array: msg('"{0}" must be a list.'),
  object: msg('"{0}" must be a group of fields (a mapping).'),
  null: msg('"{0}" must be empty.'),
};

const FORMAT_RULES = new Set(['enum', 'const', 'format', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength']);

function ruleOf(keyword: string): SchemaRule {
  if (keyword === 'required') return 'required-field';
  return FORMAT_RULES.has(keyword) ? 'field-format' : 'field-type';
}

function issueOf(post: Post, fm: FrontMatter, error: ErrorObject): SchemaIssue | null {
  const segments = segmentsOf(error.instancePath);
  const at = locate(post, segments);
  if (!at) return null;
  const issue = (message: string, args: Array<string | number>, span = at.valueSpan, keyword = error.keyword): SchemaIssue => ({ rule: ruleOf(keyword), span, message, args });
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const name = String(params.missingProperty);
      const shown = at.name ? `${at.name}.${name}` : name;
      const span = segments.length === 0 ? wholeFrontMatter(post) : (at.keySpan ?? at.valueSpan);
      const properties = (error.parentSchema as JsonSchema | undefined)?.properties;
      // A misspelt key whose rename fix supplies the field (`pubdate`): inserting it too would make a duplicate key.
      const known = Object.keys((properties as JsonSchema | undefined) ?? {});
      const present = keysAt(fm, segments, at);
      const renamed = [...present].some((key) => !known.includes(key) && unambiguousMatch(key, renameChoices(key, known, present)) === name);
      const fix = renamed ? undefined : insertField(post, fm, at, name, properties);
      return { ...issue(msg('Required field "{0}" is missing.'), [shown], span), ...(fix ? { fix } : {}) };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(params.additionalProperty ?? params.unevaluatedProperty);
      const field = locate(post, [...segments, name]);
      if (!field?.keySpan) return null;
      const known = Object.keys(((error.parentSchema as JsonSchema | undefined)?.properties as JsonSchema | undefined) ?? {});
      const close = renameChoices(name, known, keysAt(fm, segments, at));
      const rename = (to: string): SchemaFix => ({ title: 'Rename "{0}" to "{1}"', args: [name, to], edits: [{ span: field.keySpan!, newText: to }] });
      return {
        ...issue(close.length > 0 ? msg('"{0}" is not a field here; did you mean "{1}"?') : msg('"{0}" is not a field here.'), [field.name, close[0] ?? ''], field.keySpan),
        ...closeFixes(name, close, rename),
      };
    }
    case 'type':
      return typeIssue(at, error, issue);
    case 'enum':
    case 'const': {
      const allowed = error.keyword === 'const' ? [params.allowedValue] : ((params.allowedValues as unknown[]) ?? []);
      const value = isScalar(at.node) ? at.node.value : undefined;
      const choices = allowed.filter((c): c is string => typeof c === 'string');
      const close = typeof value === 'string' ? closeMatches(value, choices) : choices.length === 1 ? choices : [];
      const change = (to: string): SchemaFix => ({ title: 'Change to "{0}"', args: [to], edits: [{ span: at.valueSpan, newText: fm.kind === 'toml' ? JSON.stringify(to) : scalarText(to, at.node) }] });
      return {
        ...issue(msg('"{0}" is not one of the allowed values: {1}.'), [at.name, allowed.map((v) => JSON.stringify(v)).join(', ')]),
        ...(typeof value === 'string' ? closeFixes(value, close.slice(0, 5), change) : close.length > 0 ? { suggestions: close.map(change) } : {}),
      };
    }
    case 'format': {
      const format = String(params.format);
      const value = isScalar(at.node) ? String(at.node.value) : '';
      if (format === 'date' || format === 'date-time') return issue(msg('"{0}" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +ZZZZ or ISO 8601.'), [value]);
      return issue(msg('"{0}" is not in the "{1}" format.'), [at.name, format]);
    }
    case 'anyOf':
    case 'oneOf':
      return alternativesIssue(at, error, issue);
    case 'minimum':
    case 'exclusiveMinimum':
      return issue(error.keyword === 'minimum' ? msg('"{0}" must be at least {1}.') : msg('"{0}" must be greater than {1}.'), [at.name, String(params.limit)]);
    case 'maximum':
    case 'exclusiveMaximum':
      return issue(error.keyword === 'maximum' ? msg('"{0}" must be at most {1}.') : msg('"{0}" must be less than {1}.'), [at.name, String(params.limit)]);
    case 'minLength':
      return issue(msg('"{0}" must be at least {1} characters long.'), [at.name, String(params.limit)]);
    case 'maxLength':
      return issue(msg('"{0}" must be at most {1} characters long.'), [at.name, String(params.limit)]);
    case 'minItems':
      return issue(msg('"{0}" must have at least {1} items.'), [at.name, String(params.limit)]);
    case 'maxItems':
      return issue(msg('"{0}" must have at most {1} items.'), [at.name, String(params.limit)]);
    case 'uniqueItems':
      return issue(msg('"{0}" has the same item twice (items {1} and {2}).'), [at.name, Number(params.j) + 1, Number(params.i) + 1]);
    case 'pattern':
      return issue(msg('"{0}" must match the pattern {1}.'), [at.name, String(params.pattern)]);
    case 'false schema':
      return issue(msg('"{0}" is not allowed here.'), [at.name], at.keySpan ?? at.valueSpan);
    default:
      return issue(msg('"{0}": {1}'), [at.name || '(front matter)', error.message ?? error.keyword]);
  }
}

/**
 * Fixes towards the close names or choices: the fix itself (preferred, applied by fix-all and
 * `--fix`) when one is unambiguous, else one suggestion per choice for the writer to pick.
 */
function closeFixes(written: string, close: readonly string[], make: (to: string) => SchemaFix): Pick<SchemaIssue, 'fix' | 'suggestions'> {
  const only = unambiguousMatch(written, close);
  if (only !== undefined) return { fix: make(only) };
  return close.length > 0 ? { suggestions: close.map(make) } : {};
}

/** The keys of the mapping at `segments` (the front matter's own fields at the top). */
function keysAt(fm: FrontMatter, segments: readonly string[], at: Located): Set<string> {
  if (segments.length === 0) return new Set(fm.fields.keys());
  return new Set(isMap(at.node) ? (at.node.items as Pair<unknown, unknown>[]).map((p) => String(isScalar(p.key) ? p.key.value : '')) : []);
}

/** The known fields a key may be renamed to: close ones the mapping does not have yet (a rename onto one would make a duplicate key). */
function renameChoices(key: string, known: readonly string[], present: ReadonlySet<string>): string[] {
  return closeMatches(key, known.filter((k) => !present.has(k)));
}

type MakeIssue = (message: string, args: Array<string | number>, span?: Span, keyword?: string) => SchemaIssue;

const BOOLEAN_WORD = /^(?:true|false|yes|no|on|off)$/i;

/** A wrong type, with the fixes the existing field-type rule offers for the same mistakes. */
function typeIssue(at: Located, error: ErrorObject, issue: MakeIssue): SchemaIssue {
  const expected = ([] as string[]).concat(error.params.type as string | string[]);
  const value = isScalar(at.node) ? at.node.value : undefined;
  const base = expected.length === 1 && TYPE_MESSAGES[expected[0]] ? issue(TYPE_MESSAGES[expected[0]], [at.name]) : issue(msg('"{0}" must be one of these types: {1}.'), [at.name, expected.join(', ')]);
  const fix = (title: string, args: Array<string | number>, newText: string): SchemaIssue => ({ ...base, fix: { title, args, edits: [{ span: at.valueSpan, newText }] } });
  if (typeof value === 'string') {
    const text = value.trim();
    if (expected.includes('boolean') && BOOLEAN_WORD.test(text)) {
      const literal = /^(?:true|yes|on)$/i.test(text) ? 'true' : 'false';
      return fix(msg('Change "{0}" to {1}'), [at.name, literal], literal);
    }
    if ((expected.includes('number') || expected.includes('integer')) && /^-?\d+(?:\.\d+)?$/.test(text) && (expected.includes('number') || !text.includes('.'))) {
      return fix(msg('Change "{0}" to {1}'), [at.name, String(Number(text))], String(Number(text)));
    }
    if (expected.includes('array') && text !== '') {
      const items = splitList(text);
      const list = `[${items.map((s) => JSON.stringify(s)).join(', ')}]`;
      return fix(msg('Convert "{0}" to the list {1}'), [at.name, list], list);
    }
  }
  if ((typeof value === 'number' || typeof value === 'boolean') && expected.includes('string')) {
    return fix(msg('Quote {0}'), [String(value)], JSON.stringify(String(value)));
  }
  return base;
}

/** `anyOf` with no branch past the value: a date in a wrong format, or a value of none of the types. */
function alternativesIssue(at: Located, error: ErrorObject, issue: MakeIssue): SchemaIssue {
  const branches = (error as ErrorObject & { branches?: ErrorObject[] }).branches ?? [];
  const formats = branches.filter((b) => b.keyword === 'format').map((b) => String(b.params.format));
  if (formats.some((f) => f === 'date' || f === 'date-time')) {
    const value = isScalar(at.node) ? String(at.node.value) : '';
    return issue(msg('"{0}" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +ZZZZ or ISO 8601.'), [value], at.valueSpan, 'format');
  }
  const options = Array.isArray(error.schema) ? (error.schema as JsonSchema[]).map(describe).filter((d) => d !== '') : [];
  return issue(msg('"{0}" must be one of: {1}.'), [at.name, [...new Set(options)].join(', ') || error.keyword]);
}

function describe(schema: JsonSchema): string {
  if (!schema || typeof schema !== 'object') return '';
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(', ');
  if ('const' in schema) return JSON.stringify(schema.const);
  const type = ([] as unknown[]).concat(schema.type ?? []).join(' or ');
  return typeof schema.format === 'string' ? `${type} (${schema.format})` : type;
}

/**
 * Inserts a missing field, with the schema's `default` or an empty placeholder, as the last field
 * of its mapping (before the closing fence at the top level), indented like its siblings.
 */
function insertField(post: Post, fm: FrontMatter, at: Located, name: string, properties: unknown): SchemaFix | undefined {
  const property = properties && typeof properties === 'object' ? (properties as Record<string, JsonSchema>)[name] : undefined;
  const newline = lineBreakOf(post.text);
  const toml = fm.kind === 'toml';
  const value = toml ? tomlValue(property) : yamlValue(property);
  const entry = toml ? `${tomlKey(name)} = ${value}` : `${keyText(name)}:${value === '' ? '' : ` ${value}`}`;
  const fix = (offset: number, indent: string): SchemaFix => ({ title: 'Add "{0}"', args: [entry], edits: [{ span: { start: offset, end: offset }, newText: `${indent}${entry}${newline}` }] });
  if (!at.name) return fm.closeLine >= 0 ? fix(toml ? tomlFieldsEnd(post.lines, fm) : fm.contentSpan.end, '') : undefined;
  // (A TOML table's own fields are not added to: a section or an inline table, each its own way.)
  if (toml) return undefined;
  const node = at.node;
  if (!isMap(node) || node.flow || node.items.length === 0) return undefined;
  const first = (node.items[0] as Pair<unknown, unknown>).key as Node;
  const last = node.items[node.items.length - 1] as Pair<unknown, unknown>;
  const lastEnd = ((last.value as Node | null)?.range ?? (last.key as Node).range)?.[1];
  if (!first.range || lastEnd === undefined) return undefined;
  const firstKey = fm.contentSpan.start + first.range[0];
  const before = post.text.slice(post.lines.lineStarts[post.lines.lineAt(firstKey)], firstKey);
  // A list item's mapping (`  - url: …`): its other keys line up under the first, after the dash.
  if (!/^(?: *- +)*$/.test(before) && !/^ *$/.test(before)) return undefined;
  return fix(post.lines.nextLineStart(post.lines.lineAt(fm.contentSpan.start + lastEnd - 1)), ' '.repeat(before.length));
}

function yamlValue(property: JsonSchema | undefined): string {
  if (property && 'default' in property && property.default !== undefined) {
    const value = property.default;
    return typeof value === 'string' ? scalarText(value, null) : JSON.stringify(value);
  }
  const type = ([] as unknown[]).concat(property?.type ?? [])[0];
  return type === 'string' ? '""' : type === 'array' ? '[]' : type === 'object' ? '{}' : '';
}

/** TOML's value for a missing field: the schema's default, else an empty one of its type (TOML has no null). */
function tomlValue(property: JsonSchema | undefined): string {
  if (property && 'default' in property && property.default !== undefined && property.default !== null) return tomlLiteral(property.default);
  const type = ([] as unknown[]).concat(property?.type ?? [])[0];
  return type === 'array' ? '[]' : type === 'object' ? '{}' : type === 'boolean' ? 'false' : type === 'number' || type === 'integer' ? '0' : '""';
}

function keyText(name: string): string {
  return /^[A-Za-z_][\w-]*$/.test(name) ? name : JSON.stringify(name);
}

/** A value as it reads in YAML: plain when that means the same string, else double-quoted; quoted if the old value was. */
function scalarText(value: string, old: Node | null): string {
  const quoted = isScalar(old) && (old.type === 'QUOTE_DOUBLE' || old.type === 'QUOTE_SINGLE');
  const plainSafe = /^[\p{L}\p{N}_][\p{L}\p{N}_ ./-]*$/u.test(value) && !/ $/.test(value) && !/^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.inf|\.nan|0x[\da-f]+|0o[0-7]+))$/i.test(value);
  return !quoted && plainSafe ? value : JSON.stringify(value);
}
