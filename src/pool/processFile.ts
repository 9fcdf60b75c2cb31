import { entryFromPost, formatMessage, parsePost, setContentCaching, type LintOptions, type LintResult, type PostEntry, type Translate } from '../engine';
import { readPost } from '../cli/fileIO';
import { formatFile, type FormattedFile } from '../cli/format';
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
  if (settings.indexOnly) return indexEntry(path, index, settings);
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

const NOTHING: FormattedFile = { diff: '', chunk: '', tally: { problems: 0, errors: 0, warnings: 0, fixable: 0, written: false, unreadable: false } };

/** A post read into its blog index entry only (no lint); none for a file that is unreadable, not UTF-8 or over `maxBytes`. */
function indexEntry(path: string, index: number, settings: FileSettings): WorkerResult {
  setContentCaching(false); // each post is read once: its front matter would only fill the cache
  const read = readPost(path);
  if (!read.ok || (settings.maxBytes !== undefined && read.original.length > settings.maxBytes)) return { index, bytes: read.ok ? read.original.length : 0, file: NOTHING };
  const mdx = /\.mdx$/i.test(path);
  return { index, bytes: read.original.length, file: NOTHING, entry: entryFromPost(path, '', parsePost(read.text, { mdx, generator: settings.options.generator }), mdx) };
}
