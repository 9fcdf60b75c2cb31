import * as vscode from 'vscode';
import type { LintResult } from '../core';

/** The breakdown shown in the status bar tooltip and the details command. */
export function readingTimeDetails(result: LintResult): string[] {
  const rt = result.readingTime;
  const declared = result.declaredReadingTime;
  const n = (value: number) => value.toLocaleString(vscode.env.language);
  return [
    vscode.l10n.t('Reading time: {0} min', rt.minutes),
    vscode.l10n.t('Kana and kanji: {0} characters', n(rt.cjkChars)),
    vscode.l10n.t('Latin-script words: {0}', n(rt.words)),
    vscode.l10n.t('Code: {0} words; images: {1} ({2} s)', n(rt.codeWords), rt.images, rt.imageSeconds),
    vscode.l10n.t('Without repeated passages: {0} min', rt.minutesWithoutDuplicates),
    declared === undefined ? vscode.l10n.t('No reading_time declared') : vscode.l10n.t('Declared reading_time: {0} min', declared),
  ];
}
