import type { Rule } from '../rule';

/** Rule ids the engine knows, set by rules/index.ts (a direct import would be circular). */
export const knownRuleIds = new Set<string>();

export const inlineConfig: Rule = {
  id: 'inline-config',
  description: 'A `frontlint-disable` comment names a rule that does not exist, or is not a known directive.',
  defaultSeverity: 'warning',
  tags: [],
  fixable: false,
  check({ directives, t }) {
    const findings = directives.malformed.map((m) => ({
      span: m.span,
      message: t('Unknown directive "{0}": use frontlint-disable, -enable, -disable-line, -disable-next-line or -disable-file.', m.word),
    }));
    for (const directive of directives.list) {
      directive.ids.forEach((id, i) => {
        if (!knownRuleIds.has(id)) findings.push({ span: directive.idSpans[i], message: t('Unknown rule "{0}" in a frontlint-{1} comment.', id, directive.kind) });
      });
    }
    return findings;
  },
};
