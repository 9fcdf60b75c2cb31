// A Jekyll blog from the generated corpus (scripts/corpus.mjs): posts in `_posts/` named by date,
// a `_config.yml` with a permalink pattern, and the corpus's "related posts" lists (3 to 7 links a
// post; the real blog has about 3) pointed at the blog's own posts, some percent-encoded, one in a
// hundred to a post that does not exist. For `bench:corpus`'s blog-index section and `npm run bench`.
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
    // The corpus's links point at made-up URLs: each becomes one of the blog's posts.
    const linked = text.replace(/\]\((\/\d{4}\/[^)\s]*)\)/g, (_, _url, offset) => {
      const target = names[Math.floor(rand() * count)];
      const broken = rand() < 0.01;
      const path = broken ? url({ ...target, slug: `${target.slug}-missing` }) : url(target);
      return `](${offset % 3 === 0 ? encodeURI(path) : path})`;
    });
    // The front matter's date would win over the file name's, as in Jekyll: it is the file's.
    const post = linked.replace(/^date: .*$/m, `date: ${names[i].date} 09:00:00 +0900`);
    writeFileSync(join(dir, '_posts', `${names[i].date}-${names[i].slug}.md`), post);
    bytes += Buffer.byteLength(post);
    i++;
  }
  return { count: i, bytes };
}
