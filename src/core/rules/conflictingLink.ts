import { extractLinks, type PostLink } from '../parse/links';
import { withoutTrailingSlashes } from '../text/trim';
import type { Rule, RuleFinding } from '../rule';
import type { Post } from '../post';

export const conflictingLink: Rule = {
  id: 'conflicting-link',
  description: 'The same link text points to two different targets in one post.',
  defaultSeverity: 'warning',
  tags: [],
  fixable: false,
  check({ post, t }) {
    const findings: RuleFinding[] = [];
    const first = new Map<string, { link: PostLink; target: string; cited: boolean }>();
    for (const link of extractLinks(post)) {
      const text = linkTextKey(link.text);
      if (!text || isGeneric(text) || WHOLLY_CODE.test(text) || isEmbed(post.text, link) || inFootnote(post, link)) continue;
      const target = targetKey(link.target);
      const cited = citesASource(post, link);
      const earlier = first.get(text);
      if (!earlier) {
        first.set(text, { link, target, cited });
        continue;
      }
      // A source cited under each item names an outlet of many articles, unless it names the site of
      // one target and not the other's (`via [Reuters]` to reuters.com and to apnews.com).
      if ((cited || earlier.cited) && isOnSite(text, earlier.target) === isOnSite(text, target)) continue;
      if (sameTarget(earlier.target, target) || namesTheSite(text, earlier.target, target) || namesTheFolder(text, earlier.target, target) || namesTheProject(text, earlier.target, target) || attributes(text, earlier.target, target)) continue;
      // A section of this post and a page elsewhere that share a title (`#チャネルアクセストークンを準備する`
      // and the official guide's section of that name, in a Zenn article): both named right.
      if (target.startsWith('#') !== earlier.target.startsWith('#')) continue;
      findings.push({
        span: link.targetSpan,
        message: t('"{0}" links to {1} here, but to {2} on line {3}.', link.text, link.target, earlier.link.target, post.lines.lineAt(earlier.link.span.start) + 1),
        related: [{ span: earlier.link.targetSpan, message: t('"{0}" links to {1} here', earlier.link.text, earlier.link.target) }],
      });
    }
    return findings;
  },
};

/**
 * Link texts that name no target ("here", "こちら") or only its kind ("Tweet", "スライド", under
 * each of several references): reused for different targets on purpose.
 */
