import { BodyAnalysis, type ReadingTime } from './analysis/body';
import { applyEditGroups, type EditGroup } from './edits';
import { formatMessage } from './messages';
import { parseDirectives } from './parse/directives';
import { editTouchesConflict, findMergeConflicts, inConflict } from './parse/mergeConflicts';
import { scalarValue } from './parse/frontMatter';
import { parsePost, type Post } from './post';
import { resolveProfile, type Profile, type ProfileOverrides } from './profile';
import type { Rule, RuleContext, RuleFinding, SpanEdit } from './rule';
import { runSchemaCheck, type SchemaCheck } from './schemaCheck';
import { RULES } from './rules';
import { mergeConflict } from './rules/mergeConflict';
import type { Finding, Fix, Generator, SeveritySetting, Translate } from './types';

export interface LintOptions {
  profile?: ProfileOverrides;
  /** A blog's own front matter schema (Front Matter CMS, Astro, JSON Schema), when one applies. */
  schema?: SchemaCheck;
  /** Per-rule severity; `off` disables a rule. */
  rules?: Record<string, SeveritySetting | undefined>;
  t?: Translate;
  /** The post is MDX: `import`/`export` lines, JSX and `{expressions}` are left alone, and `{/* frontlint-… *\/}` comments count. */
  mdx?: boolean;
  /**
   * The post is known to have restarted, whether or not it still shows it: fix-all sets this after
   * a pass of a post that did, as its fixes take the evidence away (a marker, a re-flow) before
   * every repeat it points to is gone.
   */
  restarted?: boolean;
  /** The generator that builds the post, when known: it decides which forms of a date are read as one. */
  generator?: Generator;
}

export interface LintResult {
  findings: Finding[];
  readingTime: ReadingTime;
  post: Post;
  body: BodyAnalysis;
  /** `reading_time` from the front matter, when it is a number. */
  declaredReadingTime: number | undefined;
  /** The same findings with offsets, and fix edits as offsets, for callers that apply fixes. */
  raw: Array<{ rule: Rule; finding: RuleFinding }>;
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const post = parsePost(text, { mdx: options.mdx, generator: options.generator });
  const profile: Profile = resolveProfile(options.profile);
  const body = new BodyAnalysis(post, profile, options.restarted === true);
  const t = options.t ?? formatMessage;
  const directives = parseDirectives(post, options.mdx === true);
  const allConflicts = findMergeConflicts(post);
  // Only conflicts merge-conflict reports stand for their text: with the rule off or disabled on a
  // conflict's first line (markers it took for a conflict wrongly), the other rules speak there as anywhere.
  const severityOf = (rule: Rule) => options.rules?.[rule.id] ?? rule.defaultSeverity;
  const conflicts = severityOf(mergeConflict) === 'off' ? [] : allConflicts.filter((c) => !directives.suppresses(mergeConflict.id, c.startLine));
  const context: RuleContext = { post, profile, body, t, directives, mdx: options.mdx === true, generator: options.generator ?? 'none', conflicts };
  if (options.schema) context.schema = { issues: runSchemaCheck(options.schema, post), source: options.schema.source };
  const findings: Finding[] = [];
  const raw: LintResult['raw'] = [];
  for (const rule of RULES) {
    const severity = severityOf(rule);
    if (severity === 'off') continue;
    for (const found of rule.check(context)) {
      if (directives.list.length > 0 && directives.suppresses(rule.id, post.lines.lineAt(found.span.start))) continue;
      // Inside an unresolved merge conflict the text is two drafts, not the post: merge-conflict
      // speaks for it, and no fix edits it (which side stays is the writer's call).
      if (conflicts.length > 0 && rule !== mergeConflict && inConflict(conflicts, found.span)) continue;
      // A fix that would delete a frontlint comment, or change a conflict, is withheld; the finding stays.
      const withheld = found.fix?.edits.some((e) => (directives.list.length > 0 && directives.touches(e.span)) || (conflicts.length > 0 && editTouchesConflict(conflicts, post.text, e)));
      const finding = withheld ? { ...found, fix: undefined } : found;
      raw.push({ rule, finding });
      findings.push({
        rule: rule.id,
        severity,
        message: finding.message,
        range: post.lines.rangeOf(finding.span),
        related: (finding.related ?? []).map((r) => ({ range: post.lines.rangeOf(r.span), message: r.message })),
        fix: finding.fix && toFix(post, finding.fix),
        ...(finding.suggestions?.length ? { suggestions: finding.suggestions.map((s) => toFix(post, s)) } : {}),
      });
    }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const declared = scalarValue(post.frontMatter?.fields.get('reading_time'));
  return { findings, readingTime: body.readingTime, declaredReadingTime: typeof declared === 'number' ? declared : undefined, post, body, raw };
}

function toFix(post: Post, fix: NonNullable<RuleFinding['fix']>): Fix {
  return { title: fix.title, edits: fix.edits.map((e) => ({ range: post.lines.rangeOf(e.span), newText: e.newText })) };
}

export interface FixAllResult {
  text: string;
  /** Number of fixes applied over all passes. */
  fixed: number;
  passes: number;
}

/**
 * Applies every available fix (optionally only those of some rules), re-linting between passes
 * because one fix can move or remove another's text, until no fixable finding is left. Fixes of
 * one line wait for each other (see `applyEditGroups`), so a long re-flowed line can take a pass
 * per repeat on it; every pass that changes the text deletes or replaces at least one finding's
 * text, and a pass that changes nothing ends the loop, so it always ends. `onPass` sees each
 * pass's input and the edits applied to it.
 */
export function fixAll(text: string, options: LintOptions = {}, onlyRules?: ReadonlySet<string>, onPass?: (before: string, applied: readonly SpanEdit[]) => void): FixAllResult {
  let current = text;
  let fixed = 0;
  let passes = 0;
  // A bound well above what any post needs (a pass per finding on the busiest line), as a guard.
  const maxPasses = MIN_PASS_BOUND + Math.ceil(text.length / 1000);
  let restarted = options.restarted === true;
  // Only artifact fixes weigh a restart; a fix-all of other rules need not work it out.
  const weighsRestarts = !onlyRules || [...onlyRules].some((id) => ARTIFACT_RULES.has(id));
  while (passes < maxPasses) {
    const { raw, body } = lint(current, restarted ? { ...options, restarted } : options);
    if (weighsRestarts) restarted ||= body.restarted;
    const fixable = raw.filter(({ rule, finding }) => finding.fix && (!onlyRules || onlyRules.has(rule.id)));
    // Fixes computed from the whole body (the reading time) wait until the body has stopped changing.
    const bodyFixes = fixable.filter(({ rule }) => !rule.tags.includes('reading-time'));
    const groups: EditGroup[] = (bodyFixes.length > 0 ? bodyFixes : fixable).map(({ rule, finding }) => ({ edits: finding.fix!.edits, lineExclusive: rule.tags.includes('artifact'), rule: rule.id }));
    if (groups.length === 0) break;
    const result = applyEditGroups(current, groups);
    passes++;
    if (result.appliedGroups === 0 || result.text === current) break;
    onPass?.(current, result.applied);
    current = result.text;
    fixed += result.appliedGroups;
  }
  return { text: current, fixed, passes };
}

const MIN_PASS_BOUND = 50;

export const ARTIFACT_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.tags.includes('artifact')).map((r) => r.id));
