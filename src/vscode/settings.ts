import * as vscode from 'vscode';
import type { LintOptions, SeveritySetting } from '../core';

export const SECTION = 'frontlint';

export interface FrontlintSettings {
  enable: boolean;
  lintDelay: number;
  maxFileSize: number;
  statusBar: boolean;
  lint: LintOptions;
}

/** Reads the settings that apply to a document or a folder (resource-scoped settings may differ per folder). */
export function settingsFor(scope: { uri: vscode.Uri } | undefined): FrontlintSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope?.uri);
  const rules = config.get<Record<string, SeveritySetting>>('rules', {});
  return {
    enable: config.get('enable', true),
    lintDelay: Math.max(0, config.get('lintDelay', 300)),
    maxFileSize: Math.max(0, config.get('maxFileSize', 5 * 1024 * 1024)),
    statusBar: config.get('statusBar.enable', true),
    lint: {
      rules,
      t: vscode.l10n.t,
      profile: {
        requiredFields: config.get<string[]>('requiredFields'),
        minDuplicateLength: config.get<number>('minDuplicateLength'),
        readingSpeeds: {
          cjkCharsPerMinute: config.get<number>('readingSpeed.cjkCharsPerMinute'),
          wordsPerMinute: config.get<number>('readingSpeed.wordsPerMinute'),
          codeWordsPerMinute: config.get<number>('readingSpeed.codeWordsPerMinute'),
        },
      },
    },
  };
}

export function isPost(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && document.uri.scheme !== 'output' && document.uri.scheme !== 'vscode-scm';
}
