import { isBlankLine } from '../parse/blocks';
import { YAML_FENCE, YAML_KEY_LINE } from '../parse/frontMatter';
import type { LineIndex } from '../text/lineIndex';
import type { Rule } from '../rule';

/**
 * MDX posts of Next.js blogs (Tailwind's, among others) keep their metadata in a JavaScript export
 * instead: `export const meta = { title: … }`.
 */
const METADATA_EXPORT = /^export\s+const\s+(?:meta|metadata|frontmatter|frontMatter)\s*=/m;

/**
 * Where front matter under blank lines starts (its `---` line), if the post has it: Hugo skips the
 * blank lines and reads it; Jekyll and Astro take it for text. Its first line must be a `key:`, so
 * that two rules with text between them are not taken for it.
 */
function fenceUnderBlankLines(lines: LineIndex): number | undefined {
  let open = 0;
  while (open < lines.lineCount && isBlankLine(lines.lineText(open))) open++;
  if (open === 0 || open + 1 >= lines.lineCount || !YAML_FENCE.test(lines.lineText(open)) || !YAML_KEY_LINE.test(lines.lineText(open + 1))) return undefined;
  for (let line = open + 2; line < lines.lineCount; line++) if (YAML_FENCE.test(lines.lineText(line))) return open;
  return undefined;
}

export const frontmatterMissing: Rule = {
  id: 'frontmatter-missing',
  description: 'The post has no front matter.',
  defaultSeverity: 'information',
  tags: ['front-matter'],
  fixable: true,
  check({ post, t, mdx }) {
    if (post.frontMatter || (mdx && METADATA_EXPORT.test(post.text))) return [];
    const fence = fenceUnderBlankLines(post.lines);
    if (fence !== undefined) {
      const span = { start: 0, end: post.lines.lineStarts[fence] };
      return [{
        span,
        message: t('The front matter starts under blank lines: Hugo reads it, but Jekyll, Astro and Frontlint take it for text. Delete the blank lines above it.'),
        fix: { title: t('Delete the blank lines above the front matter'), edits: [{ span, newText: '' }] },
      }];
    }
    const end = post.lines.lineEnd(0);
    return [{ span: { start: 0, end }, message: t('This post has no front matter: add a --- block with its title at the top (in VS Code, "Frontlint: Insert Front Matter" writes one).') }];
  },
};
