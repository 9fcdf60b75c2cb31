// A Jekyll blog from the generated corpus (scripts/corpus.mjs): posts in `_posts/` named by date,
// a `_config.yml` with a permalink pattern, and a "related posts" list in each post linking to
// three others (about 3 links a post, as in the real blog), some percent-encoded, one in a hundred
// to a post that does not exist. For `bench:corpus`'s blog-index section and `npm run bench`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateBlog, random } from './corpus.mjs';

const DAY = 86_400_000;

/** Writes the blog under `dir`; returns its post count and total bytes. */
export function writeJekyllBlog(dir, count, totalBytes) {
  mkdirSync(join(dir, '_posts'), { recursive: true });
  writeFileSync(join(dir, '_config.yml'), 'title: corpus\npermalink: /:year/:month/:day/:title/\n');
  const rand = random(11);
  const start = Date.UTC(2019, 0, 1);
  const names = Array.from({ length: count }, (_, i) => {
    const date = new Date(start + Math.floor(i * 0.7) * DAY).toISOString().slice(0, 10);
    return { date, slug: i % 5 === 0 ? `記事-${i}` : `post-${i}` };
  });
  const url = ({ date, slug }) => `/${date.replaceAll('-', '/')}/${slug}/`;
  let bytes = 0;
  let i = 0;
  for (const { text } of generateBlog(count, totalBytes)) {
    const links = Array.from({ length: 3 }, (_, k) => {
      const target = names[Math.floor(rand() * count)];
      const broken = rand() < 0.01;
      const path = broken ? url({ ...target, slug: `${target.slug}-missing` }) : url(target);
      return `- [関連記事 ${k + 1}](${k === 0 ? encodeURI(path) : path})`;
    });
    // The front matter's date would win over the file name's, as in Jekyll: it is the file's.
    const dated = text.replace(/^date: .*$/m, `date: ${names[i].date} 09:00:00 +0900`);
    const post = `${dated.replace(/\n?$/, '\n')}\n## 関連記事\n\n${links.join('\n')}\n`;
    writeFileSync(join(dir, '_posts', `${names[i].date}-${names[i].slug}.md`), post);
    bytes += Buffer.byteLength(post);
    i++;
  }
  return { count: i, bytes };
}
