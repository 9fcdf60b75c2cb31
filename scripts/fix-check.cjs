// `node scripts/fix-check.cjs <folder>...`: fix-all (every rule, as `frontlint --fix`) on each
// post under the folders, and what markdown-it makes of the result against the post before:
//   - emphasis, a code span or a link that the post did not render (a delimiter paired anew);
//   - a link's text or target left as plain text;
//   - a heading gone (one that a re-flow had run into its line counts while its start is a heading);
//   - a code block whose text is still in the post but no longer code.
// Prints each post with a problem and the totals; exit code 1 if there is any. Needs `npm run build`.
// The property tests check the same on generated posts; this is for whole blogs, real or generated.
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');
const MarkdownIt = require('markdown-it');
const { fixAll, lint } = require('../dist/engine.js');

const md = new MarkdownIt({ html: true });

function postsUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith('.') || name === 'node_modules' ? [] : postsUnder(path);
    return /\.(md|markdown|mdx)$/.test(name) ? [path] : [];
  });
}

/**
 * The body's block tokens, as a site renders it (front matter aside). Front matter under blank
 * lines is read as Hugo reads it, the one generator that does: the fix that deletes those blank
 * lines keeps what Hugo showed, and turns what Jekyll showed as text into front matter.
 */
const tokensOf = (text, mdx) => {
  const hugo = text.replace(/^(?:[ \t]*\r?\n)+(?=---[ \t]*\r?\n)/, '');
  const read = hugo !== text && lint(hugo, { mdx }).post.frontMatter ? hugo : text;
  return md.parse(read.slice(lint(read, { mdx }).post.bodyOffset), {});
};

/** Every emphasis, code span and link, rendered, with the text it spans. */
function inlineElements(tokens) {
  const out = [];
  for (const token of tokens) {
    if (token.type !== 'inline') continue;
    const children = token.children ?? [];
    children.forEach((child, i) => {
      if (child.type === 'code_inline') out.push('`' + child.content + '`');
      if (child.type === 'image') out.push(`image ${child.attrGet('src')} ${child.content}`);
      if (!['strong_open', 'em_open', 'link_open', 's_open'].includes(child.type)) return;
      const close = children.findIndex((other, j) => j > i && other.type === child.type.replace('_open', '_close') && other.level === child.level);
      if (close > 0) out.push(md.renderer.renderInline(children.slice(i, close + 1), md.options, {}));
    });
  }
  return out;
}

const headings = (tokens) => tokens.flatMap((token, i) => (token.type === 'heading_open' ? [tokens[i + 1].content.trim()] : []));
const codeBlocks = (tokens) => tokens.filter((token) => token.type === 'fence' || token.type === 'code_block').map((token) => token.content.trim());
/** `](` or `(/…/…)` in the rendered text: a link's text or target on its own. */
const linkParts = (tokens) => tokens.filter((token) => token.type === 'inline').reduce((n, token) => n + (md.renderer.renderInline(token.children ?? [], md.options, {}).replace(/<[^>]+>/g, '').match(/\]\(|\(\/[^\s()]+\/\)/g) ?? []).length, 0);

function count(items) {
  const counts = new Map();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function problemsOf(before, after, mdx) {
  const [was, now] = [tokensOf(before, mdx), tokensOf(after, mdx)];
  const problems = [];
  const had = count(inlineElements(was));
  for (const [element, n] of count(inlineElements(now))) if (n > (had.get(element) ?? 0)) problems.push(`new inline element: ${element.slice(0, 100)}`);
  if (linkParts(now) > linkParts(was)) problems.push('a link part left as text');
  const headingsNow = headings(now);
  for (const heading of new Set(headings(was))) {
    const kept = headingsNow.some((h) => h === heading || (h.length >= 4 && (heading.startsWith(h) || h.startsWith(heading))));
    if (heading && !kept) problems.push(`heading gone: ${heading.slice(0, 80)}`);
  }
  const codeNow = count(codeBlocks(now));
  for (const [code, n] of count(codeBlocks(was))) {
    const stillThere = after.split(code.split('\n')[0]).length - 1;
    if (code && (codeNow.get(code) ?? 0) < Math.min(n, stillThere)) problems.push(`code no longer code: ${code.slice(0, 80)}`);
  }
  return problems;
}

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error('usage: node scripts/fix-check.cjs <folder>...');
  process.exit(2);
}
let posts = 0;
let changed = 0;
let withProblems = 0;
for (const folder of folders) {
  for (const path of postsUnder(folder)) {
    const before = readFileSync(path, 'utf8');
    const mdx = path.endsWith('.mdx');
    const after = fixAll(before, { mdx }).text;
    posts++;
    if (after === before) continue;
    changed++;
    const problems = problemsOf(before, after, mdx);
    if (problems.length === 0) continue;
    withProblems++;
    console.log(`${relative(process.cwd(), path)}\n  ${problems.join('\n  ')}`);
  }
}
console.log(`${posts} posts, ${changed} changed by fix-all, ${withProblems} with a problem`);
process.exitCode = withProblems > 0 ? 1 : 0;
