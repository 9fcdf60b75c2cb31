import { isScalar } from 'yaml';
import { detectLanguage } from '../analysis/textStats';
import type { Rule, RuleFinding } from '../rule';

/** Body scripts that rule a declared language out. */
function contradicts(lang: string, detected: ReturnType<typeof detectLanguage>, kana: number): boolean {
  const primary = lang.toLowerCase().split('-')[0];
  if (primary === 'ja') return kana === 0 && detected !== undefined;
  if (primary === 'zh') return detected === 'ja';
  if (primary === 'ko') return detected !== undefined && detected !== 'ko';
  // Languages written in Latin script: a body that is mostly CJK is not in them.
  if (/^(?:en|fr|de|es|it|pt|nl|sv|da|no|nb|fi|pl|cs|tr|id|vi)$/.test(primary)) return detected === 'ja' || detected === 'zh' || detected === 'ko';
  return false;
}

export const translationMetadata: Rule = {
  id: 'translation-metadata',
  description: 'Translated or generated posts must say their language and model, and `lang` must match the body.',
  defaultSeverity: 'warning',
  tags: ['front-matter'],
  fixable: false,
  check({ post, body, t }) {
    const fm = post.frontMatter;
    if (!fm) return [];
    const flag = (name: string) => {
      const value = fm.fields.get(name)?.value;
      return isScalar(value) && value.value === true;
    };
    const findings: RuleFinding[] = [];
    const translated = fm.fields.get('translated');
    const generated = fm.fields.get('generated');
    if (translated && flag('translated') && !fm.fields.has('lang')) {
      findings.push({ span: translated.entrySpan, message: t('A translated post needs "lang": the language it was translated into.') });
    }
    for (const field of [translated, generated]) {
      if (field && flag(field.key) && !fm.fields.has('model')) {
        findings.push({ span: field.entrySpan, message: t('"{0}: true" needs "model": the model that wrote it (for example "x-ai/grok-4-fast").', field.key) });
        break;
      }
    }
    const lang = fm.fields.get('lang');
    if (lang && isScalar(lang.value) && typeof lang.value.value === 'string') {
      const scripts = body.scripts;
      const detected = detectLanguage(scripts);
      if (contradicts(lang.value.value, detected, scripts.kana)) {
        findings.push({ span: lang.valueSpan, message: t('"lang: {0}" does not match the body, which reads as "{1}".', lang.value.value, detected ?? '?') });
      }
    }
    return findings;
  },
};
