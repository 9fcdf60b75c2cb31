/**
 * The shapes that real blogs showed and the generated corpus lacked (issue: "Real blogs"), each
 * as a named regression test: cut-off sentences ending in a comma or a bracket, truncated list
 * items, related-post link lists, bold labels, one-line re-flows followed by fresh text, and the
 * normal writing that must never be taken for an artifact (a table of contents, a step shared by
 * two procedures, an emoticon at the end).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACT_RULES, applyEdits, fixAll, lint, type Finding } from '../../src/core';
import { lostSentences, ofRule } from './helpers';

const post = (body: string, frontMatter = 'title: A') => `---\n${frontMatter}\n---\n\n${body}`;
const findingsOf = (text: string, rule: string): Finding[] => ofRule(lint(text).findings, rule);
const artifacts = (text: string) => lint(text).findings.filter((f) => ARTIFACT_RULES.has(f.rule));
const fixArtifacts = (text: string) => fixAll(text, {}, ARTIFACT_RULES).text;

const intro = 'AIの動きは本当に目まぐるしいですね。特に中国のテックジャイアントの投資には驚かされます。';

describe('cut-off sentences that end in a comma, a bracket or an open span', () => {
  for (const cut of ['特にOpenAIの動きは、', '医師が患者の画像診断（', '次に、**「', '…詳細は[こちら](https://example.com/s?k=AI%2B']) {
    it(`finds "${cut}" before a marker`, () => {
      const text = post(`${intro}${cut}\n\n---END---\n\n続きの文章です。\n`);
      const [found] = findingsOf(text, 'truncated-text');
      assert.ok(found, 'reported');
      assert.equal(found.range.start.line, 4);
      assert.match(found.message, /before an ---END--- marker/);
    });
  }
  it('finds a comma ending at the end of a post, even one that shows no restart', () => {
    assert.equal(findingsOf(post(`${intro}そして最後に、\n`), 'truncated-text').length, 1);
  });
  it('still takes a closing bracket, a full stop or a link that closes as an ending', () => {
    for (const end of ['（2025年）', '「AI」。', '詳細は[こちら](https://example.com/s?k=AI%2B)']) {
      assert.deepEqual(findingsOf(post(`${intro}${end}\n\n---END---\n`), 'truncated-text'), [], end);
    }
  });
});

describe('truncation inside a list item', () => {
  it('finds the cut-off continuation line of a list item before a marker', () => {
    const text = post(
      `${intro}\n\n*   **品質管理の高度化**\n    AIによる検査で不良品率が下がりました。\n*   **サプライチェーン全体への波及効果**\n    さらに、予知保全データは、製品設計にも活かされ、より耐久性の\n\n---END---\n\nより耐久性の高い素材の選定にもつながります。\n`,
    );
    const found = findingsOf(text, 'truncated-text');
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, 9);
    assert.ok(text.split('\n')[9].includes('より耐久性の'));
  });
  it('does not call a list of short items without full stops cut off', () => {
    assert.deepEqual(findingsOf(post(`${intro}\n\n- りんご\n- みかん\n- ぶどう\n\n---END---\n`), 'truncated-text'), []);
  });
});

describe('related-post link lists', () => {
  const list = '関連記事：\n\n- [AIの未来を考える。](/2026/03/01/ai-future/)\n- [クラウド戦略の今！](/2026/03/02/cloud/)\n- [AIの未来を考える。](/2026/03/05/ai-future-2/)\n';
  it('the same link text with another URL is not a repeat', () => {
    assert.deepEqual(findingsOf(post(`${intro}\n\n${list}`), 'duplicate-passage'), []);
  });
  it('a repeated list after a restart is deleted item by item, never leaving a bare (url)', () => {
    const text = post(`${intro}\n\n${list}\n---END---\n\n${intro}\n\n${list}`);
    const fixed = fixArtifacts(text);
    assert.deepEqual(lostSentences(text, fixed), []);
    assert.doesNotMatch(fixed, /^\s*- \(/m);
    for (const line of fixed.split('\n').filter((l) => l.includes(']('))) assert.match(line, /^- \[[^\]]+\]\([^)]+\)$/);
  });
  it('a restart that repeats the text before `関連記事：` and then lists other posts keeps the label over its new list', () => {
    const other = '関連記事：\n\n- [データプライバシーの保護](/2026/09/09/privacy/)\n- [正直なところ](/2026/02/11/gpu/)\n';
    const text = post(`${intro}\n\n${list}\n---END---\n\n${intro}\n\n${other}`);
    const [found] = findingsOf(text, 'duplicate-passage');
    assert.ok(found?.fix, 'the repeated introduction is found, with a fix');
    const lines = text.split('\n');
    assert.ok(found.fix.edits.every((edit) => !lines.slice(edit.range.start.line, edit.range.end.line + (edit.range.end.character > 0 ? 1 : 0)).join('\n').includes('関連記事')), 'the fix leaves the label');
    const fixed = fixArtifacts(text);
    assert.equal(fixed.split('関連記事：').length - 1, 2, fixed);
    assert.ok(fixed.includes(other), 'the second list keeps its label');
  });
  it('a restart that repeats a Zenn `:::message` container deletes it whole: its closing `:::` is no label to keep over what follows', () => {
    const box = ':::message\n注意してください。これは重要な注意事項の説明です。\n:::\n';
    const text = post(`${intro}\n\n${box}\n二番目の段落です。さらに詳しい説明を書いています。\n\n---END---\n\n${intro}\n\n${box}\n新しい段落が続きます。\n`);
    const fixed = fixArtifacts(text);
    assert.equal(fixed.split(':::').length - 1, 2, fixed);
    assert.ok(fixed.includes(box) && fixed.endsWith('新しい段落が続きます。\n'), fixed);
  });
  it('a repeat that would take a container\'s `:::message` line but not its closing `:::` (new text inside) keeps the container\'s lines: the rest of the repeat goes, and the fences stay paired', () => {
    const text = post(`${intro}\n\n:::message\n注意してください。これは重要な注意事項の説明です。\n:::\n\n二番目の段落です。\n\n---END---\n\n${intro}\n\n:::message\n注意してください。これは重要な注意事項の説明です。新しい注意がここに続きます。\n:::\n\n新しい段落が続きます。\n`);
    const fixed = fixArtifacts(text);
    const fences = (s: string) => s.split('\n').filter((line) => line.startsWith(':::'));
    assert.deepEqual(fences(fixed), [':::message', ':::', ':::message', ':::'], fixed);
    assert.ok(fixed.includes('新しい注意がここに続きます。'));
    assert.equal(fixed.split(intro).length - 1, 1, 'the repeated introduction goes');
    assert.deepEqual(lostSentences(text, fixed), []);
  });
  it('a link is one sentence: its text never splits at 。 or ！', () => {
    const { body } = lint(post(list));
    const keys = body.units.map((unit) => unit.key);
    assert.ok(keys.includes('[AIの未来を考える。](/2026/03/01/ai-future/)'), JSON.stringify(keys));
  });
  it('a link cut off in its target is one cut-off sentence, deleted whole: never `[text]` or a bare `(/2026/0` left', () => {
    const text = post(`${intro}\n\n${list}\n---END---\n\n${intro}\n\n- [AIの未来を考える。](/2026/0\n`);
    const [found] = findingsOf(text, 'truncated-text');
    assert.ok(found?.fix, 'the cut-off item is found, with a fix');
    const fixed = fixArtifacts(text);
    assert.deepEqual(lostSentences(text, fixed), []);
    assert.doesNotMatch(fixed, /\]\s*$|^\s*- \(|\(\/2026\/0\s*$/m);
    assert.equal(fixed.split('[AIの未来を考える。]').length - 1, 2, fixed);
  });
});

describe('bold labels', () => {
  const label = '**1. 大手AI企業への影響：コストと信頼性の両面**';
  const paragraph = 'OpenAIやAnthropicにとって、推論コストの低下は追い風です。一方で、信頼性への要求は厳しくなっています。';
  it('a label on its own line is not a cut-off sentence, and `1.` does not split it', () => {
    const text = post(`${intro}\n\n${label}\n\n${paragraph}\n\n---END---\n\n${intro} ${label.replace(/\*\*/g, '')}${paragraph}\n`);
    assert.deepEqual(findingsOf(text, 'truncated-text'), []);
    const { body } = lint(text);
    assert.ok(body.units.some((unit) => unit.label && unit.key === '1.大手AI企業への影響:コストと信頼性の両面'), 'the label is one unit');
  });
  it('when a re-flow repeats the label, the later copy is the repeat and the label stays whole', () => {
    const text = post(`${intro}\n\n${label}\n\n${paragraph}\n\n---END---\n\n${intro} ${label} ${paragraph}新しい段落が続きます。\n`);
    const fixed = fixArtifacts(text);
    assert.deepEqual(lostSentences(text, fixed), []);
    assert.ok(fixed.includes(`\n${label}\n`), 'the first label is untouched');
    for (const line of fixed.split('\n')) assert.equal((line.split('**').length - 1) % 2, 0, `balanced: ${line}`);
    assert.ok(fixed.includes('新しい段落が続きます。'));
  });
  it('a repeated `**a. …**` label is deleted whole or not at all', () => {
    const a = '**a. 経営層に求められる新たなリーダーシップ**';
    const text = post(`${intro}\n\n${a}\n\n${paragraph}\n\n---END---\n\n${a}\n\n${paragraph}\n`);
    const fixed = fixArtifacts(text);
    assert.equal(fixed.split(a).length - 1, 1, fixed);
    assert.doesNotMatch(fixed, /^経営層に求められる新たなリーダーシップ\*\*/m);
    assert.doesNotMatch(fixed, /^\*\*a\.\s*$/m);
  });
});

describe('one-line re-flows followed by fresh text', () => {
  const first = ['### まず押さえたいこと', '', 'AIエージェントは単なるツールではありません。それは私たちの働き方を変える存在です。', '', '**「賢い相棒」としてのAIエージェントの真髄**', '', 'まず、エージェントは文脈を理解します。'];
  const reflow = 'AIエージェントは単なるツールではありません。それは私たちの働き方を変える存在です。';
  it('deletes the repeated part and keeps a fresh bold label as its own paragraph', () => {
    const text = post(`${first.join('\n')}\n\n---END---\n\n${reflow} **導入の第一歩** 小さく始めることが肝心です。\n`);
    const [found] = findingsOf(text, 'duplicate-passage');
    assert.ok(found?.fix, 'the repeat has a fix');
    const fixed = fixArtifacts(text);
    assert.deepEqual(lostSentences(text, fixed), []);
    assert.ok(fixed.includes('\n**導入の第一歩**\n\n小さく始めることが肝心です。\n'), fixed);
  });
  it('restores a heading that the re-flow ran into the text after it', () => {
    const text = post(`${first.join('\n')}\n\n---END---\n\n${reflow} ### 次の見出し ここからは新しい内容です。\n`);
    const fixed = fixArtifacts(text);
    assert.deepEqual(lostSentences(text, fixed), []);
    assert.ok(fixed.includes('\n### 次の見出し\n\nここからは新しい内容です。\n'), fixed);
  });
  it('a heading and a label the re-flow repeats are deleted with it, the fresh text kept', () => {
    const text = post(`${first.join('\n')}\n\n---END---\n\n### まず押さえたいこと ${reflow} **「賢い相棒」としてのAIエージェントの真髄** まず、エージェントは文脈を理解します。そして、新しい段落が始まります。\n`);
    const fixed = fixArtifacts(text);
    assert.deepEqual(lostSentences(text, fixed), []);
    assert.ok(fixed.endsWith('---END---\n\nそして、新しい段落が始まります。\n') || fixed.endsWith('まず、エージェントは文脈を理解します。\n\nそして、新しい段落が始まります。\n'), fixed);
    assert.deepEqual(findingsOf(fixed, 'duplicate-passage'), []);
  });
});

