// Deterministic generator of posts shaped like a real AI-generated Japanese blog: sentences from
// the seed posts, re-mixed, with repeated passages, re-flowed restarts, ---END--- markers and
// truncations. The same seed always gives the same bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const seeds = ['000_b773296d3b563b01.txt', '003_90677ba6db7355f9.txt'].map((f) => readFileSync(join(root, 'test/fixtures', f), 'utf8'));

/** Sentences of the seeds' bodies, the raw material. */
const SENTENCES = seeds
  .flatMap((text) => text.replace(/^---[\s\S]*?\n---\n/, '').split('\n'))
  .filter((line) => line.trim() && !line.startsWith('---') && !line.startsWith('#') && !line.startsWith('-'))
  .flatMap((line) => line.match(/[^。！？]+[。！？]?/g) ?? [])
  .map((s) => s.trim())
  .filter((s) => s.length > 8);

/** mulberry32: small, fast, deterministic. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One post of about `bytes` UTF-8 bytes. */
export function generatePost(bytes, seed = 1) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const frontMatter = `---\nlayout: post\ntitle: "生成された記事 ${seed}"\ndate: 2025-11-07 04:38:05 +0000\ntags: ["AI", "投資"]\nreading_time: ${1 + Math.floor(rand() * 20)}\n---\n\n`;
  const paragraphs = [];
  let size = Buffer.byteLength(frontMatter);
  while (size < bytes) {
    const roll = rand();
    let paragraph;
    if (roll < 0.05 && paragraphs.length > 3) {
      paragraph = '---END---';
    } else if (roll < 0.25 && paragraphs.length > 3) {
      // A restart: earlier paragraphs again, sometimes re-flowed into one line, sometimes cut off.
      const start = Math.floor(rand() * paragraphs.length);
      const copied = paragraphs.slice(start, start + 1 + Math.floor(rand() * 3)).filter((p) => p !== '---END---');
      paragraph = rand() < 0.5 ? copied.join(' ') : copied.join('\n\n');
      if (rand() < 0.3) paragraph = paragraph.slice(0, Math.max(10, Math.floor(paragraph.length * rand())));
    } else {
      paragraph = Array.from({ length: 2 + Math.floor(rand() * 6) }, () => pick(SENTENCES)).join('');
    }
    if (!paragraph) continue;
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return frontMatter + paragraphs.join('\n\n') + '\n';
}

/**
 * A blog of `count` posts and about `totalBytes` in all: most posts around the mean size, about
 * one in a hundred over 130 KB, as in the real blog this imitates.
 */
export function* generateBlog(count, totalBytes, seed = 7) {
  const rand = random(seed);
  const mean = totalBytes / count;
  for (let i = 0; i < count; i++) {
    const large = rand() < 0.01;
    const bytes = large ? 130e3 + rand() * 70e3 : mean * (0.4 + rand() * 1.15);
    yield { name: `${String(i).padStart(4, '0')}-post.md`, text: generatePost(bytes, seed * 100003 + i) };
  }
}
