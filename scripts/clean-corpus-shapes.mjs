// Hand-written shape templates for the clean corpus (see clean-corpus.mjs). Written by us, in the
// shapes that real human-written and clean machine-translated posts use; no third-party text.

const pick = (ctx, list) => list[Math.floor(ctx.random() * list.length)];
const pad = (n) => String(n).padStart(2, '0');
const dateOf = (i) => `2024-${pad((i % 12) + 1)}-${pad((i * 7) % 27 + 1)}`;
const para = (ctx, n) => Array.from({ length: n }, ctx.take).join(' ');
const paraCjk = (ctx, n) => Array.from({ length: n }, ctx.take).join('');

// ---------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------
const enTopics = [
  { name: 'form validation', tool: 'Zod', cmd: 'npm install zod', url: 'https://zod.dev/', slug: 'form-validation', sections: ['Form-level validation with Zod', 'Validating forms on the server side', 'Showing errors next to each field'] },
  { name: 'self-hosted analytics', tool: 'Plausible', cmd: 'docker compose up -d', url: 'https://plausible.io/docs', slug: 'analytics', sections: ['Why I left the big analytics services', 'Running Plausible on a small VPS', 'What the numbers actually told me'] },
  { name: 'image optimisation', tool: 'Sharp', cmd: 'npm install sharp', url: 'https://sharp.pixelplumbing.com/', slug: 'images', sections: ['Picking the right image format', 'Resizing images at build time', 'Lazy loading without layout shift'] },
  { name: 'dark mode', tool: 'CSS custom properties', cmd: 'npm install -D postcss', url: 'https://developer.mozilla.org/', slug: 'dark-mode', sections: ['Reading the system colour scheme', 'Letting readers override the theme', 'Avoiding the flash of the wrong theme'] },
  { name: 'RSS feeds', tool: '@astrojs/rss', cmd: 'npx astro add rss', url: 'https://docs.astro.build/', slug: 'rss', sections: ['Generating the feed from content collections', 'Including full post content in the feed', 'Validating the feed before you publish'] },
  { name: 'search for a static site', tool: 'Pagefind', cmd: 'npx pagefind --site dist', url: 'https://pagefind.app/', slug: 'search', sections: ['Indexing the site after every build', 'Styling the default search interface', 'Excluding drafts and tag pages from search'] },
  { name: 'home server backups', tool: 'restic', cmd: 'restic init --repo /srv/backup', url: 'https://restic.net/', slug: 'backups', sections: ['Choosing where the backups live', 'Scheduling restic with a systemd timer', 'Testing that a restore actually works'] },
  { name: 'keyboard-driven editing', tool: 'Neovim', cmd: 'brew install neovim', url: 'https://neovim.io/doc/', slug: 'neovim', sections: ['Starting from an empty configuration', 'Adding a language server for Markdown', 'Keeping the configuration in one file'] },
];

const enProse = (t) => [
  `I have been meaning to write about ${t.name} for a while.`,
  `Most tutorials on ${t.name} stop right where the interesting problems begin.`,
  `This post is the guide I wish I had when I started.`,
  `${t.tool} turned out to be the simplest option that still covered every case I had.`,
  `The setup takes about ten minutes if nothing goes wrong.`,
  `It did go wrong for me, twice, and I will point out where.`,
  `The official documentation is good, but it assumes you already know the vocabulary.`,
  `None of this is new, but it is scattered across a dozen pages.`,
  `My blog gets a few thousand visits a month, so I optimise for simplicity, not scale.`,
  `If you run something bigger, the trade-offs will be different.`,
  `I tested everything on a fresh machine before publishing this.`,
  `The defaults are sensible, and I changed only two of them.`,
  `Looking back, the hardest part was deciding what not to build.`,
  `A few readers asked me how this works, which is what finally pushed me to write it down.`,
  `The whole configuration fits on one screen, which I consider a feature.`,
  `There are other tools that do the same, and some of them are excellent.`,
  `You can copy the snippets as they are; they do not depend on anything else in my setup.`,
  `I will keep this post updated when the tools change.`,
];

