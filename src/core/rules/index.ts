import type { Rule } from '../rule';
import { accidentalHeading } from './accidentalHeading';
import { BLOG_RULE_IDS } from './blogRules';
import { conflictingLink } from './conflictingLink';
import { duplicatePassage } from './duplicatePassage';
import { duplicateTag } from './duplicateTag';
import { emptySection } from './emptySection';
import { endMarker } from './endMarker';
import { wrapperDebris } from './wrapperDebris';
import { fieldFormat } from './fieldFormat';
import { fieldType } from './fieldType';
import { frontmatterInBody } from './frontmatterInBody';
import { frontmatterMissing } from './frontmatterMissing';
import { inlineConfig, knownRuleIds } from './inlineConfig';
import { mergeConflict } from './mergeConflict';
import { nearDuplicate } from './nearDuplicate';
import { frontmatterSyntax } from './frontmatterSyntax';
import { readingTimeMismatch } from './readingTimeMismatch';
import { requiredField } from './requiredField';
import { translationMetadata } from './translationMetadata';
import { truncatedText } from './truncatedText';

/** Every rule, in the order findings are reported. Ids are stable: settings, the CLI and docs use them. */
export const RULES: readonly Rule[] = [
  mergeConflict,
  frontmatterMissing,
  frontmatterSyntax,
  requiredField,
  fieldType,
  fieldFormat,
  duplicateTag,
  translationMetadata,
  conflictingLink,
  readingTimeMismatch,
  endMarker,
  wrapperDebris,
  frontmatterInBody,
  accidentalHeading,
  emptySection,
  duplicatePassage,
  nearDuplicate,
  truncatedText,
  inlineConfig,
];

export const RULE_IDS = RULES.map((rule) => rule.id);
RULE_IDS.forEach((id) => knownRuleIds.add(id));
BLOG_RULE_IDS.forEach((id) => knownRuleIds.add(id));
