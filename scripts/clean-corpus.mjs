// Writes the generated part of the clean corpus (issue 12, section 6) to test/fixtures/clean/generated/:
// posts that no model restarted, assembled deterministically from hand-written shape templates in
// English, Japanese and Chinese. Each shape is one that real blogs use and that could look like an
// artifact: a table of contents repeated as headings, a step shared by two procedures, an FAQ, a
// summary restating a sentence, a pull quote, a repeated call to action, a sign-off without a full
// stop, emoticons and kaomoji at the end, lists without full stops, bold labels, link lists,
// footnotes, tables with repeated cells, repeated code blocks, admonitions, a colon before a list,
// a post ending with a link or an image, headings with question marks.
//
//   node scripts/clean-corpus.mjs           # (re)write the files
//   node scripts/clean-corpus.mjs --check   # exit 1 if the files differ from what it would write
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from './clean-corpus-shapes.mjs';
import { random as rng } from './corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'test/fixtures/clean/generated');

/** A post: front matter, then the shapes in an order that reads like a post. */
function post(lang, family, index, random) {
  const L = LANGS[lang];
  const topic = L.topics[Math.floor(random() * L.topics.length)];
  // Prose sentences are drawn without replacement, so a post repeats only what a shape repeats.
  const pool = L.prose(topic).slice();
  let spare = 0;
  const take = () => pool.splice(Math.floor(random() * pool.length), 1)[0] ?? L.spare(topic, spare++);
  const ctx = { topic, take, random, translated: family === 'translated', index };
  const opening = L.shapes.opening(ctx);
  // Every post has at least two shapes in the middle; rotating them puts every shape in the corpus.
  const names = new Set([L.middleShapes[index % L.middleShapes.length], L.middleShapes[(index * 7 + 3) % L.middleShapes.length]]);
  for (const name of L.middleShapes) if (random() < 0.45) names.add(name);
  // Translated notes (answers of a model, translated) carry no newsletter or follow-me lines.
  if (family === 'translated') names.delete('cta');
  const middle = L.middleShapes.filter((name) => names.has(name)).map((name) => L.shapes[name](ctx));
  // Machine-translated notes end as their originals did: on prose, a reference list or a table.
  const ending = ctx.translated ? [L.shapes.proseSection, L.shapes.linkList, L.shapes.table][index % 3](ctx) : L.endings[index % L.endings.length](ctx);
  const fm = family === 'translated' ? L.translatedFrontMatter(topic, index) : L.humanFrontMatter(topic, index);
  return `---\n${fm}\n---\n\n${[opening, ...middle, ending].join('\n\n')}\n`;
}

export function generate() {
  const files = new Map();
  const plan = [
    ['human', 'en', 26],
    ['human', 'ja', 22],
    ['human', 'zh', 16],
    ['translated', 'ja', 24],
    ['translated', 'zh', 18],
    ['translated', 'en', 10],
  ];
  let seed = 12;
  for (const [family, lang, count] of plan) {
    for (let i = 0; i < count; i++) {
      const random = rng(seed++ * 2654435761);
      files.set(`${family}/${lang}-${String(i + 1).padStart(2, '0')}.md`, post(lang, family, i, random));
    }
  }
  return files;
}

const files = generate();
if (process.argv.includes('--check')) {
  let stale = 0;
  for (const [name, text] of files) {
    const path = join(outDir, name);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`stale: ${name}`);
      stale++;
    }
  }
  process.exit(stale ? 1 : 0);
} else {
  rmSync(outDir, { recursive: true, force: true });
  for (const [name, text] of files) {
    mkdirSync(join(outDir, name, '..'), { recursive: true });
    writeFileSync(join(outDir, name), text);
  }
  const bytes = [...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
  console.log(`${files.size} posts, ${(bytes / 1024).toFixed(0)} KB in ${outDir}`);
}
