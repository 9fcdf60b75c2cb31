import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '../../src/core';
import { scanBlocks } from '../../src/core/parse/blocks';
import { FIXTURES, ROOT } from './helpers';

const md = new MarkdownIt({ html: true });

const CONTAINERS: Record<string, string> = { bullet_list_open: 'list', ordered_list_open: 'list', blockquote_open: 'blockquote' };
const LEAVES: Record<string, string> = {
  fence: 'code', code_block: 'code', table_open: 'table', heading_open: 'heading', paragraph_open: 'paragraph', html_block: 'html', hr: 'hr',
};

/**
 * The role markdown-it gives each line: the outermost container, else the leaf block. A fence in
 * list items only is code: the engine reads an item's fenced code as a code block of its own.
 */
function markdownItKinds(text: string): Map<number, string> {
  const kinds = new Map<number, string>();
  const containers: string[] = [];
  for (const token of md.parse(text, {})) {
    if (token.nesting === -1 && (token.type.endsWith('list_close') || token.type === 'blockquote_close')) containers.pop();
    const inListsOnly = containers.length > 0 && containers.every((c) => c === 'list');
    const kind = CONTAINERS[token.type] ?? (containers.length === 0 || (token.type === 'fence' && inListsOnly) ? LEAVES[token.type] : undefined);
    if (kind && token.map) for (let line = token.map[0]; line < token.map[1]; line++) kinds.set(line, kind);
    if (CONTAINERS[token.type]) containers.push(CONTAINERS[token.type]);
  }
  return kinds;
}

function scannerKinds(text: string): Map<number, string> {
  const kinds = new Map<number, string>();
  for (const block of scanBlocks(new LineIndex(text), 0)) {
    // markdown-it reads a ---END--- line as paragraph text.
    const kind = block.kind === 'marker' ? 'paragraph' : block.kind;
    for (let line = block.startLine; line <= block.endLine; line++) kinds.set(line, kind);
  }
  return kinds;
}

const SAMPLES: Record<string, string> = {
  'fences and indented code': '# Title\n\nText line one\nline two\n\n```js\nconst a = 1;\n\n---END---\n```\n\n    indented code\n    more\n\n~~~\ntilde\n~~~\n',
  'lists and quotes': '- one\n- two\n  continued\n\n1. first\n2. second\n\n> quoted\n> more\n\nAfter.\n',
  'tables and rules': '| a | b |\n|---|:-:|\n| 1 | 2 |\n\n***\n\nSetext heading\n---\n\nPara\n',
  'what makes a table': 'a | b\n-\n\na | b\n--- | ---\n\na | b\n---\n\n| a | b |\n| - |\n\n\\| a | b\n--- | ---\n\na \\| b | c\n--- | ---\n\n|\n-|\n',
  'what ends a table': '| a |\n| --- |\n- x\n\n| a |\n| --- |\n> q\n\n| a |\n| --- |\nplain\n\na | b\n--- | ---\n# h\n\npara\n| a |\n| --- |\n',
  'html after a paragraph line': 'para\n<!-- c -->\nmore\n\npara\n<div>\nx\n</div>\n\npara\n<span>x</span>\n\npara\n<!-- unclosed\n\n# h\n',
  // Found by fuzzing fix safety: a fix that deleted the line above `2) a` made it a list.
  'list items that cannot interrupt a paragraph': 'para\n2) two\n\npara\n1) one\n\npara\n*\nmore\n\npara\n- item\n\npara\n01. one\n\n> q\n2) a\n',
  // Found by fuzzing too: markdown-it tries tables first, and a backtick fence's info has no backtick.
  'a table whose header starts with #, and a backtick line that is no fence': '# a |\n| --- |\n\npara\n``` a `b`\nmore\n\n``` a `b`\ntext\n',
  'html after a list item line or a quote line': '- a\n<img src="x.png">\n\n> q\n<span>x</span>\n\n- b\n<div>\nx\n</div>\n',
  // Found on real READMEs: an anchor over a heading. Only a tag alone on its line opens an HTML block.
  'a tag with more on its line opens a paragraph': '<a name="push"></a>\n### queue.push(task)\n\n<img src="a.png"> A caption.\n\n<span class="x">\nraw\n\n<kbd>Ctrl</kbd> + C\n\n</em>\nraw\n',
  // Found on real issue templates: an item's fence indented four or more, with a blank line in it.
  "a list item's fenced code": '- [ ] Get a trace:\n     ```\n     export A=1\n\n     set -x\n     ```\n\n*   Install:\n\n    ```sh\n    npm i\n\n    npm test\n    ```\n\n    Then run it.\n*   Next\n\n1. Two:\n   ```\n   a\n\n   b\n   ```\n\n   more\n\nAfter.\n',
  'html and markers': '<div>\nraw\n</div>\n\n<!-- a comment\nspanning -->\n\nText。\n\n---END---\n\nMore text.\n',
};

