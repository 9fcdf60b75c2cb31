import type { ResolvedConfig } from '../config';
import { formatMessage } from '../core';
import { nodeFileSystem } from '../fs/nodeFileSystem';
import { loadValidator, schemaSetKey } from '../schema/load';
import { SchemaRegistry } from '../schema/sources';
import type { SchemaProblem, SchemaSet } from '../schema/types';

/**
 * Finds each post's schema (config `schemas`, Astro collections, Front Matter CMS) in the main
 * thread, compiles each schema once there so that a bad one is said once (and left out), and
 * hands the lint threads small plain sets, by index.
 */
export class SchemaPlanner {
  private readonly registry = new SchemaRegistry(nodeFileSystem);
  readonly sets: SchemaSet[] = [];
  private readonly indexOf = new Map<string, number>();
  private readonly problems = new Map<string, SchemaProblem>();

  async forFile(path: string, config: ResolvedConfig): Promise<number | undefined> {
    const { set, problems } = await this.registry.forPost(path, config.schemas);
    this.note(problems);
    if (!set) return undefined;
    const key = schemaSetKey(set);
    let index = this.indexOf.get(key);
    if (index === undefined) {
      const usable = this.usable(set);
      index = usable ? this.sets.push(usable) - 1 : -1;
      this.indexOf.set(key, index);
    }
    return index >= 0 ? index : undefined;
  }

  /** Problems with schema files, each once: `file: reason`; `warning` ones (the file is used) apart. */
  messages(level?: 'warning'): string[] {
    return [...this.problems.values()].filter((p) => p.level === level).map(problemText);
  }

  /** The set without the schemas that do not compile (each said once); undefined when none is left. */
  private usable(set: SchemaSet): SchemaSet | undefined {
    const schemas = new Map(set.schemas);
    for (const name of set.schemas.keys()) {
      const { check, problems } = loadValidator().checkFor({ ...set, fallback: name, typeField: undefined }, undefined);
      this.note(problems);
      if (!check) schemas.delete(name);
    }
    return schemas.has(set.fallback) || (set.typeField && schemas.size > 0) ? { ...set, schemas } : undefined;
  }

  private note(problems: readonly SchemaProblem[]): void {
    for (const p of problems) this.problems.set(`${p.file}\0${p.message}\0${p.args.join('\0')}`, p);
  }
}

/** Where a post's expectations come from, for `--print-config`. */
export async function schemaReport(path: string, config: ResolvedConfig, text: string | undefined): Promise<unknown> {
  const { set, problems, root } = await new SchemaRegistry(nodeFileSystem).forPost(path, config.schemas);
  const messages = problems.map(problemText);
  if (!set) return { source: 'built-in', root, problems: messages };
  const name = set.typeField && text !== undefined ? (await import('../schema/load')).typeFieldValue(text, set.typeField) : undefined;
  const chosen = name !== undefined && set.schemas.has(name) ? name : set.fallback;
  return { source: set.kind, file: set.file, name: chosen, ...(set.typeField ? { typeField: set.typeField } : {}), ...(set.sources ? { sources: set.sources } : {}), root, problems: messages };
}

function problemText(p: SchemaProblem): string {
  return `${p.file}: ${p.level === 'warning' ? 'warning: ' : ''}${formatMessage(p.message, ...p.args)}`;
}
