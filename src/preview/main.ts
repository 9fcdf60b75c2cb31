// Runs inside the preview webview. Untrusted post content is already escaped and rendered by the
// host; this script only scrolls, toggles highlights and reports clicks. It never builds HTML.
import type { FromWebview, PreviewState, ToWebview } from './protocol';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void; getState(): unknown; setState(state: unknown): void };

const vscode = acquireVsCodeApi();
const body = document.body;
const initial = JSON.parse(body.dataset.state ?? '{}') as PreviewState;
const saved = vscode.getState() as PreviewState | undefined;
// A re-render of the same post keeps the scroll position the webview last had.
let state: PreviewState = saved && saved.uri === initial.uri ? { ...initial, line: saved.line ?? initial.line } : initial;
vscode.setState(state);

/** Source-line anchors, in document order. */
function anchors(): Array<{ line: number; element: HTMLElement }> {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-line]'))
    .filter((e) => !e.closest('mark'))
    .map((element) => ({ line: Number(element.dataset.line), element }))
    .filter((a) => Number.isFinite(a.line));
}

/** The element pair around a source line, and how far between them it lies. */
function scrollTopFor(line: number): number {
  const list = anchors();
  let before = list[0];
  let after: (typeof list)[number] | undefined;
  for (const a of list) {
    if (a.line <= line) before = a;
    else {
      after = a;
      break;
    }
  }
  if (!before) return 0;
  const top = before.element.getBoundingClientRect().top + window.scrollY;
  if (!after || after.line === before.line) return top;
  const next = after.element.getBoundingClientRect().top + window.scrollY;
  return top + ((line - before.line) / (after.line - before.line)) * (next - top);
}

/** The (fractional) source line at the top of the viewport. */
function lineAtTop(): number {
  const list = anchors();
  let previous: (typeof list)[number] | undefined;
  for (const a of list) {
    const top = a.element.getBoundingClientRect().top;
    if (top > 1) {
      if (!previous) return a.line;
      const prevTop = previous.element.getBoundingClientRect().top;
      const fraction = prevTop === top ? 0 : -prevTop / (top - prevTop);
      return previous.line + Math.max(0, Math.min(1, fraction)) * (a.line - previous.line);
    }
    previous = a;
  }
  return previous?.line ?? 0;
}

// Scrolls we cause ourselves are not reported back, so editor and preview never chase each other.
let ignoreScrollUntil = 0;
function scrollToLine(line: number): void {
  ignoreScrollUntil = Date.now() + 150;
  // The sticky toolbar covers the top of the page: land below it, and at the very top for line 0.
  const toolbar = document.querySelector<HTMLElement>('.fl-toolbar')?.offsetHeight ?? 0;
  window.scrollTo({ top: line <= 0 ? 0 : Math.max(0, scrollTopFor(line) - toolbar - 8) });
}

let scrollFrame = 0;
window.addEventListener('scroll', () => {
  if (Date.now() < ignoreScrollUntil || scrollFrame) return;
  scrollFrame = requestAnimationFrame(() => {
    scrollFrame = 0;
    const line = lineAtTop();
    state = { ...state, line };
    vscode.setState(state);
    vscode.postMessage({ type: 'scrolled', line });
  });
});

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message && message.type === 'scrollTo' && Number.isFinite(message.line)) {
    state = { ...state, line: message.line };
    vscode.setState(state);
    scrollToLine(message.line);
  }
});

// Clicking a highlighted passage or a marker reveals it in the editor.
document.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement | null)?.closest<HTMLElement>('mark[data-line], .fl-marker[data-line]');
  if (!target) return;
  const line = Number(target.dataset.line);
  const endLine = Number(target.dataset.endLine ?? target.dataset.line);
  if (Number.isFinite(line) && Number.isFinite(endLine)) vscode.postMessage({ type: 'reveal', line, endLine });
});

const toggle = document.getElementById('fl-toggle');
toggle?.addEventListener('click', () => {
  const hidden = body.classList.toggle('fl-hide-highlights');
  toggle.textContent = (hidden ? body.dataset.labelShow : body.dataset.labelHide) ?? '';
  state = { ...state, highlights: !hidden };
  vscode.setState(state);
  vscode.postMessage({ type: 'toggleHighlights', visible: !hidden });
});

if (state.line) scrollToLine(state.line);
vscode.postMessage({ type: 'ready' });
