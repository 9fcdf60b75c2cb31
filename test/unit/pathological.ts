/**
 * Inputs shaped to make regular expressions backtrack and loops go quadratic: every pattern on the
 * lint path is fed what it would choke on. The unit tests check that each lints correctly; the
 * benchmark (`npm run bench`) times each against the 50 ms bound.
 */
const FM = '---\ntitle: A\n---\n\n';
const KB100 = 100 * 1024;
/** `unit` repeated to exactly `length` characters. */
const fill = (unit: string, length = KB100) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** [input shape, text] — every regular expression on the lint path, fed what makes regexes backtrack. */
export const PATHOLOGICAL: Array<[string, string]> = [
  ['100 KB of "!["', FM + fill('![')],
  ['100 KB of "![x]("', FM + fill('![x](')],
  ['"<!--" without close, then 100 KB of text', FM + '<!--' + fill('あ a ')],
  ['100 KB of "<!--"', FM + fill('<!--')],
  ['100 KB of "<!--" lines', FM + fill('<!--\n')],
  ['100 KB of "]("', FM + fill('](')],
  ['100 KB of "http://"', FM + fill('http://')],
  ['"http://" + 100 KB of "a"', FM + 'http://' + fill('a')],
  ['100 KB of "<a"', FM + fill('<a')],
  ['100 KB of "<img"', FM + fill('<img')],
  ['100 KB of "<iframe><a href>" without a close, then one', FM + fill('<iframe><a href="/x">x</a>') + '</iframe>'],
  // A run of `/` that does not reach the end: `/\/+$/` retried from each one (2 s for 50,000).
  ['two links whose text and target are 50 KB of "/" then "a"', FM + `[${fill('/', 50_000)}a](/${fill('/', 50_000)}x) [${fill('/', 50_000)}a](/y)`],
  ['a Hugo ref to 50 KB of "/" then "a"', FM + `{{< ref "${fill('/', 50_000)}a" >}}`],
  ['100 KB of "|"', FM + fill('|')],
  ['100 KB of "| a | b |" / "|---|---|" lines', FM + fill('| a | b |\n|---|---|\n')],
  ['"a | b" then 100 KB of "| - " + "x"', FM + 'a | b\n' + fill('| - ') + 'x'],
  ['100 KB of "---END---" lines', FM + fill('---END---\n')],
  ['100 KB of "*_~"', FM + fill('*_~')],
  ['100 KB of "*_~" then "a"', FM + fill('*_~') + 'a'],
  ['100 KB of "- " list markers', FM + fill('- \n')],
  ['100 KB of "- a" list items', FM + fill('- a\n')],
  ['100 KB of "- " then "x" (one line)', FM + fill('- ') + 'x'],
  ['100 KB of "。"', FM + fill('。')],
  ['100 KB of "a。"', FM + fill('a。')],
  ['100 KB of "`"', FM + fill('`')],
  ['100 KB of "```" lines', FM + fill('```\n')],
  ['100 KB of "~~~" lines', FM + fill('~~~\n')],
  ['100 KB of "{% highlight sh %}" lines, never closed', FM + fill('{% highlight sh %}\n')],
  ['100 KB of "{% codeblock %}" lines, then "{% endhighlight %}"', FM + fill('{% codeblock %}\n') + '\n{% endhighlight %}\n'],
  ['100 KB of "{% post_link a b " (a tag whose title never closes)', FM + fill('{% post_link a b ')],
  ['100 KB of "{% post_link \\"a " (a quoted slug never closed)', FM + fill('{% post_link "a ')],
  ['100 KB of "<span id=" (unquoted HTML ids)', FM + fill('<span id=')],
  ['100 KB of "["', FM + fill('[')],
  ['100 KB of ">"', FM + fill('>')],
  ['100 KB of "#"', FM + fill('#')],
  ['100 KB of "http://" runs ending in " x", in paragraphs', FM + fill(`${'http://'.repeat(300)} x\n\n`)],
  ['100 KB of "1234567890."', FM + fill('1234567890.')],
  ['100 KB of "私たちは改めて" paragraphs (restatement prefixes)', FM + fill('私たちは改めて\n\n')],
  ['front matter: duplicate key + 100 KB of spaces before ":"', `---\ntitle: a\ntitle${fill(' ')}: b\n---\nbody\n`],
  ['front matter: 100 KB title', `---\ntitle: ${fill('あ')}\n---\nbody\n`],
  ['front matter: date + 100 KB of spaces + "x"', `---\ntitle: a\ndate: 2025-01-01${fill(' ')}x\n---\nbody\n`],
  ['front matter: 100 KB model id without "/"', `---\ntitle: a\nmodel: ${fill('a')}\n---\nbody\n`],
  ['front matter: 100 KB "a-" lang', `---\ntitle: a\nlang: ${fill('a-')}\n---\nbody\n`],
  ['front matter: a 100 KB flow list', `---\ntags: [${fill('a, ')}b]\n---\nbody\n`],
  ['front matter: a 100 KB block list', `---\ntags:\n${'  - a\n'.repeat(17_000)}---\nbody\n`],
  ['front matter: 100 KB of "a: " in a value', `---\ntitle: ${fill('a: ')}\n---\nbody\n`],
  ['front matter: 100 KB of "a #" in a value', `---\ntitle: ${fill('a #')}\n---\nbody\n`],
  // What the yaml library itself is slowest on, at the 16 KB it is given at most, and past it.
  ...(['x: [', 'x: {', '- ', '? ', '&a ', '\tk: v\n', '# c\n', 'k: v\n  '] as const).flatMap((unit): Array<[string, string]> => [
    [`front matter: 16 KB of ${JSON.stringify(unit)}`, `---\n${fill(unit, 16 * 1024 - 1)}\n---\nbody\n`],
    [`front matter: 100 KB of ${JSON.stringify(unit)}`, `---\n${fill(unit)}\n---\nbody\n`],
  ]),
  ['front matter: 16 KB of aliases', `---\na: &a x\n${fill('b: *a\n', 16 * 1024 - 10)}\n---\nbody\n`],
  ['front matter: 100 KB of fields', `---\n${fill(Array.from({ length: 9000 }, (_, i) => `k${i}: v${i}\n`).join(''))}\n---\nbody\n`],
  ['100 KB of "}" lines after a sentence (JSON debris)', FM + 'A sentence.\n' + fill('}\n')],
  // conflicting-link's generic texts (demonstratives, Japanese kinds, code alone) on two long link texts.
  ['two 50 KB link texts of "この" and "のコー"', FM + `[${fill('この', 50 * 1024)}](/a) [${fill('のコー', 50 * 1024)}](/b) [this ${fill('a ', 50 * 1024)}](/c) [\`${fill('`a', 50 * 1024)}\`](/d)\n`],
  // Merge conflicts: thousands found, then thousands of examples in code (each one's code block is looked up once, not searched for).
  ['50 KB of conflicts, then 50 KB of example conflicts in a code block', FM + fill('<<<<<<< a\nx\n=======\ny\n>>>>>>> b\n', 50 * 1024).replace(/[^\n]*$/, '') + '```\n' + fill('<<<<<<< a\nx\n=======\ny\n>>>>>>> b\n', 50 * 1024)],
  ['100 KB of "<<<<<<<" lines', FM + fill('<<<<<<<\n')],
  ['a ```markdown fence around 100 KB of headings', FM + '```markdown\n' + fill('## a\n') + '\n```\n'],
  // TOML, up to the 64 KB read: what the parser and the scanner that places its values do most per byte.
  ['TOML: 60 KB of [tables]', `+++\n${Array.from({ length: 3800 }, (_, i) => `[t${i}]\na = ${i}`).join('\n')}\n+++\nbody\n`],
  ['TOML: a 60 KB inline table', `+++\nx = {${Array.from({ length: 4500 }, (_, i) => `k${i} = ${i}`).join(', ')}}\n+++\nbody\n`],
  ['TOML: a 60 KB array of arrays', `+++\ntags = [${fill('["a", [1, 2]], ', 60 * 1024)}"b"]\n+++\nbody\n`],
  ['TOML: 60 KB of escaped quotes in a multi-line string', `+++\ntitle = """${fill('\\"', 60 * 1024)}"""\n+++\nbody\n`],
  ['TOML: 60 KB of dotted keys', `+++\n${Array.from({ length: 3800 }, (_, i) => `a${i}.b.c = ${i}`).join('\n')}\n+++\nbody\n`],
  // Same quadratic shape as "*_~" then "a" (a trailing-run regex), at 20 KB to keep the suite short.
  ['20 KB: "a" + spaces + "b"', FM + 'a' + fill(' ', 20 * 1024) + 'b'],
  ['20 KB: "a" + tabs + "b"', FM + 'a' + fill('\t', 20 * 1024) + 'b'],
  ['20 KB: "a" + backticks + "b"', FM + 'a' + fill('`', 20 * 1024) + 'b'],
];

