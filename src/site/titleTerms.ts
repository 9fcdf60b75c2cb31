/**
 * The proper-noun-like terms of a title, for `title-mismatch`: runs of two or more kanji, katakana
 * words and capitalised Latin words, after NFKC. And the test whether a body has them, forgiving
 * what translation and typing vary: `・`, spaces, width and case, word forms, transliteration
 * between katakana and Latin letters, and the vocabulary a dictionary knows.
 */
import { countChars } from '../core/text/scripts';

const KANJI_RUN = /[\p{Script=Han}々〆ヶ]{2,}/gu;
const KATAKANA_WORD = /[\p{Script=Katakana}ー][\p{Script=Katakana}ー・･]*[\p{Script=Katakana}ー]/gu;
// Capitalised, or with a capital inside (macOS, iPhone).
const LATIN_WORD = /\b(?:[A-Z]|[a-z]+[A-Z])[A-Za-z0-9]*(?:[-.'][A-Za-z0-9]+)*\b/g;

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
  // the kind of a technical note, as its title gives it
  'スクリプト', 'コード', 'プログラム', 'アプリ', 'ライブラリ', 'フレームワーク', 'コマンド', 'ファイル', 'パッケージ', 'モジュール', 'プラグイン',
  'エラー', 'バグ', 'テスト', 'デバッグ', 'インストール', 'セットアップ', 'チェックリスト', 'ワークフロー', 'パフォーマンス', 'オプション', 'パラメータ',
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

/** The terms of a title worth finding in its body, in title order, common words left out. */
export function titleTerms(title: string): TitleTerm[] {
  const text = title.normalize('NFKC');
  const found: Array<TitleTerm & { at: number }> = [];
  for (const pattern of [KANJI_RUN, KATAKANA_WORD, LATIN_WORD]) {
    for (const { 0: term, index: at } of text.matchAll(pattern)) {
      if (COMMON_TERMS.has(term) || COMMON_TERMS.has(term.replace(/[・･]/g, ''))) continue;
      if (pattern === LATIN_WORD && term.length < 2) continue;
      if (pattern === KATAKANA_WORD && term.replace(/[ー・･]/g, '').length < 2) continue;
      const key = matchForm(term);
      if (key) found.push({ term, key, at });
    }
  }
  // In title order: the first term is the post's subject (see the rule).
  const terms = new Map<string, TitleTerm>();
  for (const { term, key } of found.sort((a, b) => a.at - b.at)) if (!terms.has(key)) terms.set(key, { term, key });
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
 * The title's terms that the body never mentions, in any form a translation may have given it.
 * `lang` picks the word dictionary that splits kanji runs (Chinese posts have no kana to mark
 * word ends).
 */
export function missingTitleTerms(terms: readonly TitleTerm[], body: string, lang?: string): TitleTerm[] {
  // Most bodies have the term as the title writes it: the normalised body is made only for the rest.
  let normalised: string | undefined;
  let vocabulary: BodyVocabulary | undefined;
  const words = () => (vocabulary ??= bodyVocabulary(body));
  return terms.filter((term) => {
    if (body.includes(term.term)) return false;
    const bodyKey = (normalised ??= matchForm(body));
    if (bodyKey.includes(term.key)) return false;
    if (isKanji(term.key)) return !kanjiPresent(term.key, bodyKey, lang);
    if (isKatakana(term.key)) return !compoundPresent(term.term, words());
    // Another form of the word (Grokking, Grok), or a Latin name the body writes in katakana
    // (Copilot, コパイロット).
    const stem = term.key.replace(/(?:ing|ed|es|s|al|er|ers|ly)$/, '').replace(/(.)\1$/, '$1');
    if (stem.length >= 3 && bodyKey.includes(stem)) return false;
    return !transliterates(term.key, words());
  });
}

/**
 * A title with no CJK character over a body mostly in CJK (`Teacher Qiu` over a Japanese essay on
 * 丘先生, in a real AI-translated blog): the title was left in the source language, not translated
 * apart from the body, and its words cannot be looked for in the body's script.
 */
export function leftInItsLanguage(title: string, body: string): boolean {
  const inTitle = countChars(title);
  if (inTitle.cjk + inTitle.hangul > 0) return false;
  const inBody = countChars(body, 0, Math.min(body.length, MAX_SCRIPT_SAMPLE));
  return inBody.cjk + inBody.hangul > inBody.otherLetters;
}
/** The body's script is read from its first part: enough to tell a Japanese essay from an English one. */
const MAX_SCRIPT_SAMPLE = 20_000;

const isKanji = (key: string) => /^[\p{Script=Han}々〆ヶ]+$/u.test(key);
const isKatakana = (key: string) => /^[\p{Script=Katakana}ー]+$/u.test(key);

/**
 * A kanji run counts as present when the body uses each of its characters, or has both halves of
 * it at one split point (量子計算機 from 量子 and 計算機). Otherwise it is a name only when the
 * dictionary cannot read it as words and the body uses none of the characters it cannot read:
 * 蔡英文 splits into 蔡|英文, and the body never uses 蔡. A run of dictionary words (識別, 大規模言語,
 * 空手) is vocabulary, which translations vary freely.
 */
function kanjiPresent(key: string, bodyKey: string, lang?: string): boolean {
  if ([...key].every((char) => bodyKey.includes(char))) return true;
  for (let split = 2; split <= key.length - 2; split++) {
    if (bodyKey.includes(key.slice(0, split)) && bodyKey.includes(key.slice(split))) return true;
  }
  // The characters the dictionary knows no word for; when the body uses some of them, the run is
  // a variant of its vocabulary (卡顿 in a body that says 卡住), not a name it never mentions.
  const unknown = dictionaryWords(key, lang).filter((word) => [...word].length === 1 && !AFFIXES.has(word));
  return unknown.length === 0 || unknown.some((char) => bodyKey.includes(char));
}

/**
 * A katakana compound counts as present when it splits into pieces the body has
 * (デバッグ|ガイド, プロジェクト|ディレクトリ), pieces too common to name anything, or
 * transliterations of the body's Latin words (コパイロット for Copilot, スプリング|ブート for Spring
 * Boot, ライブモバイルウェブ for live-mobile-web). Any split will do: the dictionary keeps an
 * unknown katakana run whole.
 */
function compoundPresent(term: string, words: BodyVocabulary): boolean {
  if (transliterates(term, words)) return true;
  const kana = [...term];
  if (kana.length > MAX_COMPOUND) return false;
  const known = (piece: string) => {
    const key = matchForm(piece);
    if (key.length < 2) return false;
    if (COMMON_TERMS.has(piece) || words.katakanaWords.has(key) || transliterates(piece, words)) return true;
    for (const word of words.katakanaWords) if (word.includes(key)) return true;
    return false;
  };
  // reachable[i]: the first i characters are made of known pieces.
  const reachable = kana.map((_, i) => i === 0).concat(false);
  for (let i = 0; i < kana.length; i++) {
    if (!reachable[i]) continue;
    for (let j = i + 2; j <= kana.length; j++) if (!reachable[j] && known(kana.slice(i, j).join(''))) reachable[j] = true;
  }
  return reachable[kana.length];
}

/** Longer runs are sentences of katakana, not words; splitting them costs more than it tells. */
const MAX_COMPOUND = 24;

/** Whether the word is a transliteration of a word (or of adjacent words) of the body. */
function transliterates(word: string, words: BodyVocabulary): boolean {
  return shapes(word).some((shape) => words.latin.has(shape) || words.katakana.has(shape));
}

/**
 * Characters that make words of words (無効化, 自立型, 代替案) or join them (如何从, 与): alone in a
 * split, they are no name.
 */
const AFFIXES = new Set([...'案型化性的版上下中内外用式法論者家等率度感力界側系風製群別後前省局院部会社長員店所場集子器機具品物類方付', ...'们吗呢了着过从在对把被为與与和及将向以于由之其而或但是有个这那']);

const segmenters = new Map<string, Intl.Segmenter>();

/** The dictionary's words of a run (ICU's, as VS Code and Node ship it); the run whole if there is none. */
function dictionaryWords(run: string, lang?: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [run];
  const locale = /^(zh|hant|hans)/i.test(lang ?? '') ? 'zh' : 'ja';
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  return [...segmenter.segment(run)].map((s) => s.segment);
}

interface BodyVocabulary {
  /** Consonant skeletons of the body's Latin words (and runs of up to four), and of its katakana words. */
  latin: Set<string>;
  katakana: Set<string>;
  /** The body's katakana words, in `matchForm`. */
  katakanaWords: Set<string>;
}

function bodyVocabulary(body: string): BodyVocabulary {
  const text = body.normalize('NFKC');
  const latin = new Set<string>();
  const add = (set: Set<string>, word: string) => shapes(word).forEach((shape) => set.add(shape));
  // Runs of Latin words, for names a title writes as one katakana word (Spring Boot, スプリングブート).
  for (const [run] of text.matchAll(/[A-Za-z]+(?:[ _.-][A-Za-z]+)*/g)) {
    const parts = run.split(/[ _.-]/);
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j <= Math.min(parts.length, i + 4); j++) add(latin, parts.slice(i, j).join(''));
      // Titles name the singular (スクリプト) where bodies have the plural (scripts).
      if (/..e?s$/.test(parts[i])) add(latin, parts[i].replace(/e?s$/, ''));
    }
  }
  const katakana = new Set<string>();
  const katakanaWords = new Set<string>();
  for (const [word] of text.matchAll(KATAKANA_WORD)) {
    add(katakana, word);
    katakanaWords.add(matchForm(word));
  }
  return { latin, katakana, katakanaWords };
}

/** Shorter skeletons match too many words by chance. */
const MIN_SKELETON = 2;

/**
 * A word's skeleton, and the skeleton without a final r or l, where spellings part most (vector,
 * ベクター, ベクトル; control, コントロール), each when long enough to tell words apart.
 */
function shapes(word: string): string[] {
  const shape = skeleton(word);
  const forms = shape.endsWith('R') ? [shape, shape.slice(0, -1)] : [shape];
  return forms.filter((form) => form.length >= MIN_SKELETON);
}

/**
 * The consonants of a word, in classes that a katakana transliteration keeps: DeepSeek and
 * ディープシーク are both TPSK, script and スクリプト SKRPT. An r after a vowel and before a consonant
 * is dropped, as katakana drops it (work, ワーク).
 */
export function skeleton(word: string): string {
  const kana = /[\p{Script=Katakana}ー]/u.test(word);
  const classes = kana ? katakanaClasses(word) : latinClasses(word.toLowerCase());
  let out = '';
  for (const c of classes) if (c !== out[out.length - 1]) out += c;
  return out;
}

function latinClasses(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    const next = word[i + 1] ?? '';
    if ((c === 's' || c === 'c' || c === 't') && next === 'h') { out += 'S'; i++; continue; }
    if (c === 'p' && next === 'h') { out += 'P'; i++; continue; }
    if (c === 't' && word.startsWith('ion', i + 1)) { out += 'S'; continue; }
    if (c === 'c') { out += /[eiy]/.test(next) ? 'S' : 'K'; continue; }
    if (c === 'x') { out += 'KS'; continue; }
    // Katakana drops an r after a vowel that no vowel follows (work, ワーク; server, サーバー).
    if (c === 'r' && /[aeiou]/.test(word[i - 1] ?? '') && !/[aeiouy]/.test(next)) continue;
    out += LATIN_CLASS[c] ?? '';
  }
  return out;
}

const LATIN_CLASS: Record<string, string> = {
  k: 'K', g: 'K', q: 'K', s: 'S', z: 'S', j: 'S', t: 'T', d: 'T', n: 'N', m: 'N',
  b: 'P', p: 'P', f: 'P', v: 'P', h: 'P', r: 'R', l: 'R',
};

function katakanaClasses(word: string): string {
  let out = '';
  for (const char of word) {
    for (const [cls, row] of KANA_ROWS) if (row.includes(char)) { out += cls; break; }
  }
  return out;
}

const KANA_ROWS: readonly [string, string][] = [
  ['K', 'カキクケコガギグゲゴ'],
  ['S', 'サシスセソザジズゼゾチツヂヅ'],
  ['T', 'タテトダデド'],
  ['N', 'ナニヌネノマミムメモン'],
  ['P', 'ハヒフヘホバビブベボパピプペポヴ'],
  ['R', 'ラリルレロ'],
];

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