describe('block scanner agrees with markdown-it', () => {
  const cases: Array<[string, string]> = Object.entries(SAMPLES);
  for (const entry of readdirSync(FIXTURES, { withFileTypes: true })) if (entry.isFile()) cases.push([entry.name, readFileSync(join(FIXTURES, entry.name), 'utf8')]);
  const examples = join(ROOT, 'examples');
  for (const name of safeList(examples)) cases.push([name, readFileSync(join(examples, name), 'utf8')]);

  for (const [name, text] of cases) {
    it(name, () => {
      // Front matter is not Markdown: blank it out for both.
      const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (fm) => fm.replace(/[^\r\n]/g, ''));
      const expected = markdownItKinds(body);
      const actual = scannerKinds(body);
      const lines = body.split(/\r?\n|\r/);
      // Blank lines carry no text; markdown-it counts some of them into the list before.
      const disagreements = [...new Set([...expected.keys(), ...actual.keys()])]
        .filter((line) => lines[line]?.trim() !== '' && expected.get(line) !== actual.get(line))
        .map((line) => `line ${line + 1}: markdown-it ${expected.get(line)}, scanner ${actual.get(line)}`);
      assert.deepEqual(disagreements, []);
    });
  }
});

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.md'));
  } catch {
    return [];
  }
}

describe('template code (rendered by the generator before Markdown runs)', () => {
  const kinds = (text: string, mdx = false) => scanBlocks(new LineIndex(text), 0, { mdx }).map((b) => `${b.kind}:${b.startLine}-${b.endLine}`);

  it("is code: Jekyll's and Eleventy's {% highlight %}, Hexo's {% codeblock %} and {% code %}, Hugo's {{< highlight >}}, even right under a paragraph line", () => {
    // `# comment` and `- x` inside are code, not a heading or a list, and a blank line does not end it.
    const jekyll = 'Text.\n{% highlight sh %}\n# install\n- x\n\nnpm i\n{% endhighlight %}\nAfter.\n';
    assert.deepEqual(kinds(jekyll), ['paragraph:0-0', 'code:1-6', 'paragraph:7-7']);
    assert.deepEqual(kinds('{%- highlight ruby linenos -%}\na = 1\n{%- endhighlight -%}\n'), ['code:0-2']);
    // Real Hexo post (kebingzao/blog_hexo, firebug-lite.md): `E[r]('id',b)` is JavaScript, not a link.
    assert.deepEqual(kinds("嵌入一段js：\n{% codeblock lang:html %}\n<script>\n  E[r]('id',b);\n</script>\n{% endcodeblock %}\n"), ['paragraph:0-0', 'code:1-5']);
    assert.deepEqual(kinds('{% code %}\nx\n{% endcode %}\n'), ['code:0-2']);
    assert.deepEqual(kinds('{{< highlight go "linenos=table,hl_lines=2" >}}\n// c\n{{< / highlight >}}\n\n{{% highlight go %}}\nx\n{{% /highlight %}}\n'), ['code:0-2', 'code:4-6']);
    // Under a list item, indented: the item's code.
    assert.deepEqual(kinds('- Run:\n\n  {% highlight sh %}\n  # go\n  {% endhighlight %}\n'), ['list:0-0', 'code:2-4']);
  });

  it('is not code without its end tag (the generator would not build it), nor in MDX, nor with text before the tag', () => {
    assert.deepEqual(kinds('{% highlight sh %}\n# install\n'), ['paragraph:0-0', 'heading:1-1']);
    assert.deepEqual(kinds('{% highlight sh %}\nx\n{% endhighlight %}\n', true), ['html:0-2']);
    assert.deepEqual(kinds('See {% highlight sh %}\nx\n{% endhighlight %}\n'), ['paragraph:0-2']);
    // An end tag of another kind closes nothing: code runs to its own.
    assert.deepEqual(kinds('{% codeblock %}\n{% endhighlight %}\n{% endcodeblock %}\n'), ['code:0-2']);
  });
});

describe("Jekyll's kramdown", () => {
  const kinds = (text: string, generator?: 'jekyll' | 'hugo') => scanBlocks(new LineIndex(text), 0, { generator }).map((b) => `${b.kind}:${b.startLine}-${b.endLine}`);

  it('reads a span tag alone on its line (`<br>` over each section of a Korean Jekyll blog) as text: the Markdown after it stays Markdown, its code code', () => {
    const text = 'Before.\n\n<br>\n캡슐화는 설계 원리다.\n* 항목\n  ~~~java\n  int[](배열)\n  ~~~\n';
    assert.deepEqual(kinds(text, 'jekyll'), ['paragraph:0-0', 'paragraph:2-3', 'list:4-4', 'code:5-7']);
    // CommonMark (Hugo, Astro, markdown-it) opens an HTML block there, up to the next blank line.
    assert.deepEqual(kinds(text, 'hugo'), ['paragraph:0-0', 'html:2-7']);
    assert.deepEqual(kinds(text), kinds(text, 'hugo'));
    // A block-level tag alone opens an HTML block in kramdown too.
    assert.deepEqual(kinds('<div>\n* not an item\n</div>\n', 'jekyll'), ['html:0-2']);
  });
});
