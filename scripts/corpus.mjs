// Deterministic generator of posts shaped like a real AI-generated Japanese blog: sentences from
// the seed posts, re-mixed into sections with `###` headings and bold labels, lists with indented
// continuation lines, "related posts" link lists and call-to-action blocks shared across posts,
// with the artifacts a restarting model leaves: ---END--- markers, repeated passages, multi-KB
// one-line re-flows of earlier sections followed by fresh text, and truncations (also ending in
// `、` or an opening bracket, and inside list items). The same seed always gives the same bytes.
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

/** Clauses (split at `、`): the material of headings, labels and link titles. */
const CLAUSES = SENTENCES.flatMap((s) => s.split('、'))
  .map((c) => c.replace(/[。！？]$/, '').trim())
  .filter((c) => c.length >= 6 && c.length <= 30 && !/[「」（）()[\]*`]/.test(c));

const TOPICS = ['大手AI企業への影響', '経営層に求められる新たなリーダーシップ', 'サプライチェーン全体への波及効果', '「賢い相棒」としてのAIエージェントの真髄', '投資家が注目すべき指標', '日本企業にとっての示唆', '規制と倫理の課題', '現場で起きている変化'];
const ASPECTS = ['コストと信頼性の両面', '短期と長期の視点', '技術と組織の壁', '機会とリスク', '人材と文化の変革'];
const SLUGS = ['ai-investment', 'cloud-strategy', 'qwen-model', 'gpu-supply', 'agent-era', 'edge-ai', 'data-center', 'open-source-llm', 'robotics', 'semiconductor'];

/**
 * Call-to-action and advertisement blocks: each is shared, word for word, by hundreds of posts,
 * once per post (the real blog appends one of a handful of these to every post).
 */
const CTA_BLOCKS = [
  '---\n\n**📩 ニュースレター登録**\n\n最新のAI・テクノロジー動向を毎週お届けします。登録は無料で、いつでも解除できます。[今すぐ登録する](https://example.com/newsletter?utm_source=blog&utm_medium=cta)',
  '> **PR** この記事はAI投資分析プラットフォームの提供でお送りしています。個別銘柄の分析レポートを無料で試せます。詳しくは[こちら](https://example.com/pr/ai-report?ref=blog)をご覧ください。',
  '### この記事が役に立ったら\n\nぜひSNSでシェアしてください。ご意見・ご感想は[お問い合わせフォーム](/contact/)からお寄せください。編集部一同、励みにしております。',
  '<div class="ad-box">\n<a href="https://example.com/ad/cloud-seminar"><img src="/images/ad/cloud-seminar.png" alt="クラウドAIセミナー開催中"></a>\n</div>',
  '**【無料セミナー】生成AIを業務に導入するための実践ガイド**\n\n毎月第2水曜日にオンラインで開催しています。参加費は無料です。[お申し込みはこちら](https://example.com/seminar?from=blog)',
];

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

/** Where a truncation stops: mid-sentence, after a clause comma, or on an opening bracket or emphasis. */
function cutOff(text, rand) {
  const at = Math.max(6, Math.floor(text.length * (0.2 + rand() * 0.6)));
  const head = text.slice(0, at);
  const roll = rand();
  if (roll < 0.3) {
    const comma = head.lastIndexOf('、');
    return comma > 4 ? head.slice(0, comma + 1) : head + '、';
  }
  if (roll < 0.4) return head + '（「';
  if (roll < 0.5) return head + '、**「';
  if (roll < 0.55) return head + '（';
  return head;
}

/** One post of about `bytes` UTF-8 bytes. */
export function generatePost(bytes, seed = 1) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sentences = (min, max) => Array.from({ length: min + Math.floor(rand() * (max - min + 1)) }, () => pick(SENTENCES)).join('');
  const frontMatter = `---\nlayout: post\ntitle: "生成された記事 ${seed}"\ndate: 2025-11-07 04:38:05 +0000\ntags: ["AI", "投資"]\nreading_time: ${1 + Math.floor(rand() * 20)}\n---\n\n`;
  /** The blocks so far; `flat` is how a block reads when a restart re-flows it into one line. */
  const blocks = [];
  let size = Buffer.byteLength(frontMatter);
  let section = 0;
  const push = (text, flat = text, kind = 'text') => {
    blocks.push({ text, flat, kind });
    size += Buffer.byteLength(text) + 2;
  };
  const content = () => blocks.filter((b) => b.kind !== 'marker' && b.kind !== 'cta');

  const ctaAt = bytes * (0.5 + rand() * 0.4);
  let ctaDone = false;
  while (size < bytes) {
    if (!ctaDone && size > ctaAt) {
      push(CTA_BLOCKS[seed % CTA_BLOCKS.length], undefined, 'cta');
      ctaDone = true;
      continue;
    }
    const roll = rand();
    const earlier = content();
    if (roll < 0.04 && earlier.length > 3) {
      push('---END---', '', 'marker');
    } else if (roll < 0.07 && earlier.length > 3) {
      // A truncation before a marker, ending mid-clause, after `、` or on an opening bracket.
      push(cutOff(sentences(1, 3), rand));
      push('---END---', '', 'marker');
    } else if (roll < 0.11 && earlier.length > 6) {
      // A restart re-flows several earlier blocks (headings and bold labels too) into one line of
      // several KB, and goes on with fresh text on the same line.
      const start = Math.floor(rand() * (earlier.length - 3));
      const copied = earlier.slice(start, start + 3 + Math.floor(rand() * 6)).map((b) => b.flat);
      const fresh = rand() < 0.5 ? `**${pick(TOPICS)}** ${sentences(1, 4)}` : rand() < 0.5 ? `### ${pick(TOPICS)} ${sentences(1, 3)}` : sentences(2, 5);
      push(`${copied.join(' ')} ${fresh}`, undefined, 'reflow');
    } else if (roll < 0.2 && earlier.length > 3) {
      // A restart: earlier blocks again, sometimes re-flowed into one line, sometimes cut off.
      const start = Math.floor(rand() * earlier.length);
      const copied = earlier.slice(start, start + 1 + Math.floor(rand() * 3));
      let text = rand() < 0.5 ? copied.map((b) => b.flat).join(' ') : copied.map((b) => b.text).join('\n\n');
      if (rand() < 0.3) text = text.slice(0, Math.max(10, Math.floor(text.length * rand())));
      push(text);
    } else if (roll < 0.26) {
      // A section heading or a bold label on its own line.
      section++;
      const title = `${pick(TOPICS)}：${pick(ASPECTS)}`;
      if (rand() < 0.5) push(`### ${section}. ${title}`, `### ${section}. ${title}`, 'heading');
      else {
        const label = rand() < 0.7 ? `${section}. ${title}` : `${'abcdefg'[section % 7]}. ${pick(TOPICS)}`;
        push(`**${label}**`, `**${label}**`, 'label');
      }
    } else if (roll < 0.31) {
      // A list whose items have a bold label and an indented continuation line; sometimes the
      // last item is cut off before a marker and the text restarts after it.
      const items = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => ({ label: pick(TOPICS), body: sentences(1, 3) }));
      const lines = items.map(({ label, body }) => `*   **${label}**\n    ${body}`);
      const flat = items.map(({ label, body }) => `**${label}** ${body}`).join(' ');
      if (rand() < 0.3) {
        const last = items[items.length - 1];
        const cut = cutOff(last.body, rand);
        lines[lines.length - 1] = `*   **${last.label}**\n    ${cut}`;
        push(lines.join('\n'), flat, 'list');
        push('---END---', '', 'marker');
        push(last.body.slice(Math.max(0, cut.length - 8)) + sentences(0, 2));
      } else push(lines.join('\n'), flat, 'list');
    } else if (roll < 0.34) {
      // "Related posts": links to other posts, sometimes the same title twice with different URLs.
      const links = Array.from({ length: 3 + Math.floor(rand() * 4) }, (_, i) => ({ title: pick(CLAUSES), url: `/2026/0${1 + ((seed + i) % 9)}/${String(1 + ((seed * 7 + i) % 28)).padStart(2, '0')}/${pick(SLUGS)}-${(seed + i) % 97}/` }));
      if (rand() < 0.3) links.push({ title: links[0].title, url: `/2026/03/01/${pick(SLUGS)}-${seed % 89}/` });
      push(`関連記事：\n\n${links.map((l) => `- [${l.title}](${l.url})`).join('\n')}`);
    } else {
      push(sentences(2, 7));
    }
  }
  if (!ctaDone) push(CTA_BLOCKS[seed % CTA_BLOCKS.length], undefined, 'cta');
  return frontMatter + blocks.map((b) => b.text).join('\n\n') + '\n';
}