const GENERIC_TEXTS = new Set([
  'here', 'link', 'this', 'more', 'source', 'read more', 'click here', 'details',
  'tweet', 'post', 'article', 'blog', 'video', 'slides', 'slide', 'paper', 'pdf', 'demo', 'docs', 'documentation', 'code', 'source code', 'github', 'repository', 'repo',
  // Where the target is, not what: `on npm` for a search of presets and one of plugins (Babel's blog).
  'npm', 'on npm', 'on github',
  'こちら', 'ここ', 'リンク', '詳細', '詳しくはこちら', '出典', '参考', '参照', '元記事', '原文', 'see', '参见',
  'ツイート', 'ポスト', '記事', 'ブログ', '動画', 'スライド', '資料', '論文', 'デモ', 'ドキュメント', '公式ドキュメント', 'ソースコード', 'リポジトリ',
  // A bug report, a change, a script, a download, an example: one under each of several things.
  'issue', 'bug', 'pr', 'pull request', 'commit', 'script', 'download', 'website', 'homepage', 'example', 'screenshot',
  // The download page of each of two apps (an English dev.to blog: Obsidian's, then Syncthing's).
  'download page', 'download link', 'downloads page', 'official site', 'official website', 'official page', 'project page',
  'try it', 'try it here', 'try it out', 'live demo', 'playground', 'sandbox', 'discussion', 'feedback',
  'イシュー', 'プルリクエスト', 'コミット', 'スクリプト', 'ダウンロード', '公式サイト', 'サンプル', 'スクリーンショット', 'ディスカッション', 'フィードバック',
  // An official page, tutorial or download page of each of several tools (a Japanese Hugo blog), or "this one".
  'this one', 'that one', 'tutorial', '公式ページ', '公式のページ', 'チュートリアル', '公式チュートリアル', '公式のチュートリアル', 'ダウンロードサイト', 'ダウンロードページ',
  // Chinese (Hexo blogs): the same kinds of text.
  '这里', '点这里', '链接', '详情', '来源', '出处', '参考', '原文', '原文链接', '推文', '文章', '博客', '视频', '幻灯片', '论文', '演示', '文档', '官方文档',
  '代码', '源码', '源代码', '仓库', '项目', '脚本', '下载', '官网', '主页', '示例', '例子', '截图', '讨论', '讨论帖', '反馈', '提供反馈', '资料',
  '教程', '官方教程', '官方页面', '下载页面',
  // "This one", "this article" (a Chinese Hugo blog: `参照[这个](…)和[这个](…)`).
  '这个', '那个', '这篇', '这篇文章', '此处', '此文', 'これ', 'それ', 'この記事',
  // The problem under each problem of a contest write-up (a Chinese Hexo blog: `[题目链接](…/abc237_b)`).
  'problem', 'problem link', 'task', '题目', '原题', '传送门', '問題', '問題ページ',
  // The part before or after, in each of several series (a Chinese Hugo blog: `[下篇](…)` twice).
  'previous', 'next', 'previous post', 'next post', 'previous part', 'next part', 'part one', 'part two',
  '上篇', '下篇', '上一篇', '下一篇', '前篇', '后篇', '续篇', '前回', '次回', '前編', '後編', '前の記事', '次の記事',
  // A plugin, a chart, a config of each of several tools, and "like so" under each of two snippets (an English Hugo blog).
  'plugin', 'plugins', 'extension', 'package', 'library', 'chart', 'helm chart', 'config', 'configuration', 'like so', 'like this',
  // The registry a package is installed from (a Hatena Blog's `Homebrew` for two formulae).
  'homebrew', 'brew', 'pypi', 'crates.io', 'rubygems', 'docker hub', 'dockerhub', 'maven central', 'packagist', 'nuget',
  'marketplace', 'vs code marketplace', 'app store', 'google play', 'chrome web store', 'コード',
  // A snippet's playground, named by its tool, under each of several snippets (a Gatsby blog on Elm: `this [Ellie app](…)`).
  'codepen', 'jsfiddle', 'jsbin', 'codesandbox', 'stackblitz', 'replit', 'repl', 'glitch', 'ellie', 'ellie app',
  'rust playground', 'go playground', 'typescript playground', 'ts playground',
  // A shared chat under each of several prompts (a Zola blog's guide to AI chatbots: `link to the conversation`).
  'conversation', 'chat', 'thread', 'transcript',
  // Where it is, not what (an English Astro blog's `Wikipedia` for three articles).
  'wikipedia', 'wiki', 'mdn', 'stack overflow', 'stackoverflow', 'youtube', 'twitter', 'reddit', 'hacker news', 'medium', 'zhihu', 'qiita', 'zenn',
  'ウィキペディア', '知乎', '维基百科', '掘金',
  // "I hear [again](…) and [again](…)": each word a link to one more place (an English Jekyll blog).
  'again', 'and again', 'also', 'too',
  'プラグイン', '拡張機能', 'パッケージ', 'ライブラリ', '設定', '插件', '扩展', '库', '配置',
  // A call to action under each of several things (an English Eleventy blog's `Subscribe now` under each newsletter).
  'subscribe', 'subscribe now', 'sign up', 'signup', 'register', 'register here', 'join', 'join now', 'buy', 'buy now', 'get it', 'get it here',
  'install', 'learn more', 'watch', 'listen', 'donate', 'follow', 'apply', 'rsvp', 'tickets',
  // The rest of each of several stories (an AI news digest's `Read more →` under each item; Adobe's
  // Japanese docs' `[詳細情報]` after each feature).
  'continue reading', 'keep reading', 'read on', 'full article', 'full story', 'more info', 'more information', 'more details',
  '続きを読む', '続き', '全文', '全文を読む', '詳細情報', '詳しい情報', '詳細を見る', '阅读全文', '查看全文', '更多信息', '详细信息', '了解详情', '查看详情',
  '購読', '登録', '購入', '申し込み', 'お申し込み', '詳しく見る', 'もっと見る', '订阅', '注册', '购买', '了解更多', '阅读更多', '报名',
  // A preview of each of several themes (`**So Simple:** [Theme preview](…)`), an API of each of several sites.
  'preview', 'live preview', 'theme', 'api',
  // A report of each of several events (a Hugo blog's `Report in Japanese` under each event), and an address (`[地址](…)`).
  'report', 'recap', 'write-up', 'writeup', 'notes', 'recording', 'announcement', 'release notes', 'changelog',
  // The reference of each of two APIs (a Japanese Jekyll blog's `[リファレンス]` after each).
  'reference', 'api reference', 'リファレンス', '公式リファレンス',
  // The source of each of two quoted listings (a Zenn article's `リスト 1-1 (**[**引用元**](…)**)`).
  '引用元', '引用', '出典元', '情報源', 'ソース', '参考文献', '参考資料', '参考リンク', '引用来源', '参考资料', '参考链接',
  // What happened to each of several apps (`[updated](…/releases)` under each app in F-Droid's weekly digest).
  'update', 'updated', 'release', 'released', 'is out', 'new version', 'latest release', 'アップデート', '更新', 'リリース', '发布',
  'レポート', '参加レポート', '参加報告', '記録', '报告', '记录', '笔记', '地址', '网址', '链接地址',
]);