describe('normal writing is not an artifact', () => {
  it('a table of contents repeated by the headings', () => {
    const text = post(
      '## Contents\n\n1. Form-level validation\n2. Field-level validation\n3. Async validation rules\n\n## Form-level validation\n\nValidate the whole form when it is submitted.\n\n## Field-level validation\n\nValidate each field as the user types.\n\n## Async validation rules\n\nSome checks need the server.\n',
    );
    assert.deepEqual(artifacts(text), []);
  });
  it('the same install step in two procedures', () => {
    const text = post(
      '## Dockerで動かす\n\n1. `docker compose up -d` を実行。\n2. コンテナの起動を待つ。\n3. `http://localhost:5678` でアクセス。\n\n## npmで動かす\n\n1. `npm install -g n8n` を実行。\n2. `n8n start` で起動。\n3. `http://localhost:5678` でアクセス。\n',
    );
    assert.deepEqual(artifacts(text), []);
  });
  it('a list\'s items restated as the lines of a paragraph under a later heading (a Chinese Hugo blog on leap years)', () => {
    const rules = ['西元年分除以4可整除但除以100不可整除，為閏年。', '西元年分除以4不可整除，為平年。', '西元年分除以100可整除但除以400不可整除，為平年。'];
    const text = post(
      `目前使用的格里曆閏年規則如下：\n\n+ 西元年分除以400可整除，為閏年。\n${rules.map((r) => `+ ${r}`).join('\n')}\n\n一般皆為下面的寫法。\n\n### 4000年問題\n\n故有提議西元4000年為平年，並修改規則為：\n\n西元年分除以4000可整除，為平年。\n西元年分除以400可整除但除以4000不可整除，為閏年。\n${rules.join('\n')}\n據此、又有人提出了「最終極」演算法：\n`,
    );
    assert.deepEqual(artifacts(text), []);
    // The same lines re-flowed into one line are a restart's copy.
    assert.equal(findingsOf(text.replace(rules.join('\n'), rules.join(' ')), 'duplicate-passage').length, 1);
  });
  it('a tutorial\'s scenarios told in the same steps, each screenshot with a caption under it (a Zenn article on GitHub forks)', () => {
    const check = '上部には以下のようなメッセージが表示されています。\n\n> This commit does not belong to any branch on this repository.\n\nこのコミットがどのブランチにも属していないことが表示されています。\n';
    const scenario = (name: string, repo: string) =>
      `## ${name}\n\n:::details 手順スクリーンショット\n\n### 1. ${repo}をフォークする\n\nこのリポジトリをフォークします。\n\n![](/images/${repo}.png)\n_${repo}_\n\n### 3. ${repo}を削除する\n\n設定画面から削除します。\n\n---\n\nそれでは、内容が参照できるか確認してみます。\n以下のような URL にアクセスします。\n\nアクセスしてみると、${repo}のコミットの内容が表示されました。\n\n![](/images/${repo}-commit.png)\n_すでに削除した${repo}のコミットを参照できる_\n\n${check}\n:::\n`;
    const text = post(`${scenario('Accessing Deleted Fork Data', 'フォーク')}\n${scenario('Accessing Deleted Repo Data', 'パブリックリポジトリ')}\n${scenario('Accessing Private Repo Data', 'プライベートリポジトリ')}`);
    assert.deepEqual(artifacts(text), []);
  });
  it('Markdown shown as indented code, then rendered (Docusaurus 2\'s tutorial: admonitions): the rendered text repeats no prose, and no fix deletes it', () => {
    const example = ':::tip My tip\n\nUse this awesome feature option\n\n:::\n\n:::danger Take care\n\nThis action is dangerous\n\n:::\n';
    const indented = example.split('\n').map((line) => (line ? `    ${line}` : line)).join('\n');
    const text = post(`Docusaurus has a special syntax to create admonitions and callouts:\n\n${indented}\n${example}\n## MDX and React Components\n\nText.\n`);
    assert.deepEqual(artifacts(text), []);
    assert.equal(fixArtifacts(text), text);
  });
  it('an emoticon at the end of a post', () => {
    for (const ending of [':D', ':)', ':-(', ';P', 'XD', '^^']) {
      assert.deepEqual(artifacts(post(`That is all for today. Let me know in the comments! ${ending}\n`)), [], ending);
    }
  });
  it('a sign-off without a full stop', () => {
    assert.deepEqual(artifacts(post('Thanks for reading. Happy coding\n')), []);
    assert.deepEqual(artifacts(post('今回はここまでです。それではまた\n')), []);
  });
  it('two short lines a walk-through repeats, one paragraph into the next (a real post on a debugger)', () => {
    const text = post(
      'and that is called from:\n\n```\n14312 DECLARE_API(ClrStack)\n```\n\nand that is defined in:\n\n./inc/wdbgexts.h\n\nat:\n\n```\n1658 #define DECLARE_API(s) DECLARE_API64(s)\n```\n\nand that is defined in:\n\n./inc/wdbgexts.h\n\nat 1686:\n',
    );
    assert.deepEqual(artifacts(text), []);
    // Two full sentences copied on from one paragraph into the next still mark a restart.
    const copied = 'The scheduler wakes every worker at once.\n\nEach worker then checks its own queue for jobs.\n';
    assert.equal(findingsOf(post(`${copied}\nSomething else happens in between here.\n\n${copied}`), 'duplicate-passage').length, 1);
  });
  it('placeholder text that a theme\'s demo page repeats (a real Astro blog\'s CSS test page)', () => {
    const lorem = 'This is a paragraph. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.';
    assert.deepEqual(artifacts(post(`# H1 heading\n\n${lorem}\n\n- number one bullet\n- number two bullet\n\n${lorem}\n\n${lorem}\n`)), []);
  });
  it('a pull quote that repeats a sentence of the post', () => {
    const sentence = 'The best code is the code you never had to write.';
    assert.deepEqual(artifacts(post(`Intro text here.\n\n${sentence} That is the lesson of this year.\n\n> ${sentence}\n\nMore text follows.\n`)), []);
  });
  it('but the same headings after a restart are repeats', () => {
    const section = '## Form-level validation\n\nValidate the whole form when it is submitted. Show all errors at once.\n';
    const text = post(`${section}\n---END---\n\n${section}`);
    assert.equal(findingsOf(text, 'duplicate-passage').length, 1);
  });
});

