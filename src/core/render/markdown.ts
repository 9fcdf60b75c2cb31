import MarkdownIt from 'markdown-it';
import { END_MARKER } from '../parse/blocks';

/** Per-render inputs, passed as markdown-it's `env` so one configured instance serves every post. */
export interface RenderEnv {
  /** First source line of the body, added to token lines. */
  lineOffset: number;
  /** Maps an image's source to a URL the preview may load (e.g. a webview URI); null leaves it as is. */
  resolveImage?: (src: string) => string | null;
}

/** Block tokens that carry a source line for scroll sync. */
const LINE_TOKENS = new Set(['paragraph_open', 'heading_open', 'list_item_open', 'blockquote_open', 'table_open', 'tr_open', 'hr', 'fence', 'code_block', 'html_block', 'fl_end_marker']);

/** A `---END---` line as its own block, so it renders as a labelled separator (and ends a paragraph). */
const endMarkerRule: Parameters<MarkdownIt['block']['ruler']['before']>[2] = (state, startLine, _endLine, silent) => {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const line = state.src.slice(state.bMarks[startLine], state.eMarks[startLine]);
  if (state.sCount[startLine] - state.blkIndent >= 4 || !END_MARKER.test(line)) return false;
  if (silent) return true;
  const token = state.push('fl_end_marker', 'div', 0);
  token.map = [startLine, startLine + 1];
  token.content = state.src.slice(start, state.eMarks[startLine]);
  state.line = startLine + 1;
  return true;
};

/**
 * A markdown-it instance, configured once and reused: `data-line` attributes on
 * blocks (offset by the body's first line), end markers, and images resolved for the webview.
 */
export function createMarkdown(allowHtml: boolean, markerLabel: string): MarkdownIt {
  const md = new MarkdownIt({ html: allowHtml, linkify: false, typographer: false });
  md.block.ruler.before('paragraph', 'fl_end_marker', endMarkerRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });

  md.core.ruler.push('fl_source_lines', (state) => {
    const offset = (state.env as Partial<RenderEnv>).lineOffset ?? 0;
    for (const token of state.tokens) {
      if (token.map && LINE_TOKENS.has(token.type)) {
        token.attrSet('data-line', String(token.map[0] + offset));
        token.attrJoin('class', 'fl-line');
      }
    }
  });

  md.renderer.rules.fl_end_marker = (tokens, idx) =>
    `<div class="fl-marker" role="separator" data-line="${tokens[idx].attrGet('data-line')}" title="${md.utils.escapeHtml(tokens[idx].content)}"><span>${md.utils.escapeHtml(markerLabel)}</span></div>\n`;

  const image = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, opts, env, self) => {
    const token = tokens[idx];
    const src = token.attrGet('src');
    const resolved = src && (env as Partial<RenderEnv>).resolveImage?.(src);
    if (resolved) token.attrSet('src', resolved);
    return image(tokens, idx, opts, env, self);
  };

  // Links open outside the preview; markdown-it's validateLink already drops javascript:, vbscript:, file: and data: (except images).
  const linkOpen = md.renderer.rules.link_open ?? ((tokens, idx, opts, _env, self) => self.renderToken(tokens, idx, opts));
  md.renderer.rules.link_open = (tokens, idx, opts, env, self) => {
    tokens[idx].attrSet('rel', 'noopener noreferrer');
    return linkOpen(tokens, idx, opts, env, self);
  };
  return md;
}