/** An arrow or ellipsis after a generic text, or an arrow before it (`Read more →`, `続きを読む »`, `→ 詳細`; NFKC has made `…` `...`). */
const TRAILING_ARROW = /\s*(?:→|⇒|⟶|➡\ufe0f?|»|›|->|>>|\.\.\.)+$/;
const LEADING_ARROW = /^(?:→|⇒|➡\ufe0f?|»|›|>>)+\s*/;

/** A language the target is written in, after a generic text (`Report in Japanese`, `slides (English)`, `資料（英語）`). */
const TRAILING_LANGUAGE = /\s*(?:\bin\s+(?:english|japanese|chinese|korean|german|french|spanish)|[(（]\s*(?:english|japanese|chinese|korean|en|ja|zh|日本語|英語|中国語|中文|英文|韩文|韓国語)\s*[)）])$/;

/**
 * A kind of thing after what it is for, in Japanese (`検証に使ったコード`, `Goのサンプル`): the code
 * of each of several experiments (a Hatena Blog post on Lima), as `the code` is in English.
 */
const JAPANESE_KIND = /^\S{1,24}(?:の|た|る|な)(?:コード|ソースコード|サンプルコード|サンプル|スクリプト|記事|資料|スライド|動画|リポジトリ|ドキュメント|ページ|設定ファイル)$/;

/** Where to see, buy or read it, in Japanese (`Amazon.co.jpで詳細を見る` in each book's affiliate box, `楽天市場で探す`). */
const JAPANESE_WHERE = /^\S{1,30}で(?:詳細を見る|詳しく見る|見る|購入する|購入|買う|読む|探す|チェックする|チェック)$/;

/** A kind of target and "link", "address", "go to" (`题目链接`, `下载地址`, `题目直达`, `项目传送门`): one under each of several things. */
const CHINESE_LINK_TO = /^(?:题目|原题|下载|项目|文章|视频|官网|仓库|代码|源码|文档|论文|原文)(?:链接|地址|直达|传送门)$/;

/**
 * What may come before a generic text and leaves it generic: an article or a demonstrative (`the
 * paper`, `this post`), or what to do with the link (`view demo`, `查看 demo`, `check out the docs`).
 */
const LEADING_WORDS = /^(?:(?:the|this|that|a|an|my|our)\s+|(?:see|view|watch|read|open|check out|check|try|link to)\s+(?:the\s+|this\s+)?|(?:查看|点击|点此|看看|看)\s*)/;

