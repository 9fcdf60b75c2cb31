import type { FixSpec } from '../parse/yamlMistakes';
import type { Rule, RuleFinding } from '../rule';
import type { Translate } from '../types';

export const frontmatterSyntax: Rule = {
  id: 'frontmatter-syntax',
  description: 'The front matter is not valid YAML, or not what the writer meant: a syntax error, an unterminated block, a duplicate key, a value cut at ` #` or wrapped in curly quotes.',
  defaultSeverity: 'error',
  tags: ['front-matter'],
  fixable: true,
  check({ post, t }) {
    const fm = post.frontMatter;
    if (!fm) return [];
    return [...fm.errors, ...fm.warnings].map((error): RuleFinding => ({
      span: error.span,
      message: t('Front matter: {0}', t(error.message, ...(error.args ?? []))),
      ...(error.fix ? { fix: translated(t, error.fix) } : {}),
      ...(error.suggestions?.length ? { suggestions: error.suggestions.map((s) => translated(t, s)) } : {}),
    }));
  },
};

function translated(t: Translate, fix: FixSpec): NonNullable<RuleFinding['fix']> {
  return { title: t(fix.title, ...(fix.args ?? [])), edits: fix.edits };
}
