// Checks that l10n/bundle.l10n.ja.json translates exactly the message templates used in src/.
//
// Keys are collected from src/**/*.ts with regular expressions:
//   - the string-literal first argument of `t(...)`, `vscode.l10n.t(...)` and `context.t(...)`;
//   - the message templates given as the third argument of the local `check(...)` helper in
//     src/core/rules/fieldFormat.ts (it calls `context.t(message, value)`);
//   - the fixed `message` strings and fix `title`s of front matter errors in src/core/parse/ (frontMatter.ts, yamlMistakes.ts), which
//     src/core/rules/frontmatterSyntax.ts passes through `t(error.message)`. Messages that come from
//     the yaml library are not ours and are shown untranslated.
//   - the literal argument of `msg(...)`, which marks a template translated later (src/schema/issues.ts).
// It also checks that each translation uses the same `{n}` placeholders as its key.
//
// Usage: node scripts/check-l10n.mjs [--list]   (exit code 1 on any mismatch)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(root, 'l10n', 'bundle.l10n.ja.json');

/** A JavaScript string literal in any of the three quotes (template literals without `${`). */
const LITERAL = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\`(?:[^\`\\$]|\\.|\$(?!\{))*\``;

/** `t(`, `vscode.l10n.t(`, `context.t(` (any `.t(` or a bare `t(`), then the first argument. */
const T_CALL = new RegExp(String.raw`(?<![\w$])(?:[\w$]+\s*\.\s*)*t\s*\(\s*(${LITERAL})?`, 'g');
/** fieldFormat.ts: `check('date', isValidDate, '<template>')`: the literal right before the closing parenthesis. */
const CHECK_CALL = new RegExp(String.raw`(?<![\w$.])check\s*\(\s*(?:${LITERAL})\s*,[^;]*?,\s*(${LITERAL})\s*\)`, 'g');
/** frontMatter.ts: `message: '<text>'` and `message = cond ? '<text>' : ...`. */
const MESSAGE_PROPERTY = new RegExp(String.raw`\b(?:message|title)\s*:\s*(${LITERAL})`, 'g');
const MESSAGE_TERNARY = new RegExp(String.raw`\bmessage\s*=(?!=)[^;]*?\?\s*(${LITERAL})(?:\s*:\s*(${LITERAL}))?`, 'g');

/** `msg('<template>')`: a template marked for translation where it is not yet translated (src/schema/issues.ts). */
const MSG_CALL = new RegExp(String.raw`(?<![\w$.])msg\s*\(\s*(${LITERAL})`, 'g');
const CHECK_FILES = new Set(['src/core/rules/fieldFormat.ts']);
const MESSAGE_FILES = new Set(['src/core/parse/frontMatter.ts', 'src/core/parse/yamlMistakes.ts', 'src/core/schemaCheck.ts', 'src/schema/issues.ts', 'src/schema/validator.ts', 'src/schema/sources.ts', 'src/schema/frontMatterCmsConfig.ts', 'src/schema/json.ts']);

function unquote(literal) {
  const body = literal.slice(1, -1);
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/gs, (_, e) => {
    if (e[0] === 'u' && e.length > 1) return String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16));
    if (e[0] === 'x' && e.length === 3) return String.fromCharCode(parseInt(e.slice(1), 16));
    return { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' }[e] ?? e;
  });
}

/** Blanks out comments (keeping offsets and line numbers) so that commented-out calls are not read. */
function stripComments(source) {
  return source.replace(new RegExp(String.raw`(${LITERAL})|\/\/[^\n]*|\/\*[\s\S]*?\*\/`, 'g'), (whole, literal) =>
    literal ? whole : whole.replace(/[^\n]/g, ' '),
  );
}

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : tsFiles(path);
    return entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every template used in src/, with where it is used. */
export function collectTemplates() {
  const templates = new Map();
  const problems = [];
  for (const file of tsFiles(join(root, 'src')).sort()) {
    const name = relative(root, file).split('\\').join('/');
    const source = stripComments(readFileSync(file, 'utf8'));
    const lineOf = (index) => source.slice(0, index).split('\n').length;
    const add = (literal, index) => {
      const where = `${name}:${lineOf(index)}`;
      if (literal.startsWith('`') && literal.includes('${')) {
        problems.push(`${where}: interpolated template literal cannot be a translation key`);
        return;
      }
      const key = unquote(literal);
      if (!templates.has(key)) templates.set(key, []);
      templates.get(key).push(where);
    };
    for (const m of source.matchAll(T_CALL)) if (m[1]) add(m[1], m.index);
    for (const m of source.matchAll(MSG_CALL)) add(m[1], m.index);
    if (CHECK_FILES.has(name)) for (const m of source.matchAll(CHECK_CALL)) add(m[1], m.index);
    if (MESSAGE_FILES.has(name)) {
      for (const m of source.matchAll(MESSAGE_PROPERTY)) add(m[1], m.index);
      for (const m of source.matchAll(MESSAGE_TERNARY)) for (const literal of [m[1], m[2]]) if (literal) add(literal, m.index);
    }
  }
  return { templates, problems };
}

const placeholders = (s) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort().join(' ');

function main() {
  const { templates, problems } = collectTemplates();
  if (process.argv.includes('--list')) {
    for (const [key, uses] of templates) console.log(`${JSON.stringify(key)}  (${uses.join(', ')})`);
  }
  let bundle;
  try {
    bundle = JSON.parse(readFileSync(BUNDLE, 'utf8'));
  } catch (error) {
    console.error(`check-l10n: cannot read ${relative(root, BUNDLE)}: ${error.message}`);
    return 1;
  }
  const missing = [...templates.keys()].filter((key) => !Object.hasOwn(bundle, key));
  const extra = Object.keys(bundle).filter((key) => !templates.has(key));
  for (const [key, value] of Object.entries(bundle)) {
    if (typeof value !== 'string' || value.trim() === '') problems.push(`empty or non-string translation for ${JSON.stringify(key)}`);
    else if (placeholders(key) !== placeholders(value)) {
      problems.push(`placeholders differ for ${JSON.stringify(key)}: key has [${placeholders(key)}], translation has [${placeholders(value)}]`);
    }
  }
  for (const key of missing) console.error(`missing: ${JSON.stringify(key)}  (${templates.get(key).join(', ')})`);
  for (const key of extra) console.error(`extra:   ${JSON.stringify(key)}`);
  for (const problem of problems) console.error(`problem: ${problem}`);
  const ok = missing.length === 0 && extra.length === 0 && problems.length === 0;
  console.log(
    `check-l10n: ${templates.size} templates in src/, ${Object.keys(bundle).length} keys in ${relative(root, BUNDLE)}: ` +
      (ok ? 'OK' : `${missing.length} missing, ${extra.length} extra, ${problems.length} other problems`),
  );
  return ok ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
