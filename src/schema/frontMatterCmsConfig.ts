/**
 * Front Matter CMS settings composed as the CMS composes them (its `Settings.readConfig`):
 * `frontmatter.json`, then the local files its `frontMatter.extends` lists, in order, then the
 * split files under `.frontmatter/config/` sorted by path. An item of a list setting (a content
 * type by `name`, a field group by `id`, a page folder by `path`) is added only when none with the
 * same key is there yet, so `frontmatter.json` wins over what it extends, which wins over the
 * split files. Pure: every read goes through the FileSystem, so the CLI and the editor agree.
 */
import { joinPath, type FileSystem } from '../fs/fileSystem';
import { isObject, readJson } from './json';
import type { SchemaProblem } from './types';

/** The list settings Frontlint needs, where their split files live, and the key that identifies an item. */
const LIST_SETTINGS = [
  { key: 'frontMatter.taxonomy.contentTypes', folder: 'taxonomy.contenttypes', id: 'name' },
  { key: 'frontMatter.taxonomy.fieldGroups', folder: 'taxonomy.fieldgroups', id: 'id' },
  { key: 'frontMatter.content.pageFolders', folder: 'content.pagefolders', id: 'path' },
] as const;

export type FmListSetting = (typeof LIST_SETTINGS)[number]['key'];

/** An item of a list setting, with the file it was read from (for messages that name it). */
export interface FmItem {
  value: Record<string, unknown>;
  file: string;
}

export interface FmCmsSettings {
  lists: Record<FmListSetting, FmItem[]>;
  /** Every file read, frontmatter.json first: a change to any of them changes the settings. */
  files: string[];
}

export const SPLIT_CONFIG_DIR = '.frontmatter/config';
/** Bounds on the split-config walk: a runaway folder is not read whole. */
const MAX_SPLIT_FILES = 2000;
const MAX_SPLIT_DEPTH = 8;

/**
 * The composed settings of the `frontmatter.json` at `file` (undefined when it does not exist or
 * is not valid JSON), and what could not be used on the way: each a problem naming its file. A URL
 * in `extends` is not fetched (Frontlint reads no network): a warning names it, and the rest is used.
 */
export async function readFmCmsSettings(fs: FileSystem, file: string): Promise<{ value: FmCmsSettings | undefined; problems: SchemaProblem[] }> {
  const main = await readJson(fs, file);
  if (!main.ok) return { value: undefined, problems: 'problem' in main ? [main.problem] : [] };
  const root = file.slice(0, file.lastIndexOf('/')) || '/';
  const settings = isObject(main.value) ? main.value : {};
  const lists = Object.fromEntries(LIST_SETTINGS.map((s) => [s.key, [] as FmItem[]])) as FmCmsSettings['lists'];
  const files = [file];
  const problems: SchemaProblem[] = [];
  const add = (key: FmListSetting, id: string, value: unknown, from: string) => {
    if (!isObject(value)) return;
    if (!lists[key].some((item) => item.value[id] !== undefined && item.value[id] === value[id])) lists[key].push({ value, file: from });
  };
  const addAll = (values: Record<string, unknown>, from: string) => {
    for (const { key, id } of LIST_SETTINGS) if (Array.isArray(values[key])) for (const item of values[key] as unknown[]) add(key, id, item, from);
  };
  addAll(settings, file);

  const extended = settings['frontMatter.extends'];
  for (const entry of Array.isArray(extended) ? extended : []) {
    if (typeof entry !== 'string') continue;
    if (/^[a-z][a-z\d+.-]*:\/\//i.test(entry)) {
      problems.push({ file, message: 'frontMatter.extends: "{0}" is a URL, which Frontlint does not fetch; its settings are not used.', args: [entry], level: 'warning' });
      continue;
    }
    if (!entry.endsWith('.json')) {
      problems.push({ file, message: 'frontMatter.extends: "{0}" is not a .json file; Front Matter CMS does not read it either.', args: [entry], level: 'warning' });
      continue;
    }
    // The CMS joins the path to the project's folder, a leading `/` included.
    const path = joinPath(root, entry.replace(/^\/+/, ''));
    const read = await readJson(fs, path);
    files.push(path);
    if (!read.ok) problems.push('problem' in read ? read.problem : { file, message: 'frontMatter.extends: "{0}" not found.', args: [entry] });
    else if (!isObject(read.value)) problems.push({ file: path, message: 'is not a Front Matter CMS settings file (a JSON object)', args: [] });
    else addAll(read.value, path);
  }

  const split = await splitConfigFiles(fs, joinPath(root, SPLIT_CONFIG_DIR));
  for (const { path, setting } of split) {
    const target = LIST_SETTINGS.find((s) => setting === s.folder || setting.startsWith(`${s.folder}.`));
    if (!target) continue;
    const read = await readJson(fs, path);
    files.push(path);
    if (!read.ok) problems.push('problem' in read ? read.problem : { file: path, message: 'could not be read', args: [] });
    else if (!isObject(read.value)) problems.push({ file: path, message: 'is not a Front Matter CMS settings file (a JSON object)', args: [] });
    else add(target.key, target.id, read.value, path);
  }
  return { value: { lists, files }, problems };
}

/**
 * The `.json` files under the split-config folder, sorted by path as the CMS sorts them, each with
 * the setting its folder names (`taxonomy/contenttypes/blog.json` → `taxonomy.contenttypes`).
 */
async function splitConfigFiles(fs: FileSystem, dir: string): Promise<Array<{ path: string; setting: string }>> {
  const found: Array<{ path: string; setting: string }> = [];
  const walk = async (folder: string, segments: string[]): Promise<void> => {
    if (segments.length > MAX_SPLIT_DEPTH) return;
    const entries = (await fs.readDirectory(folder)) ?? [];
    for (const entry of entries) {
      if (found.length >= MAX_SPLIT_FILES) return;
      const path = joinPath(folder, entry.name);
      if (entry.kind === 'directory') await walk(path, [...segments, entry.name]);
      else if (entry.kind === 'file' && entry.name.endsWith('.json') && segments.length > 0) found.push({ path, setting: segments.join('.').toLowerCase() });
    }
  };
  await walk(dir, []);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}
