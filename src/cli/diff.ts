/**
 * A unified diff of two texts by lines (Myers' O(ND) algorithm), for `--fix --dry-run`.
 * Line endings are kept in the compared lines, so a CRLF change shows as one.
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const hunks: string[] = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++;
      continue;
    }
    // Grow the hunk while changes are within 2×context lines of each other.
    let start = Math.max(0, i - context);
    let end = i;
    while (end < ops.length) {
      let next = end;
      while (next < ops.length && ops[next].kind !== ' ') next++;
      let gap = next;
      while (gap < ops.length && ops[gap].kind === ' ') gap++;
      end = next;
      if (gap >= ops.length || gap - next > 2 * context) break;
      end = gap;
    }
    const stop = Math.min(ops.length, end + context);
    const slice = ops.slice(start, stop);
    const oldStart = ops[start].a + 1;
    const newStart = ops[start].b + 1;
    const oldCount = slice.filter((o) => o.kind !== '+').length;
    const newCount = slice.filter((o) => o.kind !== '-').length;
    hunks.push(`@@ -${oldCount ? oldStart : oldStart - 1},${oldCount} +${newCount ? newStart : newStart - 1},${newCount} @@\n`);
    for (const op of slice) hunks.push(op.kind + printable(op.text));
    i = stop;
    start = stop;
  }
  return `--- ${path}\n+++ ${path} (fixed)\n${hunks.join('')}`;
}

interface Op {
  kind: ' ' | '-' | '+';
  text: string;
  /** Line index in `a` and `b` at this op. */
  a: number;
  b: number;
}

function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}

function printable(line: string): string {
  return /[\r\n]$/.test(line) ? line.replace(/\r\n$|\r$/, '\n') : `${line}\n\\ No newline at end of file\n`;
}

function diffLines(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk the trace back from the end to recover the edit script.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', text: a[x], a: x, b: y });
    }
    if (d === 0) break;
    if (x === prevX) {
      y--;
      ops.push({ kind: '+', text: b[y], a: x, b: y });
    } else {
      x--;
      ops.push({ kind: '-', text: a[x], a: x, b: y });
    }
  }
  return ops.reverse();
}
