/** Messages between the preview webview and the extension host. Both sides validate what they receive. */

/** Webview → host. */
export type FromWebview =
  | { type: 'ready' }
  /** The preview scrolled: the editor follows to this (fractional) source line. */
  | { type: 'scrolled'; line: number }
  /** A highlighted passage or marker was clicked: reveal and select it in the editor. */
  | { type: 'reveal'; line: number; endLine: number }
  | { type: 'toggleHighlights'; visible: boolean };

/** Host → webview. */
export type ToWebview = { type: 'scrollTo'; line: number };

/** State the webview keeps across re-renders and reloads (through `vscode.setState`). */
export interface PreviewState {
  uri: string;
  locked: boolean;
  line?: number;
  highlights?: boolean;
}

const isLine = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 1e7;

/** Accepts only well-formed messages; anything else from the (untrusted) webview is ignored. */
export function parseFromWebview(message: unknown): FromWebview | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'scrolled':
      return isLine(m.line) ? { type: 'scrolled', line: m.line } : undefined;
    case 'reveal':
      return isLine(m.line) && isLine(m.endLine) && m.endLine >= m.line ? { type: 'reveal', line: Math.floor(m.line), endLine: Math.floor(m.endLine) } : undefined;
    case 'toggleHighlights':
      return typeof m.visible === 'boolean' ? { type: 'toggleHighlights', visible: m.visible } : undefined;
    default:
      return undefined;
  }
}
