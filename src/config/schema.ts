import { RULES } from '../core/rules';
import { BLOG_RULES } from '../core/rules/blogRules';
import { DEFAULT_EXTENSIONS } from './types';

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

const globs = (what: string) => ({
  type: 'array',
  items: { type: 'string', minLength: 1 },
  markdownDescription: what,
});

/**
 * The settings a config file and each of its `overrides` may hold. The rule list comes from the
 * engine's RULES, so the schema cannot fall behind a new rule.
 */
function settingsProperties(): Record<string, unknown> {
  return {
    rules: {
      type: 'object',
      markdownDescription: 'Severity per rule id: `error`, `warning`, `information`, `hint` or `off`.',
      properties: Object.fromEntries(
        [...RULES, ...BLOG_RULES].map((rule) => [
          rule.id,
          {
            enum: SEVERITIES,
            markdownDescription: `${rule.description} Default: \`${rule.defaultSeverity}\`. [Docs](https://github.com/frontlint/frontlint/blob/main/docs/rules/${rule.id}.md)`,
          },
        ]),
      ),
      additionalProperties: false,
    },
    requiredFields: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      markdownDescription: 'Front matter fields every post must have (default: `["title"]`).',
    },
    readingSpeed: {
      type: 'object',
      markdownDescription: 'Reading speeds for the computed reading time.',
      properties: {
        cjkCharsPerMinute: { type: 'number', exclusiveMinimum: 0, markdownDescription: 'Kana and kanji per minute (default 500).' },
        wordsPerMinute: { type: 'number', exclusiveMinimum: 0, markdownDescription: 'Words per minute for space-separated scripts (default 230).' },
        codeWordsPerMinute: { type: 'number', exclusiveMinimum: 0, markdownDescription: 'Words per minute inside code blocks (default 100).' },
      },
      additionalProperties: false,
    },
    minDuplicateLength: {
      type: 'integer',
      minimum: 1,
      markdownDescription: 'Shortest repeated passage worth reporting, in characters after normalisation (default 20).',
    },
    extensions: {
      type: 'array',
      items: { type: 'string', pattern: '^\\.[^/\\\\]+$' },
      markdownDescription: `File extensions that are posts, with the dot (default: ${DEFAULT_EXTENSIONS.map((e) => `\`${e}\``).join(', ')}).`,
    },
    schemas: {
      type: 'array',
      markdownDescription: 'JSON Schemas for the front matter of the posts that `files` matches. `schema` is a path relative to this config file.',
      items: {
        type: 'object',
        required: ['files', 'schema'],
        properties: {
          files: globs('Globs relative to this config file\'s folder.'),
          schema: { type: 'string', minLength: 1, markdownDescription: 'Path of a JSON Schema file, relative to this config file.' },
        },
        additionalProperties: false,
      },
    },
    site: {
      type: 'object',
      markdownDescription: 'How the blog builds its pages, when Frontlint cannot tell from the generator\'s own config.',
      properties: {
        permalink: { type: 'string', markdownDescription: 'Permalink pattern, as the generator writes it (`/:year/:month/:title/`).' },
        baseurl: { type: 'string', markdownDescription: 'Path the site is served under (`/blog`).' },
        generator: { enum: ['jekyll', 'hexo', 'hugo', 'astro'], markdownDescription: 'The site generator.' },
      },
      additionalProperties: false,
    },
  };
}

/** The JSON Schema of `.frontlint.jsonc`, `.frontlint.json`, `.frontlint.yaml` and `package.json`'s `"frontlint"`. */
export function configSchema(): Record<string, unknown> {
  const settings = settingsProperties();
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Frontlint configuration',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', markdownDescription: 'Stop here: config files in the folders above are not read.' },
      extends: {
        anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }],
        markdownDescription: 'Config files this one builds on, relative to it. Its own settings win over theirs.',
      },
      ignores: globs('Posts Frontlint skips: globs relative to this config file\'s folder (`drafts/**`, `*.draft.md`).'),
      overrides: {
        type: 'array',
        markdownDescription: 'Settings for the posts that `files` matches (globs relative to this config file\'s folder). Later entries win.',
        items: {
          type: 'object',
          required: ['files'],
          properties: { files: globs('Globs relative to this config file\'s folder (`_posts/**`).'), ...settings },
          additionalProperties: false,
        },
      },
      ...settings,
    },
    additionalProperties: false,
  };
}
