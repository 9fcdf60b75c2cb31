/** The Frontlint engine: text in, findings and fixes out. No editor or file-system dependencies. */
export { lint, fixAll, ARTIFACT_RULES, type LintOptions, type LintResult, type FixAllResult } from './lint';
export { applyEdits, applySpanEdits, minimalEdit } from './edits';
export { RULES, RULE_IDS } from './rules';
export { BLOG_PROFILE, KNOWN_FIELDS, resolveProfile, type Profile, type ProfileOverrides, type ReadingSpeeds } from './profile';
export { LineIndex } from './text/lineIndex';
export { splitSentences } from './text/sentences';
export { matchKey } from './text/normalize';
export { formatMessage } from './messages';
export { detectLanguage, countScripts } from './analysis/textStats';
export type { ReadingTime } from './analysis/body';
export type * from './types';
export { frontMatterSnippet, missingFieldsEdit, setFieldEdit, formatJekyllDate, suggestTitle } from './frontMatterTemplate';
export { renderFrontMatterCard } from './render/card';
export { clearContentCaches, setContentCaching } from './cache';
export type { SpanEdit } from './rule';
export { parsePost, type Post } from './post';
export { extractLinks, headingAnchors, type PostLink, type LinkKind } from './parse/links';
export { scalarValue } from './parse/frontMatter';