describe('fixes keep inline elements whole', () => {
  it('a re-flowed heading is split off only where a space follows it (fuzzing, seed 18009)', () => {
    // An earlier heading that is the start of a longer sentence, with no space after it there.
    const heading = 'ＡＢＣ１２３のテストは大切な文章の一部で';
    const body = 'これはテスト用の本文です。AlibabaのQwenはOpenAIやGoogleと競合します。';
    const text = post(`# ${heading}\n\n${body}\n\n| a |\n| --- |\n\nこれはテスト用の本文です。\n\n# ${heading} ${body} | a | | --- | ### ${heading}す。これはテスト用の本文です 日。\n`);
    const fixed = fixAll(text).text;
    assert.ok(fixed.includes(`${heading}す。`), fixed);
  });
  it('a sentence boundary inside emphasis, code or a link is no boundary', () => {
    const { body } = lint(post('**重要。ここまで太字。** 次の文。`a. b。c` も一つ。[リンク。続き](https://e.com/a.b) 最後。\n'));
    const texts = body.units.map((unit) => unit.key);
    assert.deepEqual(texts, ['重要。ここまで太字。', '次の文。', '`a.b。c`も一つ。', '[リンク。続き](https://e.com/a.b)最後。']);
  });
  it('a fix never applies an edit that starts or ends inside one', () => {
    const text = post(`${intro}**太字の部分。** [リンク](/a/)です。\n\n---END---\n\n${intro}**太字の部分。** [リンク](/a/)です。\n`);
    for (const f of lint(text).findings.filter((x) => x.fix)) {
      const fixed = applyEdits(text, f.fix!.edits);
      assert.equal((fixed.split('**').length - 1) % 2, 0);
      assert.equal(fixed.split('[リンク](/a/)').length - 1 >= 1, true);
    }
  });
});

