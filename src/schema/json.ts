import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { readTextFile, type FileSystem } from '../fs/fileSystem';
import type { SchemaProblem } from './types';

export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: SchemaProblem } | { ok: false; missing: true };

/**
 * Reads a JSON file (comments and trailing commas allowed, as Front Matter CMS and VS Code allow
 * them); a syntax error is a problem naming the file, line and column.
 */
export async function readJson(fs: FileSystem, file: string): Promise<JsonRead> {
  const text = await readTextFile(fs, file);
  if (text === undefined) {
    if (!(await fs.stat(file))) return { ok: false, missing: true };
    return { ok: false, problem: { file, message: 'cannot be read as UTF-8 text', args: [] } };
  }
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const { line, column } = lineColumn(text, errors[0].offset);
    return { ok: false, problem: { file, message: 'not valid JSON: {0} at line {1}, column {2}', args: [printParseErrorCode(errors[0].error), line, column] } };
  }
  return { ok: true, value };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
