import type { Post } from './post';
import type { SpanEdit } from './rule';
import type { Span } from './types';

/** The three rules a blog's own schema feeds; their ids and docs stay as they are. */
export type SchemaRule = 'required-field' | 'field-type' | 'field-format';

/** The same, as the set that "fix all schema problems" is limited to. */
export const SCHEMA_RULES: ReadonlySet<string> = new Set<SchemaRule>(['required-field', 'field-type', 'field-format']);

/** A fix with an English title template. */
export interface SchemaFix {
  title: string;
  args: Array<string | number>;
  edits: SpanEdit[];
}

/** One schema error, placed in the post: the rule it belongs to, an English template and its fixes. */
export interface SchemaIssue {
  rule: SchemaRule;
  span: Span;
  message: string;
  args: Array<string | number>;
  fix?: SchemaFix;
  suggestions?: SchemaFix[];
}

/**
 * A blog's own front matter schema, compiled by the caller (the validator is a separate bundle,
 * loaded only when a schema applies). When one is given, `required-field`, `field-type` and
 * `field-format` take their expectations from it instead of the built-in profile.
 */
export interface SchemaCheck {
  /** Where the expectations come from, as an English template and args (`Astro collection "{0}"`). */
  source: { template: string; args: Array<string | number> };
  check(post: Post): SchemaIssue[];
}

/** The schema's issues for a post; a failing check is one issue instead of an exception. */
export function runSchemaCheck(schema: SchemaCheck, post: Post): SchemaIssue[] {
  const fm = post.frontMatter;
  if (!fm || !fm.parsed) return [];
  try {
    return schema.check(post);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ rule: 'field-type', span: { start: 0, end: post.lines.lineEnd(0) }, message: 'The front matter could not be checked against its schema: {0}', args: [message] }];
  }
}
