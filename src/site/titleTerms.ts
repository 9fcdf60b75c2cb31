/**
 * The proper-noun-like terms of a title, for `title-mismatch`: runs of two or more kanji, katakana
 * words and capitalised Latin words, after NFKC. And the test whether a body has them, forgiving
 * what translation and typing vary: `・`, spaces, width and case.
 */

const KANJI_RUN = /[\p{Script=Han}々〆ヶ]{2,}/gu;
const KATAKANA_WORD = /[\p{Script=Katakana}ー][\p{Script=Katakana}ー・･]*[\p{Script=Katakana}ー]/gu;
const LATIN_WORD = /\b[A-Z][A-Za-z0-9]*(?:[-.'][A-Za-z0-9]+)*\b/g;

/**
 * Words that sit in titles as the kind of post, not as what it is about: 解説 (explanation),
 * 概要 (overview), 比較 (comparison)... Checked after the blog's own document frequency, which
 * finds the blog's habits; this list covers small blogs where frequency says little.
 */
const COMMON_TERMS = new Set([
  // kanji
  '解説', '概要', '比較', '理由', '入門', '方法', '分析', '影響', '未来', '問題', '課題', '対策', '原因', '役割', '意味', '違い', '特徴',
  '仕組', '仕組み', '基本', '基礎', '完全', '徹底', '最新', '最新情報', '今後', '現状', '展望', '考察', '検証', '紹介', '一覧', '総まとめ', '要約', '手順',
  '設定', '使用', '使用法', '利用', '活用', '戦略', '技術', '日本', '世界', '歴史', '背景', '説明', '理解', '実践', '事例', '効果', '利点', '欠点',
  '長所', '短所', '重要性', '必要性', '可能性', '注意点', '関係', '比較表', '指南', '攻略', '講座', '入門編', '応用', '発表', '発言', '見解', '評価', '感想',
  '報告', '記録', '日記', '考え', '質問', '回答', '答え', '結論', '提案', '主張', '議論', '論争', '見通', '動向', '状況', '変化', '進化', '発展', '成長',
  '簡単', '便利', '重要', '必要', '概念', '定義', '原則', '原理', '理論', '構造', '機能', '性能', '能力', '種類', '分類', '一般', '全体', '詳細', '具体例', '実例', '例', '使い方',
  // katakana
  'ガイド', 'ポイント', 'メリット', 'デメリット', 'ヒント', 'コツ', 'レビュー', 'ニュース', 'トレンド', 'リスト', 'ステップ', 'チュートリアル', 'サマリー',
  'アプローチ', 'システム', 'テクノロジー', 'データ', 'ツール', 'サービス', 'ビジネス', 'モデル', 'インパクト', 'リスク', 'チャンス', 'テクニック',
  // Latin
  'How', 'Why', 'What', 'When', 'Where', 'Who', 'The', 'A', 'An', 'And', 'Or', 'In', 'On', 'Of', 'For', 'To', 'With', 'Vs', 'Guide', 'Overview',
  'Introduction', 'Intro', 'Tips', 'Review', 'Notes', 'Note', 'Part', 'My', 'Our', 'Your', 'Is', 'Are', 'Using', 'Use', 'Best', 'New', 'Top',
]);

export interface TitleTerm {
  /** As written in the title (after NFKC). */
  term: string;
  /** The form compared with the body. */
  key: string;
}

/** The terms of a title worth finding in its body, common words left out. */
export function titleTerms(title: string): TitleTerm[] {
  const text = title.normalize('NFKC');
  const terms = new Map<string, TitleTerm>();
  for (const pattern of [KANJI_RUN, KATAKANA_WORD, LATIN_WORD]) {
    for (const [term] of text.matchAll(pattern)) {
      if (COMMON_TERMS.has(term) || COMMON_TERMS.has(term.replace(/[・･]/g, ''))) continue;
      if (pattern === LATIN_WORD && term.length < 2) continue;
      if (pattern === KATAKANA_WORD && term.replace(/[ー・･]/g, '').length < 2) continue;
      const key = matchForm(term);
      if (key && !terms.has(key)) terms.set(key, { term, key });
    }
  }
  return [...terms.values()];
}

/**
 * The form titles and bodies are compared in: NFKC (width), lower case, without `・`, spaces and
 * long-vowel marks (コンピューター and コンピュータ are one word).
 */
export function matchForm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s・･ー\u3000]/g, '');
}

/**
 * Whether the body (in `matchForm`) has the term. A kanji term counts as present when the body
 * uses each of its characters, or has both halves of it at one split point (量子計算機 from 量子
 * and 計算機).
 */
export function bodyHasTerm(body: string, key: string): boolean {
  if (body.includes(key)) return true;
  if (/^[\p{Script=Han}々]+$/u.test(key)) {
    // An ordinary word (遅延, 容量不足) is written with characters the body uses elsewhere; a
    // name the body never mentions (蔡英文 in a post about 蔡崇信's ジョー・サイ) has one it never uses.
    if ([...key].every((char) => body.includes(char))) return true;
    for (let split = 2; split <= key.length - 2; split++) {
      if (body.includes(key.slice(0, split)) && body.includes(key.slice(split))) return true;
    }
  }
  return false;
}

/** The body's most frequent katakana or capitalised Latin word that is not a common word, seen at least twice. */
export function mostFrequentProperNoun(body: string, exclude: ReadonlySet<string>): string | undefined {
  const text = body.normalize('NFKC');
  const counts = new Map<string, number>();
  for (const pattern of [KATAKANA_WORD, LATIN_WORD]) {
    for (const [word] of text.matchAll(pattern)) {
      const bare = word.replace(/[・･]/g, '');
      if (COMMON_TERMS.has(word) || COMMON_TERMS.has(bare) || bare.replace(/ー/g, '').length < 2 || exclude.has(matchForm(word))) continue;
      if (pattern === LATIN_WORD && word.length < 3) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  let bestCount = 1;
  for (const [word, count] of counts) if (count > bestCount) [best, bestCount] = [word, count];
  return best;
}
