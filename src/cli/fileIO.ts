import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodeUtf8 } from '../fs/utf8';

export { decodeUtf8 };

const BOM = '\uFEFF';

export type ReadResult = { ok: true; text: string; bom: boolean; original: Buffer } | { ok: false; message: string };

/**
 * Reads a post as strict UTF-8. Binary files and invalid UTF-8 are reported, never half-decoded.
 * Synchronous on purpose: each lint thread reads one file at a time, and a blocking read costs
 * less than the round trips of an asynchronous one through libuv's thread pool.
 */
export function readPost(path: string): ReadResult {
  let original: Buffer;
  try {
    original = readFileSync(path);
  } catch (error) {
    return { ok: false, message: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  if (original.includes(0)) return { ok: false, message: 'binary file (contains NUL bytes); not linted' };
  // Validated natively first, then decoded: never a half-decoded file with U+FFFD in it.
  if (!isUtf8(original)) return { ok: false, message: 'not valid UTF-8; not linted' };
  const text = decodeUtf8(original);
  const bom = text.startsWith(BOM);
  return { ok: true, text: bom ? text.slice(1) : text, bom, original };
}

/**
 * Writes atomically: a temporary file in the same folder, then a rename, keeping the file mode.
 * Returns false (and writes nothing) if the file changed on disk since it was read.
 */
export async function writePostAtomically(path: string, text: string, bom: boolean, original: Buffer): Promise<boolean> {
  const current = await fs.readFile(path).catch(() => null);
  if (!current || !current.equals(original)) return false;
  const { mode } = await fs.stat(path);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, (bom ? BOM : '') + text, { mode });
    await fs.chmod(temp, mode);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  return true;
}
