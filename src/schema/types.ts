/** A JSON Schema document, as parsed from JSON. */
export type JsonSchema = { [key: string]: unknown };

/** Where a post's expectations came from, for messages, docs and `--print-config`. */
export type SchemaSourceKind = 'frontmatter-cms' | 'astro' | 'json-schema';

/**
 * The schemas that may apply to one post. Front Matter CMS has one per content type: the post's
 * own `type` field picks one, else the content type of its page folder (`fallback`).
 */
export interface SchemaSet {
  kind: SchemaSourceKind;
  /** The file the schemas were read from (frontmatter.json, a .schema.json, a config's schema). */
  file: string;
  /** Name → schema: content types, an Astro collection, or one entry for a plain JSON Schema. */
  schemas: Map<string, JsonSchema>;
  /** The name used when the post names none (or an unknown one). */
  fallback: string;
  /** The front matter field that names the schema (Front Matter CMS: `type`). */
  typeField?: string;
  /** Every file the set was composed from, when more than `file` (Front Matter CMS split and extended settings). */
  sources?: string[];
}

/** A schema file Frontlint could not use: said once, naming the file; linting goes on without it. */
export interface SchemaProblem {
  file: string;
  /** An English template with `{0}` placeholders. */
  message: string;
  args: Array<string | number>;
  /**
   * `warning`: the file is used, without a part Frontlint cannot read (a URL it does not fetch);
   * the CLI says it but does not exit with 2 for it. Otherwise the file (or part) is left out.
   */
  level?: 'warning';
}

/** A `schemas` entry of the Frontlint config: globs (relative to `base`) and an absolute schema path. */
export interface ConfigSchemaEntry {
  files: string[];
  schema: string;
  /** The folder the globs are relative to (the config file's folder); the blog's root when absent. */
  base?: string;
}
