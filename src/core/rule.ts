import type { BodyAnalysis } from './analysis/body';
import type { Directives } from './parse/directives';
import type { MergeConflict } from './parse/mergeConflicts';
import type { Post } from './post';
import type { Profile } from './profile';
import type { SchemaCheck, SchemaIssue, SchemaRule } from './schemaCheck';
import type { Generator, Severity, Span, Translate } from './types';

/** An edit in document offsets; converted to a line/character `TextEdit` at the edge. */
export interface SpanEdit {
  span: Span;
  newText: string;
}

export interface RuleFinding {
  span: Span;
  message: string;
  related?: Array<{ span: Span; message: string }>;
  fix?: { title: string; edits: SpanEdit[] };
  /**
   * Fixes offered one by one in the editor, never applied unasked (fix-all, `--fix`): the choice is
   * the writer's, like ESLint's suggestions (which duplicate key to keep, which close choice).
   */
  suggestions?: Array<{ title: string; edits: SpanEdit[] }>;
}

export interface RuleContext {
  post: Post;
  profile: Profile;
  body: BodyAnalysis;
  t: Translate;
  /** Set when a blog's own schema applies: its issues, and the template naming where it came from. */
  schema?: { issues: SchemaIssue[]; source: SchemaCheck['source'] };
  /** Inline `frontlint-disable` comments in the post. */
  directives: Directives;
  /** Whether the post is MDX, where a comment is a JavaScript comment in braces, not `<!-- … -->`. */
  mdx: boolean;
  /** The generator that builds the post ('none' when unknown). */
  generator: Generator;
  /** Unresolved Git merge conflicts in the post. */
  conflicts: readonly MergeConflict[];
}

export type RuleTag = 'front-matter' | 'artifact' | 'reading-time';

/** One check, in the manner of markdownlint's rule objects. */
export interface Rule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  tags: RuleTag[];
  /** Whether findings may carry a fix. */
  fixable: boolean;
  check(context: RuleContext): RuleFinding[];
}

/** 1-based line number of an offset, for messages. */
export function lineNumber(context: RuleContext, offset: number): number {
  return context.post.lines.lineAt(offset) + 1;
}

/** A fix made of these edits, or none when there are none. */
export function editFix(title: string, edits: readonly SpanEdit[]): RuleFinding['fix'] {
  return edits.length > 0 ? { title, edits: [...edits] } : undefined;
}

/** A fix that deletes these spans, or none when there is nothing it may delete. */
export function deletionFix(title: string, spans: readonly Span[]): RuleFinding['fix'] {
  return spans.length > 0 ? { title, edits: spans.map((span) => ({ span, newText: '' })) } : undefined;
}

/** The schema's findings for one rule, each message followed by where the expectation came from. */
export function schemaFindings({ schema, t }: RuleContext, rule: SchemaRule): RuleFinding[] {
  if (!schema) return [];
  const source = t(schema.source.template, ...schema.source.args);
  const fix = (f: { title: string; args: Array<string | number>; edits: SpanEdit[] }) => ({ title: t(f.title, ...f.args), edits: f.edits });
  return schema.issues
    .filter((issue) => issue.rule === rule)
    .map((issue) => ({
      span: issue.span,
      message: t('{0} ({1})', t(issue.message, ...issue.args), source),
      ...(issue.fix ? { fix: fix(issue.fix) } : {}),
      ...(issue.suggestions?.length ? { suggestions: issue.suggestions.map(fix) } : {}),
    }));
}