/**
 * A numbered step, note, figure or table (`step 2`, `図 3`, `第2步`): the number names it within its
 * own source, so two algorithms' `step 2` are two targets (a post on JavaScript's spec links each).
 */
const NUMBERED = /^(?:(?:step|note|figure|fig\.|table|footnote|ステップ|手順|図|表|注|步骤|图|注释)\s*\d+|第\s*\d+\s*[步条]|手順\s*\d+)[.:：]?$/;

/**
 * A note's marker (`[1]`, `1`, `*`, `†`, `↩`): a hand-made footnote links its marker to the note,
 * and the note's marker back to the text (an English Jekyll blog: `[1]` to `#note1` and `#note1ref`).
 */
const NOTE_MARKER = /^(?:\[\d+\]|\(\d+\)|\d+|\^\d+|[*†‡§¶^]+|↩\ufe0e?|↑|⤴)$/;

/**
 * "This" or "that" and a word or two (`this RFC`, `that paper`, `この論文`, `这篇文章`): the one the
 * sentence is about, a different one in each (a Rust blog's `this RFC` for three RFCs). In Japanese
 * and Chinese, a short noun only: `このAlibabaの動きから` is a phrase that names its target.
 */
const DEMONSTRATIVE = /^(?:(?:this|that|these|those)\s+\S+(?:\s+\S+)?|(?:この|その|あの)[^\sのをがはにでと]{1,6}|(?:这|那)(?:个|篇|些|份|条|本)?[^\s的了]{1,4})$/;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/**
 * A date (`January 29, 2020`, `29 Jan 2020`, `2020-01-29`, `2020年1月29日`): it says when, not which.
 * Twitter's embed code links each tweet's date to the tweet, and two tweets of one day share it (a
 * Japanese meetup report embeds a dozen).
 */
const DATE = new RegExp(`^(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2} ${MONTH},? \\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日)$`);

/**
 * Who passed a fact on (`via J.`, `h/t Sam`, `via _The Economist_.`): the source of each of many
 * facts in an English Jekyll blog's yearly list, one person for several. It says who, not which page.
 */
const ATTRIBUTION = /^(?:via|h\/t|hat tip(?: to)?|thanks to|courtesy of)\s+(\S.{0,40})$/;

/** A source's label that says it is one (`来源-x`, `来源-reddit` under each item of a Chinese AI digest, `source: X`): it says where. */
const SOURCE_LABEL = /^(?:source|src|来源|出处|出典|ソース|출처)\s*[-:：]\s*\S.{0,40}$/;

/**
 * An attribution, unless it names the site of one target and not the other's (`via Reuters` to
 * reuters.com and to apnews.com: a model's misattribution).
 */
function attributes(text: string, a: string, b: string): boolean {
  const who = ATTRIBUTION.exec(text)?.[1].replace(/[_*.,]+/g, '').trim();
  return who !== undefined && isOnSite(who, a) === isOnSite(who, b);
}

/** A generic text, alone or after words that leave it generic, a demonstrative, a numbered reference, a note's marker or a date. */
const isGeneric = (text: string) => {
  // (A generic text is short: long ones, most of a post's, skip the patterns that strip words.)
  const rest = text.length > MAX_GENERIC_LENGTH ? text : text.replace(LEADING_ARROW, '').replace(TRAILING_ARROW, '').replace(LEADING_WORDS, '').replace(TRAILING_LANGUAGE, '');
  return isGenericWord(text) || isGenericWord(rest) || allGenericWords(rest) || DEMONSTRATIVE.test(text) || NUMBERED.test(text) || NOTE_MARKER.test(text) || CHINESE_LINK_TO.test(text) || JAPANESE_KIND.test(text) || JAPANESE_WHERE.test(text) || DATE.test(text) || SOURCE_LABEL.test(text);
};

/**
 * Two or three generic words together (`Blog post`, `GitHub リポジトリ`, `demo video`): still only a
 * kind (a Docusaurus blog's launch week links a `Blog post` under each of its days). Words split at
 * spaces and where Latin letters meet other scripts.
 */
