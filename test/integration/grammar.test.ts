import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';
import { activate, ROOT } from './helpers';

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

/** Every grammar the running VS Code contributes, with our injections, as VS Code itself wires them. */
function contributedGrammars(): { files: Map<string, string>; injections: Map<string, string[]> } {
  const files = new Map<string, string>();
  const injections = new Map<string, string[]>();
  for (const extension of vscode.extensions.all) {
    const grammars: GrammarContribution[] = extension.packageJSON?.contributes?.grammars ?? [];
    for (const g of grammars) {
      files.set(g.scopeName, path.join(extension.extensionPath, g.path));
      for (const target of g.injectTo ?? []) injections.set(target, [...(injections.get(target) ?? []), g.scopeName]);
    }
  }
  return { files, injections };
}

async function markdownGrammar(): Promise<IGrammar> {
  await loadWASM(fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')).buffer);
  const { files, injections } = contributedGrammars();
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
    loadGrammar: async (scope) => {
      const file = files.get(scope);
      return file && fs.existsSync(file) ? parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scope) => injections.get(scope),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, 'VS Code contributes the Markdown grammar');
  return grammar;
}

function tokenize(grammar: IGrammar, text: string): Array<{ text: string; scopes: string[] }> {
  let stack = INITIAL;
  const out: Array<{ text: string; scopes: string[] }> = [];
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) out.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    stack = result.ruleStack;
  }
  return out;
}

describe('grammar', () => {
  before(activate);

  it('marks ---END--- lines as invalid, except inside code, and scopes known front matter keys', async () => {
    const grammar = await markdownGrammar();
    const tokens = tokenize(grammar, '---\ntitle: A\nreading_time: 3\n---\n\nText.\n\n---END---\n\n```\n---END---\n```\n\ntitle: not a key here\n');
    const markers = tokens.filter((t) => t.text === '---END---');
    assert.strictEqual(markers.length, 2);
    assert.ok(markers[0].scopes.includes('invalid.illegal.end-marker.frontlint'), markers[0].scopes.join(' '));
    assert.ok(!markers[1].scopes.some((s) => s.startsWith('invalid')), markers[1].scopes.join(' '));
    const keys = tokens.filter((t) => t.text === 'reading_time' || t.text === 'title');
    assert.ok(keys[0].scopes.some((s) => s.includes('frontlint')), keys[0].scopes.join(' '));
    assert.ok(keys[1].scopes.some((s) => s.includes('frontlint')), keys[1].scopes.join(' '));
    const bodyTitle = tokens.find((t) => t.text.startsWith('title: not'));
    assert.ok(!bodyTitle || !bodyTitle.scopes.some((s) => s.includes('frontlint')), 'body text is not scoped as a key');
  });
});
