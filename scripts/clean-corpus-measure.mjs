// Measures false alarms on the clean corpus (test/fixtures/clean/): posts that no model restarted,
// so every artifact finding on them is false. Shared by the unit test (test/unit/cleanCorpus.test.ts,
// with the engine from src/core) and `npm run bench:false-alarms` (with the built dist/engine.js):
// the engine is passed in, so both measure the same thing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every post of the clean corpus in `dir` (`.md` and `.markdown`, and `.mdx` read as MDX), hand-written and generated, with its family from its front matter. */
export function cleanPosts(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md') || file.endsWith('.markdown') || file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
      const family = /^translated:\s*true\s*$/m.test(frontMatter) ? 'translated' : 'human';
      return { file: relative(dir, join(dir, file)), family, origin: file.startsWith('generated') ? 'generated' : 'hand-written', text };
    });
}

/** Artifact findings per post, as `{file, family, findings: [{line, rule, message, text}]}` (lines 1-based). */
export function measure(posts, lint, artifactRules) {
  return posts.map((post) => {
    const lines = post.text.split('\n');
    const findings = lint(post.text, { mdx: post.file.endsWith('.mdx') })
      .findings.filter((finding) => artifactRules.has(finding.rule))
      .map((finding) => ({ line: finding.range.start.line + 1, rule: finding.rule, message: finding.message, text: lines[finding.range.start.line] }));
    return { file: post.file, family: post.family, origin: post.origin, findings };
  });
}

/** Per family (or per any other key of a result): posts, findings, posts with a finding, and findings per 100 posts. */
export function rates(results, keyOf = (result) => result.family) {
  const families = {};
  for (const result of results) {
    const { findings } = result;
    const f = (families[keyOf(result)] ??= { posts: 0, findings: 0, postsWithFindings: 0 });
    f.posts++;
    f.findings += findings.length;
    if (findings.length) f.postsWithFindings++;
  }
  for (const f of Object.values(families)) f.per100 = f.posts ? (100 * f.findings) / f.posts : 0;
  return families;
}

/**
 * The shapes the corpus is meant to hold (issue 12, section 6), each with a detector, so that a test
 * can prove every shape is in it. Detectors are deliberately simple: they look at lines.
 */
export const SHAPES = {
  'table of contents repeated as headings': (t) => {
    const headings = new Set(lines(t).filter((l) => /^#{1,6} /.test(l)).map((l) => l.replace(/^#+ /, '').trim()));
    return lines(t).some((l) => /^\s*(?:[-*]|\d+\.) /.test(l) && headings.has(l.replace(/^\s*(?:[-*]|\d+\.) (?:\[)?/, '').replace(/\]\(#[^)]*\)$/, '').trim()));
  },
  'the same step in two procedures': (t) => repeatedLine(t, (l) => /^\d+\. \S/.test(l)),
  'FAQ list': (t) => lines(t).filter((l) => /^(#{2,6} |\*\*).*[?？]\**$/.test(l)).length >= 2,
  'summary restating an earlier sentence': (t) => {
    const at = lines(t).findIndex((l) => /^#{1,6} (Summary|Conclusion|Recommendation|まとめ|結論|总结|总之)/.test(l));
    if (at < 0) return false;
    const before = lines(t).slice(0, at).join('\n');
    return lines(t)
      .slice(at + 1)
      .flatMap((l) => l.split(/(?<=[。！？.!?])\s*/))
      .some((s) => s.length >= 15 && before.includes(s));
  },
  'pull quote': (t) => lines(t).some((l) => /^> [^[!*]/.test(l) && l.length > 12 && lines(t).some((p) => !p.startsWith('>') && p.includes(l.slice(2)))),
  'repeated call-to-action or "more info" line': (t) => repeatedLine(t, (l) => l.length >= 20 && !/^(\s|\d+\.|[-*|`#]|> \[!)/.test(l) && !/^\*\*[^*]+\*\*$/.test(l)),
  'last line without a full stop (sign-off, table, list)': (t) => !/[.。!！?？]$/.test(lastLine(t)) && !/^[![]/.test(lastLine(t)),
  'emoticon or kaomoji at the end': (t) => /(:D|:\)|\([^()]*[・ω´`^_;Д°□][^()]*\)|m\(_ _\)m|¯\\_\(ツ\)_\/¯|\p{Extended_Pictographic})\S*$/u.test(lastLine(t)),
  'list without full stops': (t) => lines(t).some((l) => /^\s*[-*] [^\[]*[^.。!！?？:：)）]$/.test(l)),
  'bold label': (t) => lines(t).some((l) => /^\*\*[^*]+\*\*$/.test(l)),
  'link list': (t) => /^\s*[-*] \[[^\]]+\]\([^)]+\)\s*\n\s*[-*] \[[^\]]+\]\([^)]+\)/m.test(t),
  footnotes: (t) => /^\[\^[^\]]+\]: /m.test(t),
  'table with repeated cells': (t) =>
    lines(t).some((l) => {
      const cells = l.startsWith('|') ? l.split('|').slice(1, -1).map((c) => c.trim()).filter(Boolean) : [];
      return cells.length >= 3 && new Set(cells.slice(1)).size < cells.length - 1;
    }),
  'code block repeated': (t) => {
    const blocks = [...t.matchAll(/^\s*```[^\n]*\n([\s\S]*?)^\s*```/gm)].map((m) => m[1].replace(/^\s+/gm, ''));
    return new Set(blocks).size < blocks.length;
  },
  admonition: (t) => /^(:::|> \[!|\{\{< notice|\{% note|> \*\*(Note|提示|注意)\*\*)/m.test(t),
  'colon before a list': (t) => /[:：]\s*\n\n\s*(?:[-*]|\d+\.) /.test(t),
  'ends with a link': (t) => /^\[[^\]]+\]\([^)]+\)$/.test(lastLine(t)) || /\]\([^)]+\)$/.test(lastLine(t)),
  'ends with an image': (t) => /^!\[[^\]]*\]\([^)]+\)$/.test(lastLine(t)),
  'heading with a question mark': (t) => /^#{1,6} .*[?？]\s*$/m.test(t),
  'sections described alike (an API in two forms, options with a type and a default)': (t) => repeatedLine(t, (l) => /^(\*\*)?(Type|型|类型)(\*\*)?[:：]/.test(l)),
};

const lines = (t) => t.split('\n');
const lastLine = (t) => lines(t.trimEnd()).at(-1).trim();
function repeatedLine(t, keep) {
  const seen = new Set();
  for (const line of lines(body(t)).map((l) => l.trim()).filter(keep)) {
    if (seen.has(line)) return true;
    seen.add(line);
  }
  return false;
}
const body = (t) => t.replace(/^---\n[\s\S]*?\n---\n/, '');

/** For each shape, how many posts of each family hold it. */
export function census(posts) {
  const out = {};
  for (const [shape, detect] of Object.entries(SHAPES)) {
    out[shape] = { human: 0, translated: 0 };
    for (const post of posts) if (detect(post.text)) out[shape][post.family]++;
  }
  return out;
}