const en = {
  topics: enTopics,
  prose: enProse,
  spare: (t, n) => `One more detail about ${t.name} is worth noting here, number ${n + 1}.`,
  humanFrontMatter: (t, i) =>
    [
      () => `title: "A practical guide to ${t.name}"\ndescription: "How I set up ${t.name} on this blog, step by step."\npubDate: ${dateOf(i)}\ntags: ["${t.slug}", "webdev"]\ndraft: false`,
      () => `title: "Notes on ${t.name}"\ndate: ${dateOf(i)}T09:30:00+01:00\ndraft: false\ntags:\n  - ${t.slug}\ncategories:\n  - notes`,
      () => `layout: post\ntitle: "${t.tool} for ${t.name}"\ndate: ${dateOf(i)} 18:04:00 +0000\ncategories: [til]`,
    ][i % 3](),
  translatedFrontMatter: (t, i) => `audio: false\ngenerated: true\nimage: false\nlang: en\nlayout: post\nmodel: ${MODELS[i % MODELS.length]}\ntitle: "${t.tool} and ${t.name}"\ntranslated: true\ntype: note`,
  middleShapes: ['toc', 'procedures', 'faq', 'summary', 'pullQuote', 'cta', 'boldLabels', 'linkList', 'footnotes', 'table', 'repeatedCode', 'admonition', 'colonList', 'questionHeadings', 'image', 'proseSection'],
  shapes: {
    opening: (ctx) => `${para(ctx, 2)}\n\n${para(ctx, 2)}`,
    toc: (ctx) => {
      const s = ctx.topic.sections;
      const anchors = s.map((h) => `#${h.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
      const list = ctx.random() < 0.5 ? s.map((h, i) => `${i + 1}. ${h}`).join('\n') : s.map((h, i) => `- [${h}](${anchors[i]})`).join('\n');
      return `In this post:\n\n${list}\n\n${s.map((h) => `## ${h}\n\n${para(ctx, 2)}`).join('\n\n')}`;
    },
    procedures: (ctx) =>
      `## Installing with Docker\n\n1. Install Docker Desktop or Docker Engine.\n2. Run \`${ctx.topic.cmd}\` in the project folder.\n3. Open \`http://localhost:8080\` in your browser and create the first user.\n\n## Installing without Docker\n\n1. Install Node.js 20 or later.\n2. Run \`npx ${ctx.topic.slug}-server\` in the project folder.\n3. Open \`http://localhost:8080\` in your browser and create the first user.`,
    faq: (ctx) =>
      `## FAQ\n\n### Does ${ctx.topic.tool} work with a static site?\n\nYes. It only needs the built files, so any static host will do.\n\n### Is ${ctx.topic.tool} free?\n\nThe open-source version is free. The hosted service costs a few dollars a month.\n\n### Can I migrate away later?\n\nYes. Everything is stored in plain files, so moving is a matter of copying a folder.`,
    summary: (ctx) => {
      const key = `The short version: ${ctx.topic.tool} is boring in the best sense of the word.`;
      return `## Why ${ctx.topic.tool}\n\n${ctx.take()} ${key} ${ctx.take()}\n\n${para(ctx, 2)}\n\n## Summary\n\n${key} ${pick(ctx, ['Give it an afternoon and see for yourself.', 'Try it on a side project first.', 'It has served me well for a year now.'])}`;
    },
    pullQuote: (ctx) => {
      const q = `The best ${ctx.topic.name} setup is the one you never have to think about.`;
      return `${ctx.take()} ${q} ${ctx.take()}\n\n> ${q}\n\n${para(ctx, 1)}`;
    },
    cta: (ctx) => {
      const line = pick(ctx, ['*If you found this useful, consider subscribing to the newsletter. It is one email a month, no tracking.*', '**Enjoying the blog? You can support it on Ko-fi, which keeps the servers running.**', 'If you found this useful, consider subscribing to the newsletter. It is one email a month, no tracking.']);
      return `${line}\n\n${para(ctx, 2)}\n\n${para(ctx, 1)}\n\n${line}`;
    },
    boldLabels: (ctx) =>
      `## ${ctx.topic.tool} in practice\n\n**Pros**\n\n- Small and easy to understand\n- Works without a database\n- Documentation you can read in an evening\n\n**Cons**\n\n- Fewer integrations than the big players\n- You maintain the server yourself\n\n## The alternative\n\n**Pros**\n\n- Small and easy to understand\n- A hosted plan if you want one\n\n**Cons**\n\n- You maintain the server yourself\n\n**Note:** both are fine choices for a personal blog.`,
    linkList: (ctx) =>
      `## Further reading\n\n- [${ctx.topic.tool} documentation](${ctx.topic.url})\n- [My previous post on ${ctx.topic.name}](/blog/${ctx.topic.slug}-part-1/)\n- [My previous post on ${ctx.topic.name}](/blog/${ctx.topic.slug}-part-2/)\n- [A talk on the same subject](https://www.youtube.com/watch?v=dQw4w9WgXcQ)\n\nMore info: [${ctx.topic.tool} documentation](${ctx.topic.url})`,
    footnotes: (ctx) => `${ctx.take()} ${ctx.topic.tool} has been around since 2019[^history], and it shows in the details.[^details]\n\n[^history]: The first public release was a weekend project.\n[^details]: Error messages, mostly. They tell you what to do next`,
    table: (ctx) =>
      `| Feature | ${ctx.topic.tool} | The other one |\n| --- | --- | --- |\n| Self-hosting | Yes | Yes |\n| Free tier | Yes | Yes |\n| Markdown support | Yes | No |\n| Needs a database | No | Yes |\n| Export | Yes | Yes |`,
    repeatedCode: (ctx) =>
      `Build the site first:\n\n\`\`\`sh\nnpm ci\nnpm run build\n\`\`\`\n\n${para(ctx, 1)}\n\nAfter changing the configuration, build again:\n\n\`\`\`sh\nnpm ci\nnpm run build\n\`\`\``,
    admonition: (ctx) =>
      `> [!NOTE]\n> ${ctx.topic.tool} changes quickly, so check the version you install against the one used here.\n\n${para(ctx, 1)}\n\n:::tip\nKeep the configuration in version control, together with the posts\n:::\n\n{{< notice warning >}}\nBack up your data before upgrading.\n{{< /notice >}}`,
    colonList: (ctx) => `You need three things:\n\n- a computer with ${ctx.topic.tool} installed\n- about ten minutes\n- a cup of coffee (optional)\n\nThe steps are:\n\n1. install\n2. configure\n3. deploy`,
    questionHeadings: (ctx) => `## So why not just use a hosted service?\n\n${para(ctx, 2)}\n\n## What about privacy?\n\n${para(ctx, 1)}`,
    image: (ctx) => `![A screenshot of the ${ctx.topic.tool} dashboard](/images/${ctx.topic.slug}/dashboard.png)\n*The dashboard after a week of use*`,
    proseSection: (ctx) => `## Lessons learned\n\n${para(ctx, 3)}`,
  },
  endings: [
    () => 'Let me know in the comments! :D',
    () => 'Happy hacking',
    () => 'Thanks for reading :)',
    (ctx) => `[Source code on GitHub](https://github.com/example/${ctx.topic.slug})`,
    (ctx) => `![The finished ${ctx.topic.name} setup](/images/${ctx.topic.slug}/final.png)`,
    () => 'Cheers,\nSam',
    () => '#webdev #selfhosting',
    () => 'P.S. the full configuration is in my dotfiles repository',
    () => 'Until next time ¯\\_(ツ)_/¯',
    () => 'To be continued...',
    () => '— Alex',
    () => 'Questions? Find me on Mastodon 👋',
    () => '*Updated 2024-06-01: the commands now use the new CLI flags*',
    () => 'Thanks to Priya and Tom for reading drafts of this post',
  ],
};

// ---------------------------------------------------------------------------------------------
// Japanese
// ---------------------------------------------------------------------------------------------
const jaTopics = [
  { name: 'n8n', tool: 'n8n', cmd: 'docker run -it --rm -p 5678:5678 n8nio/n8n', url: 'https://docs.n8n.io/', slug: 'n8n', port: 5678, emoji: '🤖', sections: ['Docker でのセットアップ手順', 'ワークフローを作成してみる', '運用してわかった注意点'] },
  { name: 'Astro', tool: 'Astro', cmd: 'npm create astro@latest', url: 'https://docs.astro.build/ja/', slug: 'astro', port: 4321, emoji: '🚀', sections: ['プロジェクトの作成と初期設定', 'コンテンツコレクションの使い方', 'Cloudflare Pages へのデプロイ'] },
  { name: 'Neovim', tool: 'lazy.nvim', cmd: 'git clone https://github.com/folke/lazy.nvim', url: 'https://neovim.io/doc/', slug: 'neovim', port: 0, emoji: '⌨️', sections: ['プラグインマネージャーの導入', 'LSP と補完の設定', 'キーマップを整理する'] },
  { name: 'Ollama', tool: 'Ollama', cmd: 'curl -fsSL https://ollama.com/install.sh | sh', url: 'https://ollama.com/', slug: 'ollama', port: 11434, emoji: '🦙', sections: ['ローカル LLM を動かす準備', 'モデルのダウンロードと実行', 'API から呼び出してみる'] },
  { name: 'GitHub Actions', tool: 'GitHub Actions', cmd: 'gh workflow run deploy.yml', url: 'https://docs.github.com/ja/actions', slug: 'actions', port: 0, emoji: '⚙️', sections: ['ワークフローファイルの基本構成', 'キャッシュでビルドを速くする', 'シークレットの安全な扱い方'] },
  { name: 'Raspberry Pi', tool: 'Raspberry Pi OS', cmd: 'sudo apt update && sudo apt full-upgrade', url: 'https://www.raspberrypi.com/documentation/', slug: 'raspi', port: 8080, emoji: '🍓', sections: ['OS イメージの書き込み', 'SSH で接続できるようにする', '自宅サーバーとして常時運用する'] },
];

const jaProse = (t) => [
  `最近、${t.name}を触る機会があったので、手順をまとめておきます。`,
  `公式ドキュメントは充実していますが、日本語の情報はまだ少ない印象です。`,
  `自分用の備忘録ですが、誰かの役に立てば嬉しいです。`,
  `${t.tool}は思っていたよりずっと簡単に導入できました。`,
  `ただし、いくつかハマりどころがあったので、そこも含めて書いていきます。`,
  `環境は macOS Sonoma と Ubuntu 22.04 で確認しています。`,
  `細かい設定は好みが分かれるところなので、参考程度にしてください。`,
  `結論から言うと、個人で使う分には十分すぎるほどの機能があります。`,
  `初めて触る方でも、30分もあれば動かせると思います。`,
  `なお、この記事の内容は執筆時点のものです。`,
  `バージョンが上がると手順が変わる可能性があるので注意してください。`,
  `実際に一週間ほど使ってみて、良かった点と気になった点を書きます。`,
  `設定ファイルは最小限にとどめ、デフォルトをなるべく活かしました。`,
  `社内でも少しずつ使う人が増えてきています。`,
  `同じことをやろうとしている人の参考になればと思います。`,
  `わからないところは公式の Discord で質問すると、すぐに回答がもらえました。`,
  `もっと良い方法があれば、ぜひ教えてください。`,
];

const ja = {
  topics: jaTopics,
  prose: jaProse,
  spare: (t, n) => `${t.name}については、他にも細かい点が${n + 2}つほどあります。`,
  humanFrontMatter: (t, i) =>
    [
      () => `title: "${t.name}を試してみた"\nemoji: "${t.emoji}"\ntype: "tech"\ntopics: ["${t.slug}", "個人開発"]\npublished: true`,
      () => `title: "${t.name}入門メモ"\ndate: ${dateOf(i)}T21:00:00+09:00\ndraft: false\ntags: ["${t.slug}", "メモ"]\ncategories: ["技術"]`,
      () => `layout: post\ntitle: "${t.tool}で遊ぶ"\ndate: ${dateOf(i)}\ntags: [${t.slug}]`,
    ][i % 3](),
  translatedFrontMatter: (t, i) => `audio: false\ngenerated: true\nimage: false\nlang: ja\nlayout: post\nmodel: ${MODELS[i % MODELS.length]}\ntitle: ${t.name}の使い方ガイド\ntranslated: true\ntype: note`,
  middleShapes: ['toc', 'procedures', 'faq', 'summary', 'pullQuote', 'cta', 'boldLabels', 'linkList', 'footnotes', 'table', 'repeatedCode', 'admonition', 'colonList', 'questionHeadings', 'image', 'numberedLabels', 'proseSection'],
  shapes: {
    opening: (ctx) => (ctx.translated ? `以下は、${ctx.topic.name}の主な使い方を整理したものです：\n\n- 導入手順\n- 基本的な設定\n- よくある質問\n\n${paraCjk(ctx, 2)}` : `${paraCjk(ctx, 3)}\n\n${paraCjk(ctx, 2)}`),
    toc: (ctx) => {
      const s = ctx.topic.sections;
      return `## 目次\n\n${s.map((h, i) => `${i + 1}. ${h}`).join('\n')}\n\n${s.map((h) => `## ${h}\n\n${paraCjk(ctx, 2)}`).join('\n\n')}`;
    },
    procedures: (ctx) =>
      `## Docker でインストールする場合\n\n1. Docker Desktop をインストールします。\n2. \`${ctx.topic.cmd}\` を実行します。\n3. \`http://localhost:${ctx.topic.port || 8080}\` でアクセス。\n\n## npm でインストールする場合\n\n1. Node.js 20 以上をインストールします。\n2. \`npx ${ctx.topic.slug}\` を実行します。\n3. \`http://localhost:${ctx.topic.port || 8080}\` でアクセス。`,
    faq: (ctx) =>
      `## よくある質問\n\n### Q. ${ctx.topic.tool}は無料で使えますか？\n\nA. 個人利用であれば無料で使えます。商用利用の場合はライセンスを確認してください。\n\n### Q. Windows でも動きますか？\n\nA. WSL2 上であれば問題なく動きます。\n\n### Q. データはどこに保存されますか？\n\nA. デフォルトではホームディレクトリ配下に保存されます。`,
    summary: (ctx) => {
      const key = `${ctx.topic.tool}は、小さく始めて少しずつ育てていくのに向いているツールです。`;
      return `## 使ってみた感想\n\n${ctx.take()}${key}${ctx.take()}\n\n${paraCjk(ctx, 2)}\n\n## まとめ\n\n${key}${pick(ctx, ['ぜひ一度試してみてください。', '気になった方はまず触ってみるのがおすすめです。', '今後もアップデートを追いかけていきたいと思います。'])}`;
    },
    pullQuote: (ctx) => {
      const q = `完璧な設定を目指すより、まず動かしてみることが大事です。`;
      return `${ctx.take()}${q}${ctx.take()}\n\n> ${q}\n\n${paraCjk(ctx, 1)}`;
    },
    cta: (ctx) => {
      const line = pick(ctx, ['この記事が参考になったら、いいねやフォローをしてもらえると励みになります！', '**本ブログでは個人開発に関する記事を毎週更新しています。ぜひ RSS を購読してください。**']);
      return `${line}\n\n${paraCjk(ctx, 2)}\n\n${paraCjk(ctx, 1)}\n\n${line}`;
    },
    boldLabels: (ctx) =>
      `## ${ctx.topic.tool}の良いところと気になるところ\n\n**良いところ**\n\n- 導入が簡単\n- 日本語のドキュメントがある\n- コミュニティが活発\n\n**気になるところ**\n\n- 設定項目が多すぎる\n- アップデートの頻度が高い\n\n## 他のツールとの比較\n\n**良いところ**\n\n- 導入が簡単\n- 動作が軽い\n\n**気になるところ**\n\n- 設定項目が多すぎる\n\n**注意：** どちらを選んでも大きな差はありません。`,
    linkList: (ctx) =>
      `## 参考リンク\n\n- [${ctx.topic.tool} 公式ドキュメント](${ctx.topic.url})\n- [前回の記事：${ctx.topic.name}の導入編](/posts/${ctx.topic.slug}-1/)\n- [前回の記事：${ctx.topic.name}の導入編](/posts/${ctx.topic.slug}-1-old/)\n- [Zenn のスクラップ](https://zenn.dev/example/scraps/abc123)\n\n関連記事：[${ctx.topic.tool} 公式ドキュメント](${ctx.topic.url})`,
    footnotes: (ctx) => `${ctx.take()}この機能は v1.2 から追加されました[^1]。設定方法は少し特殊です[^2]。\n\n[^1]: それ以前のバージョンでは、プラグインが必要でした。\n[^2]: 環境変数で指定する方法もあります`,
    table: (ctx) =>
      `| 項目 | ${ctx.topic.tool} | 従来の方法 |\n| --- | --- | --- |\n| 導入の手間 | 少ない | 多い |\n| 料金 | 無料 | 無料 |\n| 日本語対応 | あり | あり |\n| 学習コスト | 低い | 高い |\n| 拡張性 | 高い | 高い |`,
    repeatedCode: (ctx) =>
      `まずはビルドします👇\n\n\`\`\`bash\nnpm ci\nnpm run build\n\`\`\`\n\n${paraCjk(ctx, 1)}\n\n設定を変えたら、もう一度ビルドします。\n\n\`\`\`bash\nnpm ci\nnpm run build\n\`\`\``,
    admonition: (ctx) =>
      `:::message\n${ctx.topic.tool}のバージョンによっては、コマンドが異なる場合があります。\n:::\n\n${paraCjk(ctx, 1)}\n\n:::message alert\n本番環境で試す前に、必ずバックアップを取ってください\n:::\n\n> [!TIP]\n> 設定ファイルは Git で管理しておくと安心です`,
    colonList: (ctx) => `必要なものは以下の通りです：\n\n- ${ctx.topic.tool}\n- インターネット接続\n- やる気\n\n手順はざっくりこんな感じ👇\n\n1. インストール\n2. 設定\n3. 動作確認`,
    questionHeadings: (ctx) => `## なぜ${ctx.topic.tool}を選んだのか？\n\n${paraCjk(ctx, 2)}\n\n## 本当に無料で使えるの？\n\n${paraCjk(ctx, 1)}`,
    image: (ctx) => `![${ctx.topic.tool}の管理画面](/images/${ctx.topic.slug}/admin.png)\n*管理画面のスクリーンショット*`,
    numberedLabels: (ctx) =>
      `### 主なポイント\n\n1. **導入が簡単**:\n   - コマンド一つでインストールできます。\n   - 設定ファイルは不要です。\n\n2. **拡張性が高い**:\n   - プラグインで機能を追加できます。\n   - 自作のプラグインも簡単に書けます。\n\n3. **導入が簡単**な点は、チームでの展開にも効いてきます。`,
    proseSection: (ctx) => `## 振り返り\n\n${paraCjk(ctx, 3)}`,
  },
  endings: [
    () => 'それではまた(^_^)/',
    () => '以上です',
    () => '最後まで読んでいただきありがとうございました🙏',
    (ctx) => `[GitHub のリポジトリはこちら](https://github.com/example/${ctx.topic.slug})`,
    (ctx) => `![完成した画面](/images/${ctx.topic.slug}/done.png)`,
    () => 'お疲れさまでした〜',
    () => 'ではでは👋',
    () => '（続く）',
    () => '質問はコメント欄へどうぞ！',
    () => 'よろしくお願いします m(_ _)m',
    () => '以上、参考になれば幸いです。',
    () => '次回予告：**デプロイ編**',
    () => '来週からまた忙しくなりそうです(´・ω・`)',
    () => '今回はここまで。次回は運用編について書く予定です',
  ],
};

// ---------------------------------------------------------------------------------------------
// Chinese
// ---------------------------------------------------------------------------------------------
const zhTopics = [
  { name: 'Hexo 博客', tool: 'Hexo', cmd: 'npm install -g hexo-cli', url: 'https://hexo.io/zh-cn/docs/', slug: 'hexo', sections: ['安装 Hexo 并初始化博客', '选择和配置主题', '部署到 GitHub Pages'] },
  { name: 'Rust 异步编程', tool: 'Tokio', cmd: 'cargo add tokio --features full', url: 'https://tokio.rs/', slug: 'tokio', sections: ['为什么需要异步运行时', '用 Tokio 写一个简单的服务器', '常见的坑和解决办法'] },
  { name: '家用 NAS', tool: 'TrueNAS', cmd: 'zpool status', url: 'https://www.truenas.com/docs/', slug: 'nas', sections: ['硬件的选择和预算', '安装系统并创建存储池', '设置自动快照和备份'] },
  { name: 'Docker 部署 n8n', tool: 'n8n', cmd: 'docker compose up -d', url: 'https://docs.n8n.io/', slug: 'n8n', sections: ['准备 Docker 环境', '编写 compose 配置文件', '配置反向代理和 HTTPS'] },
  { name: 'Vue 3 组合式 API', tool: 'Vue', cmd: 'npm create vue@latest', url: 'https://cn.vuejs.org/', slug: 'vue', sections: ['从选项式 API 迁移过来', '用组合式函数复用逻辑', '和 TypeScript 一起使用'] },
];

const zhProse = (t) => [
  `最近花了一些时间研究${t.name}，这里把过程记录下来。`,
  `网上的教程很多，但大部分都已经过时了。`,
  `这篇文章主要是写给自己看的，顺便分享给有需要的朋友。`,
  `${t.tool}的上手难度比我想象中要低很多。`,
  `当然，中间也踩了不少坑，下面会一一说明。`,
  `我的环境是 macOS 14 和 Ubuntu 22.04，其他系统请自行调整。`,
  `配置这件事见仁见智，仅供参考。`,
  `先说结论：对于个人用户来说，它完全够用。`,
  `如果你是第一次接触，大概半个小时就能跑起来。`,
  `需要注意的是，本文内容基于写作时的最新版本。`,
  `以后版本更新，命令可能会有变化，请以官方文档为准。`,
  `实际用了一个多月，说说我的真实感受。`,
  `配置文件尽量保持简洁，能用默认值的地方就用默认值。`,
  `身边用它的朋友也越来越多了。`,
  `遇到问题的时候，官方论坛的回复速度非常快。`,
  `如果你有更好的做法，欢迎在评论区告诉我。`,
];

const zh = {
  topics: zhTopics,
  prose: zhProse,
  spare: (t, n) => `关于${t.name}，还有第${n + 1}个细节值得一提。`,
  humanFrontMatter: (t, i) =>
    [
      () => `title: ${t.name}折腾记录\ndate: ${dateOf(i)} 10:46:58\ncategories:\n  - 技术\ntags:\n  - ${t.slug}\n  - 笔记`,
      () => `title: "${t.tool} 使用笔记"\ndate: ${dateOf(i)}T20:00:00+08:00\ndraft: false\ntags: ["${t.slug}"]`,
    ][i % 2](),
  translatedFrontMatter: (t, i) => `audio: false\ngenerated: true\nimage: false\nlang: zh\nlayout: post\nmodel: ${MODELS[i % MODELS.length]}\ntitle: ${t.tool}使用指南\ntranslated: true\ntype: note`,
  middleShapes: ['toc', 'procedures', 'faq', 'summary', 'pullQuote', 'cta', 'boldLabels', 'linkList', 'footnotes', 'table', 'repeatedCode', 'admonition', 'colonList', 'questionHeadings', 'image', 'qa', 'proseSection'],
  shapes: {
    opening: (ctx) => (ctx.translated ? `问题：${ctx.topic.tool}适合个人使用吗？\n\n答案：\n\n${paraCjk(ctx, 2)}` : `${paraCjk(ctx, 3)}\n\n<!-- more -->\n\n${paraCjk(ctx, 2)}`),
    toc: (ctx) => {
      const s = ctx.topic.sections;
      return `本文分为三个部分：\n\n${s.map((h, i) => `${i + 1}. [${h}](#${i + 1})`).join('\n')}\n\n${s.map((h) => `## ${h}\n\n${paraCjk(ctx, 2)}`).join('\n\n')}`;
    },
    procedures: (ctx) =>
      `## 方法一：使用 Docker\n\n1. 安装 Docker Desktop。\n2. 运行 \`${ctx.topic.cmd}\`。\n3. 在浏览器中打开 \`http://localhost:8080\`，完成初始设置。\n\n## 方法二：直接安装\n\n1. 安装 Node.js 20 或更高版本。\n2. 运行 \`npx ${ctx.topic.slug}\`。\n3. 在浏览器中打开 \`http://localhost:8080\`，完成初始设置。`,
    faq: (ctx) =>
      `## 常见问题\n\n**问：${ctx.topic.tool}是免费的吗？**\n\n答：个人使用完全免费，商业用途请查看许可证。\n\n**问：Windows 上能用吗？**\n\n答：可以，推荐在 WSL2 里运行。\n\n**问：数据保存在哪里？**\n\n答：默认保存在用户目录下。`,
    summary: (ctx) => {
      const key = `总的来说，${ctx.topic.tool}是一个简单、稳定、值得长期使用的工具。`;
      return `## 使用感受\n\n${ctx.take()}${key}${ctx.take()}\n\n${paraCjk(ctx, 2)}\n\n## 总结\n\n${key}${pick(ctx, ['推荐大家试一试。', '希望这篇文章对你有帮助。', '后续有新的心得再来更新。'])}`;
    },
    pullQuote: (ctx) => {
      const q = `与其追求完美的配置，不如先让它跑起来。`;
      return `${ctx.take()}${q}${ctx.take()}\n\n> ${q}\n\n${paraCjk(ctx, 1)}`;
    },
    cta: (ctx) => {
      const line = pick(ctx, ['**如果觉得这篇文章有用，欢迎关注我的公众号，每周更新技术文章。**', '> 本文首发于我的个人博客，转载请注明出处。']);
      return `${line}\n\n${paraCjk(ctx, 2)}\n\n${paraCjk(ctx, 1)}\n\n${line}`;
    },
    boldLabels: (ctx) =>
      `## ${ctx.topic.tool}的优缺点\n\n**优点**\n\n- 安装简单\n- 文档齐全\n- 社区活跃\n\n**缺点**\n\n- 配置项太多，新手容易迷糊\n- 更新频繁\n\n## 和其他方案对比\n\n**优点**\n\n- 安装简单\n- 资源占用少\n\n**缺点**\n\n- 配置项太多，新手容易迷糊\n\n**注意：** 两者差别不大，按喜好选择即可。`,
    linkList: (ctx) =>
      `## 参考资料\n\n- [${ctx.topic.tool} 官方文档](${ctx.topic.url})\n- [上一篇：${ctx.topic.name}入门](/posts/${ctx.topic.slug}-1/)\n- [上一篇：${ctx.topic.name}入门](/posts/${ctx.topic.slug}-1-archive/)\n- [知乎上的讨论](https://www.zhihu.com/question/123456)\n\n更多信息：[${ctx.topic.tool} 官方文档](${ctx.topic.url})`,
    footnotes: (ctx) => `${ctx.take()}这个功能是在 2.0 版本加入的[^1]，用法和以前略有不同[^2]。\n\n[^1]: 之前的版本需要安装插件。\n[^2]: 也可以通过环境变量来设置`,
    table: (ctx) =>
      `| 项目 | ${ctx.topic.tool} | 传统方案 |\n| --- | --- | --- |\n| 安装难度 | 低 | 高 |\n| 价格 | 免费 | 免费 |\n| 中文文档 | 有 | 有 |\n| 学习成本 | 低 | 高 |\n| 扩展性 | 强 | 强 |`,
    repeatedCode: (ctx) =>
      `然后在终端里执行下面几条命令\n\n\`\`\`bash\nnpm install\nnpm run build\n\`\`\`\n\n${paraCjk(ctx, 1)}\n\n修改配置之后，重新构建一次：\n\n\`\`\`bash\nnpm install\nnpm run build\n\`\`\``,
    admonition: (ctx) =>
      `> **提示**\n> ${ctx.topic.tool}的命令在不同版本之间可能有差异。\n\n${paraCjk(ctx, 1)}\n\n::: warning\n升级之前请务必备份数据\n:::\n\n{% note info %}\n配置文件建议用 Git 管理\n{% endnote %}`,
    colonList: (ctx) => `需要准备的东西：\n\n- ${ctx.topic.tool}\n- 一台能联网的电脑\n- 一点耐心\n\n大致步骤如下：\n\n1. 安装\n2. 配置\n3. 验证`,
    questionHeadings: (ctx) => `## 为什么选择${ctx.topic.tool}？\n\n${paraCjk(ctx, 2)}\n\n## 真的免费吗？\n\n${paraCjk(ctx, 1)}`,
    image: (ctx) => `![${ctx.topic.tool}的管理界面](/images/${ctx.topic.slug}/admin.png)\n\n*图：管理界面截图*`,
    qa: (ctx) =>
      `- **${ctx.topic.tool}（个人版）：** 适合个人用户，功能齐全。\n- **${ctx.topic.tool}（团队版）：** 支持多人协作和权限管理。\n- **自建方案：** 灵活，但需要自己维护服务器。\n\n具体分析如下：\n\n1. **安装**：一条命令即可完成。\n2. **配置**：默认配置已经够用。\n3. **维护**：定期更新即可。`,
    proseSection: (ctx) => `## 一些感想\n\n${paraCjk(ctx, 3)}`,
  },
  endings: [
    () => '下次见',
    () => '希望对你有帮助～',
    () => '就这样吧，下期再聊～',
    (ctx) => `[项目源码](https://github.com/example/${ctx.topic.slug})`,
    (ctx) => `![最终效果](/images/${ctx.topic.slug}/final.png)`,
    () => '（未完待续）',
    () => '—— 完 ——',
    () => '有问题欢迎留言 😊',
    () => '以上。',
    () => '参考：https://example.com/docs',
    () => '以上就是本文的全部内容。希望这篇文章能对正在折腾的你有所帮助',
  ],
};

const MODELS = ['openai/gpt-4o', 'anthropic/claude-3.5-sonnet', 'google/gemini-2.5-flash', 'x-ai/grok-4-fast', 'deepseek/deepseek-chat', 'mistralai/mistral-medium-3.1'];

export const LANGS = { en, ja, zh };
