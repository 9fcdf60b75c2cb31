import type { FileReport } from './lintFile';

/** `path:line:col severity rule message`, 1-based for people, and a summary line. */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const report of reports) {
    for (const f of report.findings) {
      lines.push(`${report.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.rule} ${f.message}`);
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      if (f.fixable) fixable++;
    }
    if (report.changedDuringRun) lines.push(`${report.file}: changed on disk during the run; not fixed`);
  }
  const problems = reports.reduce((n, r) => n + r.findings.length, 0);
  const written = reports.filter((r) => r.written).length;
  lines.push(
    `${problems} ${problems === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}) in ${reports.length} ${reports.length === 1 ? 'file' : 'files'}` +
      (fixable ? `; ${fixable} fixable with --fix` : '') +
      (written ? `; ${written} ${written === 1 ? 'file' : 'files'} fixed` : ''),
  );
  return lines.join('\n') + '\n';
}

/** One JSON array with 0-based UTF-16 positions, as in the editor. */
export function formatJson(reports: readonly FileReport[]): string {
  return (
    JSON.stringify(
      reports.map((r) => ({
        file: r.file,
        readingTime: r.readingTime,
        ...(r.written !== undefined ? { written: r.written } : {}),
        findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, range: f.range, related: f.related, fixable: f.fixable })),
      })),
      null,
      2,
    ) + '\n'
  );
}
