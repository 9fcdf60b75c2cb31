import { readFileSync } from 'node:fs';
import { ConfigResolver } from '../config';
import { nodeFileSystem } from '../fs/nodeFileSystem';
import { configRequest, toFsPath, type ConfigFlags } from './config';
import { schemaReport } from './schemas';

/**
 * `--print-config FILE`: the settings in effect for one post (as markdownlint-cli2 and ESLint
 * print them), and where its front matter expectations come from: a config `schemas` entry, an
 * Astro collection, a Front Matter CMS content type, or the built-in profile.
 */
export async function printConfig(file: string, flags: ConfigFlags): Promise<string> {
  const path = toFsPath(file);
  const config = await new ConfigResolver(nodeFileSystem).resolve(path, configRequest(flags));
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = undefined;
  }
  const schema = await schemaReport(path, config, text);
  return `${JSON.stringify({ file: path, config, schema }, null, 2)}\n`;
}
