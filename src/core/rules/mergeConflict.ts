import type { Rule } from '../rule';

export const mergeConflict: Rule = {
  id: 'merge-conflict',
  description: 'An unresolved Git merge conflict: `<<<<<<<`, `=======` and `>>>>>>>` lines, with both sides between them.',
  defaultSeverity: 'error',
  tags: [],
  fixable: false,
  check({ post, conflicts, t }) {
    return conflicts.map((conflict) => ({
      span: { start: conflict.span.start, end: post.lines.lineEnd(conflict.startLine) },
      message: conflict.ours && conflict.theirs
        ? t('Unresolved merge conflict (lines {0} to {1}): "{2}" above the ======= line, "{3}" below it. Keep what the post should say, and delete the marker lines.', conflict.startLine + 1, conflict.endLine + 1, shortLabel(conflict.ours), shortLabel(conflict.theirs))
        : t('Unresolved merge conflict (lines {0} to {1}): one side above the ======= line, the other below it. Keep what the post should say, and delete the marker lines.', conflict.startLine + 1, conflict.endLine + 1),
      related: [
        { span: { start: post.lines.lineStarts[conflict.separatorLine], end: post.lines.lineEnd(conflict.separatorLine) }, message: t('The other side starts here') },
        { span: { start: post.lines.lineStarts[conflict.endLine], end: post.lines.lineEnd(conflict.endLine) }, message: t('The conflict ends here') },
      ],
    }));
  },
};

/**
 * A side's label as a writer knows it: the branch or commit without the file's path Git adds after
 * a rename (`HEAD:content/blog/a.md`), and a commit's hash as Git abbreviates it (7 characters).
 */
function shortLabel(label: string): string {
  const side = label.replace(/:.*[/.].*$/, '');
  return /^[0-9a-f]{40}$/.test(side) ? side.slice(0, 7) : side;
}
