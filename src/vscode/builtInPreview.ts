import * as vscode from 'vscode';
import { engine } from './engine';
import { settingsFor } from './settings';

/** The parts of markdown-it's API this plugin touches (VS Code passes its own instance). */
interface MarkdownItLike {
  core: { ruler: { push(name: string, rule: (state: CoreState) => void): void } };
  renderer: { rules: Record<string, ((tokens: TokenLike[], idx: number) => string) | undefined> };
}
interface TokenLike {
  type: string;
  level: number;
  map: [number, number] | null;
  content: string;
  block: boolean;
}
interface CoreState {
  src: string;
  tokens: TokenLike[];
  Token: new (type: string, tag: string, nesting: number) => TokenLike;
}

/**
 * For VS Code's own Markdown preview (`markdown.markdownItPlugins`): replaces the front matter
 * (raw YAML, or whatever another plugin made of it) with the same card as Frontlint's preview.
 */
export function extendBuiltInPreview(md: unknown): unknown {
  const it = md as MarkdownItLike;
  it.core.ruler.push('frontlint_card', (state) => {
    if (!vscode.workspace.getConfiguration('frontlint').get<boolean>('preview.builtInCard', true)) return;
    const { lint, renderFrontMatterCard } = engine();
    const result = lint(state.src, settingsFor(undefined).lint);
    const fm = result.post.frontMatter;
    if (!fm || fm.closeLine < 0) return;
    // Drop every top-level token that starts inside the front matter, with its children.
    let cut = 0;
    while (cut < state.tokens.length) {
      const token = state.tokens[cut];
      if (token.level === 0 && token.map && token.map[0] > fm.closeLine) break;
      cut++;
    }
    const card = new state.Token('frontlint_card', 'div', 0);
    card.block = true;
    card.map = [0, fm.closeLine + 1];
    card.content = renderFrontMatterCard(result, { locale: vscode.env.language, t: vscode.l10n.t });
    state.tokens.splice(0, cut, card);
  });
  it.renderer.rules.frontlint_card = (tokens, idx) => `<div class="frontlint-card-host" data-line="0">${tokens[idx].content}</div>\n`;
  return md;
}