/**
 * The false alarms the clean corpus (test/fixtures/clean) found, reduced to their smallest form:
 * each is normal writing in a post that no model restarted.
 */
describe('false alarms found on clean posts', () => {
  it('a two-sentence TL;DR that the conclusion repeats, and a call to action at both ends', () => {
    const tldr = 'Alerts should be actionable. Everything else belongs on a dashboard.';
    const cta = 'New subscribers get one email a month. Unsubscribe any time.';
    const text = post(`${tldr}\n\nWe changed three things this year.\n\n${cta}\n\n> The sun is up and the road is long today.\n\nThe sun is up and the road is long today.\n\n${tldr}\n\nMore text.\n\n${cta}\n\nThanks for reading\n`);
    assert.deepEqual(artifacts(text), []);
  });
  it('a summary made of sentences from different sections', () => {
    assert.deepEqual(artifacts(post('Small reviews are read. Big ones are skimmed.\n\nWrite why, not what. The diff shows what.\n\n## Summary\n\nSmall reviews are read. Write why, not what.\n')), []);
  });
  it('a kaomoji with a backtick at the end', () => {
    for (const face of ['(´・ω・`)', '(*´ω`*)', '(`・ω・´)ゞ']) assert.deepEqual(artifacts(post(`来週からまた忙しくなりそうです${face}\n`)), [], face);
  });
  it('a Japanese or Chinese last sentence without 。', () => {
    assert.deepEqual(artifacts(post('今回はここまで。次回はデプロイについて書く予定です\n')), []);
    assert.deepEqual(artifacts(post('以上就是本文的全部内容。希望这篇文章能对正在折腾 NAS 的你有所帮助\n')), []);
    assert.deepEqual(artifacts(post('- 名前に単位を入れる。\n  例えば timeoutMs のように書くと読みやすい\n')), []);
  });
  it('an italic caption that the next paragraph goes on from', () => {
    assert.deepEqual(artifacts(post('*The dashboard after a week of use*\n\nThe dashboard after a week of use shows a clear pattern.\n')), []);
  });
  // Found on real human-written Markdown (npm packages' READMEs): sections that describe parallel
  // things alike, copied paragraph for paragraph under a heading of their own.
  it('options that share a type and a default, each under its own heading', () => {
    const option = (name: string, type: string, value: string, what: string) => `### ${name}\n\n**Type**: \`${type}\`\n\n**Default**: \`${value}\`\n\n${what}\n`;
    const text = post(`## Options\n\n${option('maxItems', 'number', '100', 'Keeps only the newest items.')}\n${option('rewriteLinks', 'function', 'undefined', 'Called with each link.')}\n${option('onError', 'function', 'undefined', 'Called when a feed fails.')}`);
    assert.deepEqual(artifacts(text), []);
  });
  it("an API's two forms described alike: the same parameters under each", () => {
    const parameters = '#### path\n\n型: `string`\n\n設定ファイルのパスです。相対パスはカレントディレクトリから解決します。\n\n#### options\n\n型: `object`\n\n後述のオプションを渡します。\n';
    const text = post(`### loadConfig(path)\n\nPromise を返します。\n\n${parameters}\n### loadConfigSync(path)\n\nオブジェクトを返します。起動時に一度だけ呼ぶ用途です。\n\n${parameters}`);
    assert.deepEqual(artifacts(text), []);
  });
  // Found on more real human-written Markdown (npm's READMEs, Node.js's API docs): the same, in the
  // shapes reference pages give it.
  it('the parallel section after a list whose items have bold labels', () => {
    const copied = "If there's no match, `undefined` will be returned.\n\nIf `str` has more `a` than `b`, the first match that was closed is used.\n";
    const text = post(`## API\n\n### balanced(a, b, str)\n\nReturns an object:\n\n- **start** the index of the first match\n- **end** the index of the matching end\n\n${copied}\n### balanced.range(a, b, str)\n\nReturns an array of indexes.\n\n${copied}`);
    assert.deepEqual(artifacts(text), []);
  });
  it('a heading under an anchor tag, and a sentence shared with a third form before the copy', () => {
    const copied = 'The returned promise is fulfilled when the task is done.\n\nThis promise may be ignored: it never rejects unhandled.\n';
    const text = post(
      `## API\n\n<a name="push"></a>\n### queue.push(task, done)\n\nAdds a task at the end of the queue.\n\n<a name="unshift"></a>\n### queue.unshift(task, done)\n\nAdds a task at the start of the queue.\n\n` +
        `<a name="pushPromise"></a>\n#### queue.push(task) => Promise\n\nAdds a task at the end of the queue. ${copied}\n<a name="unshiftPromise"></a>\n#### queue.unshift(task) => Promise\n\nAdds a task at the start of the queue. ${copied}`,
    );
    assert.deepEqual(artifacts(text), []);
  });
  it("a second function's options, under headings that repeat the first's", () => {
    const option = '##### normalize\n\nType: `boolean`\\\nDefault: `true`\n\n[Normalize](https://example.com/normalize) the package data.\n';
    const text = post(
      `## API\n\n### readPackage(options?)\n\nReturns a promise.\n\n#### options\n\nType: \`object\`\n\n##### cwd\n\nType: \`string\`\n\nThe working directory.\n\n${option}\n` +
        `### parsePackage(file, options?)\n\nParses an object into JSON.\n\n#### file\n\nType: \`object\`\n\nThe object to parse.\n\n#### options\n\nType: \`object\`\n\n${option}`,
    );
    assert.deepEqual(artifacts(text), []);
  });
  it('a copy right after a parameter list without full stops', () => {
    const copied = 'Tests the permissions for the file at `path`.\n\nThe mode is one of the access constants. Check them with a bitwise OR.\n';
    const text = post(`## Promises API\n\n### fsPromises.access(path[, mode])\n\n* \`path\` {string}\n* \`mode\` {integer}\n\n${copied}\n## Callback API\n\n### fs.access(path[, mode], callback)\n\n* \`path\` {string}\n* \`callback\` {Function}\n\n${copied}`);
    assert.deepEqual(artifacts(text), []);
  });
  // Found on Node.js's API docs, held out: each function described for callbacks and for promises.
  it('a promise API one heading level below its callback twin, after a deprecation note', () => {
    // The copy's paragraph goes on to a sentence that ends on a colon, which leads into code.
    const copied = (api: string) =>
      `Creates a new resolver. It uses the default servers.\n\nA resolver is cheap to make. Setting its servers with [\`${api}.setServers()\`][] does not affect the others:\n\n\`\`\`js\nresolver.setServers(["4.4.4.4"]);\n\`\`\`\n`;
    const text = post(
      `# DNS\n\n## Class: dns.Resolver\n\n${copied('dns')}\n## dns.getServers()\n\n* Returns: {string[]}\n\nReturns the servers in use.\n\n` +
        `## Promises API\n\n### Class: dnsPromises.Resolver\n\n> Stability: 0 - Deprecated: use [\`dnsPromises.Resolver\`][]\n\n${copied('dnsPromises')}\n### dnsPromises.getServers()\n\n* Returns: {string[]}\n\nReturns the servers in use.\n`,
    );
    assert.deepEqual(artifacts(text), []);
  });
  it('a section that opens with a bold warning, copied under the next heading', () => {
    const copied = 'The `stdout` and `stderr` arguments hold the output of the child. They are strings by default.\n\nThe `encoding` option sets how the output is decoded.\n';
    const text = post(`## API\n\n### exec(command)\n\n**Never pass unsanitized input to this function**\n\nRuns a command in a shell.\n\n${copied}\n### execFile(file)\n\nRuns a file without a shell.\n\n${copied}`);
    assert.deepEqual(artifacts(text), []);
  });
  it("a post that ends in a list item's fenced code, indented past four spaces, with a blank line in it", () => {
    const text = post('Get a trace before you file the bug.\n\n- [ ] If it fails outside the tool, trace it like this:\n     ```\n     export DEBUG=1\n\n     set -x\n     <reproduce the problem>\n     set +x\n     ```\n');
    assert.deepEqual(artifacts(text), []);
  });
  it('but the same copy after a cut-off sentence, within the section it copies, re-flowed, running into a cut-off sentence, or after copying from its own section, is a restart', () => {
    const copied = '型は文字列です。設定ファイルのパスを渡します。\n\n相対パスはカレントディレクトリから解決します。存在しなければエラーになります。\n';
    const first = `### loadConfig(path)\n\nPromise を返します。\n\n${copied}`;
    const restarts = {
      'after a cut-off sentence': `${first}\n### loadConfigSync(path)\n\nオブジェクトを返し、\n\n${copied}`,
      'within the section it copies': `${first}\n${copied}`,
      're-flowed': `${first}\n### loadConfigSync(path)\n\nオブジェクトを返します。\n\n${copied.replace('\n\n', ' ')}`,
      'running into a cut-off sentence': `${first}\n### loadConfigSync(path)\n\nオブジェクトを返します。\n\n${copied.replace(/\n$/, '起動時に一度だけ')}\n`,
      // Under a fresh heading, but after copying from its own section first: starting over within it.
      'after a copy from its own section': `${first}\n### loadConfigSync(path)\n\nオブジェクトを返します。起動時に一度だけ呼びます。\n\nオブジェクトを返します。起動時に一度だけ呼びます。\n\n${copied}`,
      'after a list item cut off on a comma': `${first}\n### loadConfigSync(path)\n\n- オブジェクトを返し、\n\n${copied}`,
      'after a list item cut off mid-word': `${first}\n### loadConfigSync(path)\n\n- オブジェクトを返す用途の\n\n${copied}`,
      // A label's section against a heading's: the labels of a draft are no reference's headings.
      'under a fresh bold label, copying a heading\'s section': `${first}\n**loadConfigSync(path)**\n\nオブジェクトを返します。\n\n${copied}`,
    };
    for (const [shape, body] of Object.entries(restarts)) assert.ok(findingsOf(post(body), 'duplicate-passage').length > 0, shape);
  });
  it('a paragraph that ends in a comma and leads into code, a list or a table', () => {
    const code = '```js\nmatch("a/b");\n```\n';
    assert.deepEqual(artifacts(post(`Patterns are matched part by part.\n\nFor example,\n\n${code}\nFor example, the pattern a/* matches a/b.\n`)), []);
    assert.deepEqual(artifacts(post(`設定は次の順に読まれます。\n\n例えば、\n\n- 環境変数\n- 設定ファイル\n\n例えば、環境変数が最初に読まれます。\n`)), []);
    // Before prose, a comma still cuts a sentence off.
    assert.equal(findingsOf(post('For example,\n\nFor example, the pattern a/* matches a/b.\n'), 'truncated-text').length, 1);
  });
  it('a paragraph that ends in a comma and leads into an embed on a line of its own (a Zenn article: `プロンプトは、` over `@[gist](…)`, then `です。`)', () => {
    const intro = 'プロンプトは、ChatGPT が入力されたテキストに基づいて回答を生成するための情報源となります。\n\n';
    for (const embed of ['@[gist: first prompt](https://gist.github.com/a/814f#file-first-prompt)', '![構成図](/img/arch.png)', 'https://zenn.dev/a/articles/b', '{{< gist a 814f >}}', '{% include prompt.html %}', '<iframe src="https://example.com/embed"></iframe>']) {
      assert.deepEqual(artifacts(post(`${intro}最初に、もととなるプロンプトを作成します。\nプロンプトは、\n\n${embed}\n\nです。\n`)), [], embed);
    }
    // Before a paragraph that is more than an embed, the comma still cuts the sentence off.
    assert.equal(findingsOf(post(`${intro}プロンプトは、\n\n![構成図](/img/arch.png) の通りです。\n`), 'truncated-text').length, 1);
  });
  it('but a copy of two paragraphs re-flowed into one, with no marker, is a restart', () => {
    const text = post('We started the meetup in 2023. It grew fast.\n\nThe venue matters less than the schedule.\n\nWe started the meetup in 2023. It grew fast. The venue matters less than the schedule.\n');
    assert.equal(findingsOf(text, 'duplicate-passage').length, 1);
  });
});