function allGenericWords(text: string): boolean {
  if (text.length > MAX_GENERIC_LENGTH) return false;
  WORDS.lastIndex = 0;
  let words = 0;
  let kinds = 0;
  for (let word = WORDS.exec(text); word; word = WORDS.exec(text)) {
    if (++words > 3) return false;
    if (isGenericWord(word[0])) kinds++;
    else if (!LANGUAGES.has(word[0])) return false;
  }
  return words >= 2 && kinds >= 1;
}

/**
 * Languages and formats, which say what a generic kind is written in (`this [Python script]` for
 * each of four scripts in a real MkDocs post, `Go のサンプル`): still only a kind.
 */
const LANGUAGES = new Set(['python', 'go', 'golang', 'bash', 'shell', 'sh', 'zsh', 'powershell', 'javascript', 'js', 'typescript', 'ts', 'node', 'ruby', 'rust', 'java', 'kotlin', 'swift', 'php', 'perl', 'c', 'c++', 'c#', 'sql', 'yaml', 'json', 'toml', 'html', 'css', 'docker', 'terraform', 'r', 'lua', 'dart', 'scala', 'haskell', 'elixir']);

/** Longer than any generic text with the words around it (`check out the documentation in Japanese`). */
const MAX_GENERIC_LENGTH = 48;

const WORDS = /[a-z0-9.+#]+|[^\sa-z0-9.+#]+/g;

/** A generic text, or the plural of one (`issues`, `videos`). */
const isGenericWord = (text: string) => GENERIC_TEXTS.has(text) || (text.endsWith('s') && GENERIC_TEXTS.has(text.slice(0, -1)));

/**
 * A link text that is code alone (`` [`README.md`](…) ``) names a file or symbol relative to where
 * it lives: the README of each of two repositories (a Zenn article on GitHub's README paths).
 */
const WHOLLY_CODE = /^(`+)[^`]+\1$/;

/**
 * A link on a footnote's line (`[^4]: Shiller, "[Narrative Economics](…)"`) names the document
 * that note cites: two notes may cite two documents of one title (an AI-written Jekyll blog cites
 * Shiller's address and a review of his book, both "Narrative Economics").
 */
function inFootnote(post: Post, link: PostLink): boolean {
  return FOOTNOTE_DEFINITION.test(post.lines.lineText(post.lines.lineAt(link.span.start)));
}

const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]\s]+\]:/;

/**
 * A link after a source's marker on its line (`📎 [IT之家](…)`, `Source: [Reuters](…)`, `出典：[…](…)`),
 * as a news digest cites the outlet under each item: it says where each item came from, and one
 * outlet has many articles (a Chinese AI digest's `IT之家` and `Hugging Face Blog`).
 */
function citesASource(post: Post, link: PostLink): boolean {
  const start = post.lines.lineStarts[post.lines.lineAt(link.span.start)];
  // (Only the few characters before the link on its line: a marker, not a paragraph.)
  const before = post.text.slice(Math.max(start, link.span.start - 16), link.span.start);
  return SOURCE_MARKER.test(before);
}

