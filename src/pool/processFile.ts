import { entryFromPost, formatMessage, setContentCaching, type LintOptions, type LintResult, type PostEntry, type Translate } from '../engine';
import { formatFile } from '../cli/format';
import { lintFile } from '../cli/lintFile';
import type { FileSettings, WorkerResult } from './protocol';

/** Per-phase ms of one thread, filled in when timings are asked for. */
export interface PhaseTimes {
  read: number;
  lint: number;
  format: number;
}

const lintOptions = new WeakMap<FileSettings, LintOptions>();

/** The engine's options for `settings`, with a translator over its message bundle (made once per settings). */
function optionsOf(settings: FileSettings): LintOptions {
  let options = lintOptions.get(settings);
  if (!options) {
    const messages = settings.messages;
    const t: Translate | undefined = messages ? (template, ...args) => formatMessage(messages[template] ?? template, ...args) : undefined;
    options = { ...settings.options, t };
    lintOptions.set(settings, options);
  }
  return options;
}

/** Lints one file and formats its output: the same work in a lint thread and in-process. */
export async function processFile(path: string, index: number, settings: FileSettings, times?: PhaseTimes): Promise<WorkerResult> {
  // Each post is linted once, so block caches would only cost; fixing re-lints between passes and keeps them.
  setContentCaching(settings.fix);
  const options = optionsOf(settings);
  let entry: PostEntry | undefined;
  // The index entry comes from the post the lint parsed (after any fix), so nothing is parsed twice.
  const onLinted = settings.index ? (result: LintResult) => (entry = entryFromPost(path, '', result.post, options.mdx === true)) : undefined;
  const report = await lintFile(path, options, settings.fix, settings.dryRun, { maxBytes: settings.maxBytes, timing: times, schemaSet: settings.schema, onLinted }).catch((error: unknown) =>
    lintFile.failure(path, error),
  );
  const formatStart = times ? performance.now() : 0;
  const file = formatFile(report, settings.format, settings.quiet, settings.base, settings.index === true);
  if (times) times.format += performance.now() - formatStart;
  return { index, bytes: report.bytes, file, entry };
}
