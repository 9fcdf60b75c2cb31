/**
 * Where each rule's page lives: docs/rules/<id>.md in the repository named by package.json's
 * `repository` (a unit test keeps the two in step). The editor links diagnostics here and the
 * CLI's SARIF output gives it as each rule's `helpUri`.
 */
export const RULE_DOCS_BASE = 'https://github.com/frontlint/frontlint/blob/main/docs/rules/';

export const ruleDocUrl = (ruleId: string): string => `${RULE_DOCS_BASE}${ruleId}.md`;
