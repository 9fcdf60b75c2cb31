import { YAML_FENCE } from '../parse/frontMatter';
import type { Post } from '../post';
import type { Rule, RuleFinding } from '../rule';

export const frontmatterInBody: Rule = {
  id: 'frontmatter-in-body',
  description: 'Front matter in the middle of the body: another post glued on after this one, whose fields readers see as a heading.',
  defaultSeverity: 'warning',
  tags: ['artifact'],
  fixable: false,
  check({ post, t, mdx }) {
    // In MDX, `---` is no fence and a key line may be JSX text: not looked at.
    if (mdx) return [];
    const { lines } = post;
    const findings: RuleFinding[] = [];
    for (const found of gluedFrontMatter(post)) {
      const span = { start: lines.lineStarts[found.open], end: lines.lineEnd(found.close) };
      const where = [found.open + 1, found.close + 1] as const;
      findings.push({
        span,
        message: found.title
          ? t('Front matter of "{0}" in the body (lines {1}-{2}), as if another post was glued on here: readers see its fields as a heading.', found.title, ...where)
          : t('Front matter in the body (lines {0}-{1}), as if another post was glued on here: readers see its fields as a heading.', ...where),
      });
    }
    return findings;
  },
};

/** A YAML key and its value (`title: "B"`, `tags:`), as front matter writes one field a line. */
const KEY_LINE = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/;
/** A list item or an indented line under a key (`- AI`, `  - AI`). */
const UNDER_KEY = /^(?:[ \t]+\S|-[ \t])/;
/** Fields every generator's front matter has; one of them makes a run of key lines front matter, not a list of settings in prose. */
const FRONT_MATTER_KEYS = new Set(['title', 'date', 'tags', 'categories', 'description', 'draft', 'published', 'layout', 'author', 'slug', 'emoji', 'topics', 'type', 'lang', 'permalink']);
/**
 * A template tag alone on its line (`{{< tab lang="yaml" >}}`, `{% raw %}`): front matter right
 * inside one is an example that the generator renders (Docsy's user guide shows each page's front
 * matter in a tab that highlights it as code).
 */
const TEMPLATE_TAG = /^[ \t]*(?:\{\{[<%].*[>%]\}\}|\{%.*%\})[ \t]*$/;
/** More lines than any front matter: past them the run is prose, and the search stops. */
const MAX_FIELD_LINES = 60;

/**
 * Front matter blocks inside the body, outside code and template tags: a `---` line, two or more
 * key lines (one of them a field every post has: `title`, `date`, `tags`, …) with their lists, and
 * a `---` line. Each
 * line is looked at once or, after a run that is no front matter, at most `MAX_FIELD_LINES` more times.
 */
function gluedFrontMatter(post: Post): Array<{ open: number; close: number; title?: string }> {
  const { lines, blocks } = post;
  const code = new Uint8Array(lines.lineCount);
  for (const block of blocks) if (block.kind === 'code' || block.kind === 'html') code.fill(1, block.startLine, block.endLine + 1);
  const found: Array<{ open: number; close: number; title?: string }> = [];
  for (let line = post.bodyLine; line < lines.lineCount; line++) {
    // (Most lines do not start with `-`: they are passed over without taking their text.)
    if (code[line] || lines.text.charCodeAt(lines.lineStarts[line]) !== 0x2d || !YAML_FENCE.test(lines.lineText(line))) continue;
    let keys = 0;
    let known = false;
    let title: string | undefined;
    let close = -1;
    for (let next = line + 1; next < lines.lineCount && next <= line + MAX_FIELD_LINES && !code[next]; next++) {
      const text = lines.lineText(next);
      if (YAML_FENCE.test(text)) {
        close = next;
        break;
      }
      const key = KEY_LINE.exec(text);
      if (key) {
        keys++;
        known ||= FRONT_MATTER_KEYS.has(key[1].toLowerCase());
        if (key[1].toLowerCase() === 'title' && key[2]) title = key[2].trim().replace(/^(["'])(.*)\1$/, '$2');
      } else if (keys === 0 || !UNDER_KEY.test(text)) break;
    }
    if (close < 0 || keys < 2 || !known) continue;
    if ((line > 0 && TEMPLATE_TAG.test(lines.lineText(line - 1))) || (close + 1 < lines.lineCount && TEMPLATE_TAG.test(lines.lineText(close + 1)))) {
      line = close;
      continue;
    }
    found.push({ open: line, close, title });
    line = close;
  }
  return found;
}
