import { isScalar } from 'yaml';
import { schemaFindings, type Rule } from '../rule';

export const requiredField: Rule = {
  id: 'required-field',
  description: 'A field the profile requires (by default `title`) is missing or empty.',
  defaultSeverity: 'error',
  tags: ['front-matter'],
  fixable: true,
  check(context) {
    if (context.schema) return schemaFindings(context, 'required-field');
    const { post, profile, t } = context;
    const fm = post.frontMatter;
    if (!fm?.parsed || fm.errors.length > 0 && fm.fields.size === 0) return [];
    const opening = { start: 0, end: post.lines.lineEnd(fm.openLine) };
    return profile.requiredFields.flatMap((name) => {
      const field = fm.fields.get(name);
      if (!field) return [{ span: opening, message: t('Required field "{0}" is missing.', name) }];
      const value = field.value;
      const empty = value === null || (isScalar(value) && (value.value === null || String(value.value).trim() === ''));
      return empty ? [{ span: field.keySpan, message: t('Required field "{0}" is empty.', name) }] : [];
    });
  },
};
