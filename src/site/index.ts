/** The blog as a whole: an index of every post and the rules that need it. Pure code over a `FileSystem`. */
export { BlogIndex, isPostFile, POST_EXTENSIONS, type BuildStats } from './blogIndex';
export { detectSite, isSiteConfigName, type Generator, type SiteConfig, type SiteOptions } from './siteConfig';
export { isContentConfigPath } from './astroContentConfig';
export { permalinkOf, urlKey } from './permalink';
export { readEntry, entryFromPost, type PostEntry, type IndexedLink } from './postEntry';
export { entryCacheHeader, entryCacheLine, isEntryCacheFor, isTrustworthyStamp, readEntryCacheLines, stampFiles, unchangedEntries, type CachedEntry, type FileStamp } from './entryCache';
export { resolveLink, type Resolution } from './resolve';
export { checkBlog, withSeverities, brokenLinkFixes, SITE_RULES, SITE_RULE_IDS, titleKey, type SiteFinding, type SiteRule, type CheckOptions } from './rules';
export { cursorContext, hoverTarget, type CursorContext } from './frontMatterContext';
export { profileFields, schemaFields, dateInBlogFormat, LANG_CODES, type FieldInfo, type FieldSource } from './fields';
export { retagEdits, yamlScalar, type TaxonomyField } from './taxonomy';
