import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { isMap, parseDocument, type Document } from 'yaml';
import { LineIndex } from '../core/text/lineIndex';
import type { Translate } from '../core/types';
// Compiled from configSchema() at build time (scripts/build.mjs).
import validateConfig from 'frontlint-config-validator';
import type { ConfigError, ConfigFile } from './types';

export type ParsedConfig = { ok: true; config: ConfigFile } | { ok: false; error: ConfigError };

type PathSegment = string | number;
/** Where a JSON path lies in the file, as offsets; undefined when it is not written there. */
type Locate = (path: PathSegment[]) => { start: number; end: number } | undefined;

/**
 * Parses and checks one config file. `package.json` contributes its `"frontlint"` key (none is
 * an empty config). Never throws: syntax errors and invalid settings come back as one error with
 * the file, line and reason.
 */
export function parseConfig(file: string, text: string, t: Translate): ParsedConfig {
  try {
    return parseConfigUnsafe(file, text, t);
  } catch (error) {
    // Deeply nested input can exhaust the parser's stack: a clear message, never a crash.
    return { ok: false, error: { file, line: 0, character: 0, endLine: 0, endCharacter: 0, message: t('Cannot read this config file: {0}', error instanceof Error ? error.message : String(error)) } };
  }
}

/**
 * YAML larger than this is not parsed: the yaml library can take seconds, or abort the process,
 * on deeply nested input of a few tens of KB. Real config files are a few KB.
 */
const MAX_YAML_CONFIG = 16 * 1024;

function parseConfigUnsafe(file: string, text: string, t: Translate): ParsedConfig {
  const lines = new LineIndex(text);
  const fail = (message: string, start = 0, end = start): ParsedConfig => ({ ok: false, error: errorAt(file, lines, start, end, message) });
  const deep = tooDeepAt(text);
  if (deep >= 0) return fail(t('This config file nests more than {0} levels deep.', MAX_DEPTH), deep, deep + 1);
  const name = file.slice(file.lastIndexOf('/') + 1);
  let value: unknown;
  let locate: Locate;
  let prefix: PathSegment[] = [];
  if (/\.ya?ml$/i.test(name)) {
    if (text.length > MAX_YAML_CONFIG) return fail(t('This YAML config file is {0} KB; Frontlint reads YAML config files up to {1} KB. Use .frontlint.jsonc for a larger one.', Math.round(text.length / 1024), MAX_YAML_CONFIG / 1024));
    const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    const first = document.errors[0];
    if (first) return fail(t('Syntax error: {0}', firstLine(first.message)), first.pos[0], first.pos[1]);
    value = document.contents === null ? {} : document.toJS({ maxAliasCount: 100 });
    locate = yamlLocator(document);
  } else {
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: name === 'package.json' });
    const first = errors[0];
    if (first || !tree) return fail(t('Syntax error: {0}', first ? words(printParseErrorCode(first.error)) : t('the file is empty')), first?.offset ?? 0, (first?.offset ?? 0) + (first?.length ?? 0));
    if (name === 'package.json') {
      prefix = ['frontlint'];
      const node = findNodeAtLocation(tree, prefix);
      if (!node) return { ok: true, config: {} };
      value = getNodeValue(node);
    } else {
      value = getNodeValue(tree);
    }
    locate = jsonLocator(tree);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const at = locate(prefix) ?? { start: 0, end: 0 };
    return fail(t('A Frontlint config must be an object of settings.'), at.start, at.end);
  }
  const invalid = validate(value, t);
  if (invalid) {
    const at = locate([...prefix, ...invalid.path]) ?? locate(prefix) ?? { start: 0, end: 0 };
    return fail(invalid.message, at.start, at.end);
  }
  return { ok: true, config: value as ConfigFile };
}

/** Deeper than this is not a config file; the parsers recurse per level and could exhaust the stack. */
const MAX_DEPTH = 64;

/**
 * The offset where nesting first goes past MAX_DEPTH, or -1: brackets and braces, and YAML's
 * indentation and `- `/`? `/`: ` indicators (each counted as a level). One linear pass.
 */
function tooDeepAt(text: string): number {
  let flow = 0;
  let lineStart = true;
  let block = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      lineStart = true;
      block = 0;
      continue;
    }
    if (lineStart) {
      if (c === 0x20 || c === 0x09) block += 0.5;
      else if ((c === 0x2d || c === 0x3f || c === 0x3a) && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) block += 1;
      else lineStart = false;
      if (block > MAX_DEPTH) return i;
    }
    if (c === 0x5b || c === 0x7b) {
      if (++flow > MAX_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) {
      flow = Math.max(0, flow - 1);
    }
  }
  return -1;
}

function errorAt(file: string, lines: LineIndex, start: number, end: number, message: string): ConfigError {
  const from = lines.positionAt(Math.min(start, lines.text.length));
  const to = lines.positionAt(Math.min(Math.max(start, end), lines.text.length));
  return { file, line: from.line, character: from.character, endLine: to.line, endCharacter: to.character, message };
}

const firstLine = (message: string) => message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');

function jsonLocator(tree: Node): Locate {
  return (path) => {
    const node = findNodeAtLocation(tree, path);
    if (!node) return undefined;
    // A key's whole property (`"key": value`), so that an unknown key is underlined with its value.
    const whole = node.parent?.type === 'property' ? node.parent : node;
    return { start: whole.offset, end: whole.offset + whole.length };
  };
}

function yamlLocator(document: Document): Locate {
  return (path) => {
    if (path.length === 0) return rangeOf(document.contents);
    // A key's pair, from the key to the end of its value, as for JSON.
    const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
    const pair = isMap(parent) ? parent.items.find((item) => String((item.key as { value?: unknown } | null)?.value ?? item.key) === String(path[path.length - 1])) : undefined;
    if (pair) {
      const key = rangeOf(pair.key);
      const value = rangeOf(pair.value);
      if (key) return { start: key.start, end: value?.end ?? key.end };
    }
    return rangeOf(document.getIn(path, true));
  };
}

/** The first problem the JSON Schema finds, as a path into the config and a message for the writer. */
function validate(value: object, t: Translate): { path: PathSegment[]; message: string } | undefined {
  if (validateConfig(value)) return undefined;
  const error = validateConfig.errors![0];
  const path = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const where = path.length > 0 ? path.join('.') : t('the config');
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      if (path[path.length - 1] === 'rules') return { path: [...path, key], message: t('Unknown rule "{0}".', key) };
      return { path: [...path, key], message: t('Unknown setting "{0}" in {1}.', key, where) };
    }
    case 'enum':
      return { path, message: t('{0} must be one of: {1}.', where, (params.allowedValues as unknown[]).join(', ')) };
    case 'type':
      return { path, message: t('{0} must be of type {1}.', where, String(params.type)) };
    case 'required':
      return { path, message: t('{0} needs "{1}".', where, String(params.missingProperty)) };
    case 'minimum':
    case 'exclusiveMinimum':
      return { path, message: t('{0} must be {1} {2}.', where, String(params.comparison), String(params.limit)) };
    default:
      return { path, message: t('{0} is not valid: {1}.', where, error.message ?? error.keyword) };
  }
}

function rangeOf(node: unknown): { start: number; end: number } | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

/** `CommaExpected` → `comma expected`. */
const words = (code: string) => code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
