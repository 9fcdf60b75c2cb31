/**
 * What Frontlint reports on the schema fixture sites (test/fixtures/sites/fmcms, fmcms-split,
 * astro-schemas, jekyll-schema): `file:line:col rule message`, 1-based, sorted. The CLI test and the in-host test
 * both hold their output to this one list.
 */
export const SCHEMA_SITE_FINDINGS: Record<string, string[]> = {
  fmcms: [
    'content/blog/broken.md:1:1 required-field Required field "series" is missing. (Front Matter CMS content type "blog")',
    'content/blog/broken.md:4:11 field-format "category" is not one of the allowed values: "news", "tutorial", "review". (Front Matter CMS content type "blog")',
    'content/events/meetup.md:1:1 required-field Required field "venue" is missing. (Front Matter CMS content type "event")',
    'content/events/meetup.md:4:8 field-format "seats" must be at least 1. (Front Matter CMS content type "event")',
    'content/events/meetup.md:5:9 field-format "format" is not one of the allowed values: "online", "in-person". (Front Matter CMS content type "event")',
  ],
  // Content types, field groups and page folders from frontmatter.json, the file it extends and
  // .frontmatter/config/: the split `article` type with the split `author` group; frontmatter.json's
  // `page` (not the one of config/shared.json, which requires a summary).
  'fmcms-split': [
    'content/articles/broken.md:1:1 required-field Required field "date" is missing. (Front Matter CMS content type "article")',
    'content/articles/broken.md:3:8 field-format "level" is not one of the allowed values: "beginner", "intermediate", "advanced". (Front Matter CMS content type "article")',
    'content/articles/broken.md:5:5 required-field Required field "authors[0].name" is missing. (Front Matter CMS content type "article")',
    'content/pages/about.md:3:9 field-format "layout" is not one of the allowed values: "default", "wide". (Front Matter CMS content type "page")',
  ],
  // Schemas as Astro generates them (scripts/astro-fixture-schemas.mjs): blog by Astro 4/5 (draft-07,
  // dates as anyOf), notes by Astro 6 (2020-12, the input shape: defaults not required, other
  // fields allowed). The starter's `Jul 08 2022`, YAML dates, timestamps and quoted dates pass.
  'astro-schemas': [
    'src/content/blog/dates.md:4:10 field-format "next tuesday" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +ZZZZ or ISO 8601. (Astro collection "blog")',
    'src/content/blog/dates.md:5:14 field-format "2024-02-30" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +ZZZZ or ISO 8601. (Astro collection "blog")',
    'src/content/blog/second-post.md:1:1 required-field Required field "pubDate" is missing. (Astro collection "blog")',
    'src/content/blog/second-post.md:4:1 field-type "pubdate" is not a field here; did you mean "pubDate"? (Astro collection "blog")',
    'src/content/blog/second-post.md:5:8 field-type "draft" must be true or false. (Astro collection "blog")',
    'src/content/notes/broken.md:1:1 required-field Required field "title" is missing. (Astro collection "notes")',
    'src/content/notes/broken.md:2:10 field-format "someday" is not a valid date. Use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +ZZZZ or ISO 8601. (Astro collection "notes")',
  ],

  'jekyll-schema': [
    '_drafts/idea.md:1:1 required-field Required field "title" is missing.',
    '_posts/2025-11-08-second.md:1:1 required-field Required field "author" is missing. (JSON Schema post.json)',
    '_posts/2025-11-08-second.md:2:9 field-format "layout" is not one of the allowed values: "post", "page". (JSON Schema post.json)',
    '_posts/2025-11-08-second.md:5:13 field-type "categories" must be a list. (JSON Schema post.json)',
    '_posts/2025-11-08-second.md:6:11 field-type "comments" must be true or false. (JSON Schema post.json)',
  ],
};