/**
 * A post no model restarted, as a writer would write a how-to: a table of contents whose entries
 * the headings repeat, two procedures that share a step, a list without full stops, and a sign-off
 * with an emoticon. It must get no artifact finding: these repeats are normal writing.
 */
export function generateCleanPost(seed = 1) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sections = ['Dockerで動かす', 'npmで動かす', 'よくある質問'];
  const step = '`http://localhost:5678` でアクセス。';
  const body = [
    `## 目次\n\n${sections.map((s, i) => `${i + 1}. ${s}`).join('\n')}`,
    `## ${sections[0]}\n\n${pick(SENTENCES)}\n\n1. \`docker compose up -d\` を実行。\n2. コンテナの起動を待つ。\n3. ${step}`,
    `## ${sections[1]}\n\n${pick(SENTENCES)}\n\n1. \`npm install -g n8n\` を実行。\n2. \`n8n start\` で起動。\n3. ${step}`,
    `## ${sections[2]}\n\n- 対応OS\n- 必要なメモリ\n- ライセンス\n\n${pick(SENTENCES)}${pick(SENTENCES)}`,
    `それでは、また次の記事で！ ${pick([':D', '^^', ':)', '(^^)'])}`,
  ];
  return `---\nlayout: post\ntitle: "手順メモ ${seed}"\ndate: 2025-11-07 04:38:05 +0000\ntags: ["手順", "AI"]\n---\n\n${body.join('\n\n')}\n`;
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
    // One post in fifty is a clean how-to (see generateCleanPost).
    const clean = i % 50 === 49;
    yield { name: `${String(i).padStart(4, '0')}-${clean ? 'howto' : 'post'}.md`, text: clean ? generateCleanPost(seed * 100003 + i) : generatePost(bytes, seed * 100003 + i) };
  }
}
