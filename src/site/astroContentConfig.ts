import { joinPath, readTextFile, type FileSystem } from '../fs/fileSystem';

/** Where Astro keeps its content collections' definitions (Astro 2–4, then Astro 5). */
const CONTENT_CONFIGS = ['src/content/config.ts', 'src/content/config.mts', 'src/content/config.js', 'src/content/config.mjs', 'src/content.config.ts', 'src/content.config.mts', 'src/content.config.js', 'src/content.config.mjs'];

/**
 * The folders under `src/content` of the collections whose definition never names `title`, read
 * from the site's content config when Astro has not generated JSON schemas for them (they are
 * generated at build time, and `.astro/` is usually ignored by Git). A page of such a collection
 * (`pages: defineCollection({ schema: z.object({ path: z.string() }) })`, in an Astro i18n theme)
 * needs no title. Read as text, not run: a collection defined in a way this does not follow is left
 * to the built-in rules.
 */
export async function untitledCollections(fs: FileSystem, root: string): Promise<Set<string>> {
  for (const name of CONTENT_CONFIGS) {
    const text = await readTextFile(fs, joinPath(root, name));
    if (text !== undefined) return collectionsWithoutTitle(text);
  }
  return new Set();
}

/** Whether a path is an Astro content config, whose change may change which collections need a title. */
export function isContentConfigPath(path: string): boolean {
  return CONTENT_CONFIGS.some((name) => path.endsWith(`/${name}`));
}

/** The pure part of `untitledCollections`: from the content config's text. */
export function collectionsWithoutTitle(text: string): Set<string> {
  const untitled = new Set<string>();
  if (text.length > MAX_CONFIG) return untitled;
  // Each definition, by the name it is given (`const pages = defineCollection(` or `pages: defineCollection(`).
  const definitions = new Map<string, { titled: boolean; folder?: string; at: number }>();
  for (const match of text.matchAll(DEFINITION)) {
    const body = balanced(text, match.index! + match[0].length - 1);
    if (body === undefined) continue;
    const base = /\bbase\s*:\s*['"`](?:\.\/)?src\/content\/([^/'"`]+)\/?['"`]/.exec(body)?.[1];
    definitions.set(match[1], { titled: /\btitle\b/.test(body), folder: base, at: match.index! });
  }
  // The exported map of collections: `collections = { pages: pagesCollection, blog }`.
  const exported = /\bcollections\s*=\s*\{/.exec(text);
  const start = exported ? exported.index + exported[0].length - 1 : -1;
  const map = exported ? balanced(text, start) : undefined;
  if (map === undefined) return untitled;
  // Defined inside the map, under their own key (`blog: defineCollection({…})`).
  for (const [key, definition] of definitions) if (definition.at > start && definition.at < start + map.length && !definition.titled) untitled.add(definition.folder ?? key);
  for (const entry of map.slice(1, -1).split(',')) {
    const pair = /^\s*['"]?([\w-]+)['"]?\s*(?::\s*([\w$]+)\s*)?$/.exec(entry);
    if (!pair) continue;
    const definition = definitions.get(pair[2] ?? pair[1]);
    if (definition && !definition.titled) untitled.add(definition.folder ?? pair[1]);
  }
  return untitled;
}

const DEFINITION = /([\w$]+)\s*[:=]\s*defineCollection\s*\(/g;
/** Content configs are small; a huge one is not read. */
const MAX_CONFIG = 256 * 1024;

/** The text of the bracketed expression that opens at `open` (`(` or `{`), brackets inside strings set aside. */
function balanced(text: string, open: number): string | undefined {
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') {
      depth--;
      if (depth === 0) return text.slice(open, i + 1);
    }
  }
  return undefined;
}