const SOURCE_MARKER = /(?:📎|🔗|(?:^|[\s(（])(?:source|sources|src|via|来源|出处|出典|ソース|引用元|출처)\s*[:：]?)\s*$/iu;

/** Zenn's embeds, `@[tweet](…)` and `@[card](…)`: the text names the kind of embed, not its target. */
const isEmbed = (text: string, link: PostLink) => link.kind === 'markdown' && text.charCodeAt(link.span.start - 1) === 0x40; /* @ */

/** Link texts compare after NFKC, case, runs of spaces and emphasis around the whole text (`[**引用元**]`, `[_fdroiddata_]`). */
export function linkTextKey(text: string): string {
  const key = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const emphasis = WHOLLY_EMPHASIS.exec(key);
  // (`*a* and *b*` is two emphases, not one around the whole.)
  return emphasis && !emphasis[2].includes(emphasis[1][0]) ? emphasis[2].trim() : key;
}

const WHOLLY_EMPHASIS = /^(\*{1,3}|_{1,3})([^*_].*)\1$/;

/**
 * Whether two target keys name one page: the same key, or a path from the site's root and a full
 * URL with that path (`/agencies` and `https://astro.build/agencies`, in a post of that site).
 */
function sameTarget(a: string, b: string): boolean {
  if (a === b || sameWithMoreParameters(a, b)) return true;
  const [rooted, full] = a.startsWith('/') && !a.startsWith('//') ? [a, b] : [b, a];
  if (!rooted.startsWith('/') || rooted.startsWith('//')) return false;
  const path = /^https?:\/\/[^/?#]+(\/.*)?$/i.exec(full)?.[1] ?? null;
  return path !== null && (path || '/') === rooted;
}

/**
 * One URL is the other with more query parameters (`?itemName=x` and `?itemName=x&ssr=false`): one
 * page, asked for in another view (a Chinese Astro blog links its VS Code extension both ways).
 */
function sameWithMoreParameters(a: string, b: string): boolean {
  const [pathA, queryA = ''] = a.split('?', 2);
  const [pathB, queryB = ''] = b.split('?', 2);
  if (pathA !== pathB || queryA === queryB || queryA === '' || queryB === '') return false;
  const [fewer, more] = queryA.length < queryB.length ? [queryA, queryB] : [queryB, queryA];
  const present = new Set(more.split('&'));
  return fewer.split('&').every((parameter) => present.has(parameter));
}

/**
 * A text that is the name of the site both targets are on (`Yelp` for yelp.com and a page of it,
 * `BeerAdvocate` for two of its lists): it says where, as `Wikipedia` does, not which page.
 */
function namesTheSite(text: string, a: string, b: string): boolean {
  // The site's name alone, or before a kind (`Disqus API` for two of its pages).
  const [first, ...rest] = text.split(' ');
  const site = rest.length > 0 && rest.length <= 2 && rest.every(isGenericWord) ? first : text;
  if (isOnSite(site, a) && isOnSite(site, b)) return true;
  // A host's label that adds hyphens or a project's suffix to the name counts only when both targets
  // are on that one site: `cursorapp.com` beside `cursor.com` may be anyone's, or made up.
  const name = site.replace(/[\s.\-_']/g, '');
  const siteA = name.length < 2 ? undefined : siteNamed(name, a);
  return siteA !== undefined && siteA === siteNamed(name, b);
}

/**
 * The host from its label that is the name, without its hyphens (`F-Droid`, f-droid.org) or with a
 * word projects add to it (`Redwood`, learn.redwoodjs.com → redwoodjs.com; `Elixir`, elixir-lang.org).
 */
function siteNamed(name: string, target: string): string | undefined {
  const labels = hostOf(target)?.split('.') ?? [];
  const at = labels.findIndex((label) => {
    const bare = label.replace(/-/g, '');
    return bare === name || SITE_NAME_AFFIXES.some(([before, after]) => bare === `${before}${name}${after}`);
  });
  return at < 0 ? undefined : labels.slice(at).join('.');
}

const SITE_NAME_AFFIXES = [['', 'js'], ['', 'lang'], ['', 'hq'], ['', 'app'], ['', 'project'], ['get', ''], ['use', ''], ['try', '']];

/** Whether `target` is on the site `site` names: by its name (`yelp`, a host's label) or its address (`github.blog`, `docs.nscale.com`, as a model that searched cites each source). */
function isOnSite(site: string, target: string): boolean {
  const address = site.replace(/^www\./, '');
  const name = site.replace(/[\s.\-_']/g, '');
  if (name.length < 2) return false;
  const host = hostOf(target);
  return host !== undefined && (host.split('.').includes(name) || (address.includes('.') && (host === address || host.endsWith(`.${address}`))));
}

const hostOf = (target: string) => HOST.exec(target)?.[1].toLowerCase();

const HOST = /^(?:https?:)?\/\/(?:[^@/?#]*@)?([^/?#:]+)/i;

/**
 * A package, project or hashtag named as code names it (`marked`, `export-onenote-to-html`,
 * `@scope/name`, `#tag`), linked to two pages of its own on two sites: its repository and its
 * registry page or documentation (`github.com/markedjs/marked`, `marked.js.org`), or a hashtag's page
 * and a search for it. Both targets carry its name, as a path segment, a host's label or a query's
 * value: they are one thing's pages. Only full URLs: a post of the blog (`/blog/kubernetes/`) that a
 * model linked under a made-up address keeps being reported.
 */
function namesTheProject(text: string, a: string, b: string): boolean {
  const m = PROJECT_NAME.exec(text);
  if (!m || !/^https?:\/\//.test(a) || !/^https?:\/\//.test(b)) return false;
  // Two sites (a hashtag's page and its search are on one): two addresses on one site that carry
  // the name are two pages of it (`openai.com/index/gpt-5/`, `openai.com/blog/gpt-5`), or one made up.
  if (!text.startsWith('#') && hostOf(a)?.replace(/^www\./, '') === hostOf(b)?.replace(/^www\./, '')) return false;
  const name = m[1];
  const carries = (target: string) => decodedComponent(target).toLowerCase().split(URL_DELIMITERS).includes(name);
  return carries(a) && carries(b);
}

/** `name`, `@scope/name`, `owner/name`, `#tag` in ASCII (link texts are compared in lower case); the name without `.`, which splits a host. */
const PROJECT_NAME = /^(?:[#@]?[a-z0-9][a-z0-9_.-]*\/)?[#@]?([a-z0-9][a-z0-9_-]+)$/;
const URL_DELIMITERS = /[/.?=&#:;]+/;

/** `%23tag` in a query is `#tag` (target keys keep what `decodeURI` keeps). */
function decodedComponent(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/**
 * A text that is the path both targets are under, with or without the host (`makotow/dailyutils`
 * for two folders of that repository, as a Japanese post introducing each of its tools links them):
 * it says where, as a site's name does, not which page.
 */
function namesTheFolder(text: string, a: string, b: string): boolean {
  const folder = withoutTrailingSlashes(text.replace(/^https?:\/\//, ''));
  if (!folder.includes('/') || /\s/.test(folder)) return false;
  const under = (target: string) => {
    const path = target.replace(/^(?:https?:)?\/\//i, '').toLowerCase();
    // With its host (`github.com/a/b/…`) or without (`a/b/…`, or a path from the site's root).
    return [path, path.slice(path.indexOf('/') + 1)].some((p) => p === folder || p.startsWith(`${folder}/`));
  };
  return under(a) && under(b);
}

/** Campaign and click tracking parameters: the same page, counted per source. */
const TRACKING_PARAMETER = /^(?:utm_[a-z_]+|fbclid|gclid|ref_src)=/i;

/**
 * Targets compare after percent-decoding, without a trailing slash or `index.html`, and without a
 * `#fragment`: a page's title that links once to the page and once to a section of it is one target.
 * Tracking parameters are dropped too.
 */
function targetKey(target: string): string {
  const hash = target.indexOf('#');
  let decoded = withoutTracking(hash > 0 ? target.slice(0, hash) : target);
  try {
    decoded = decodeURI(decoded);
  } catch {
    // malformed escapes: compared as written
  }
  // (http and https: one page, the one redirecting to the other.)
  const key = decoded.normalize('NFC').replace(/^http:\/\//i, 'https://').replace(/\/index\.html?$/, '/');
  return withoutTrailingSlashes(key) || '/';
}

/** A URL without its tracking parameters (`?utm_source=react-conf&…`), and without its `?` when none is left. */
function withoutTracking(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const kept = url.slice(query + 1).split('&').filter((parameter) => parameter && !TRACKING_PARAMETER.test(parameter));
  return kept.length > 0 ? `${url.slice(0, query)}?${kept.join('&')}` : url.slice(0, query);
}
