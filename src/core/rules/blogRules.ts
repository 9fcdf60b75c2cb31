import type { Severity } from '../types';

/** What settings, docs and config schemas need of a rule: its id, description and default severity. */
export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
}

/**
 * The rules that need the whole blog (checked by `src/site` over the blog index, not per post).
 * Listed here so that settings, the config schema, `--rule` and inline disable comments know them
 * wherever the engine is loaded without the index.
 */
export const BLOG_RULES: readonly RuleInfo[] = [
  {
    id: 'broken-link',
    description: 'An internal link (a permalink, a relative .md file, {% link %}, {% post_url %} or {% post_link %}) resolves to no post or file, or its #fragment to no heading.',
    defaultSeverity: 'warning',
  },
  { id: 'duplicate-title', description: 'Two posts have the same title (compared after NFKC, case and spaces).', defaultSeverity: 'warning' },
  {
    id: 'title-mismatch',
    description: 'A translated or generated post whose title names a term (a person, company, product) that its body never mentions.',
    defaultSeverity: 'information',
  },
];

export const BLOG_RULE_IDS = BLOG_RULES.map((rule) => rule.id);
