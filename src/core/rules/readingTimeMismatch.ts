import { scalarValue } from '../parse/frontMatter';
import type { Rule } from '../rule';

export const readingTimeMismatch: Rule = {
  id: 'reading-time-mismatch',
  description: '`reading_time` differs from the computed reading time by more than a minute and 20%.',
  defaultSeverity: 'warning',
  tags: ['front-matter', 'reading-time'],
  fixable: true,
  check({ post, body, t }) {
    const field = post.frontMatter?.fields.get('reading_time');
    const declared = scalarValue(field);
    if (!field || typeof declared !== 'number' || !Number.isFinite(declared)) return [];
    const computed = body.readingTime.minutes;
    if (Math.abs(declared - computed) <= Math.max(1, 0.2 * computed)) return [];
    return [{
      span: field.valueSpan,
      message: t('reading_time says {0} min, but the post takes about {1} min to read ({2} min without repeated passages).', declared, computed, body.readingTime.minutesWithoutDuplicates),
      fix: { title: t('Set reading_time to {0}', computed), edits: [{ span: field.valueSpan, newText: String(computed) }] },
    }];
  },
};
