import type { ThreadTimings } from '../pool/pool';
import { threadCpuMs } from '../pool/threadCpu';

/** Main-thread marks of a run, in ms since the process started (print: total ms spent writing output). */
export interface MainTimings {
  discovery: number;
  firstResult: number;
  lastResult: number;
  print: number;
  printed: number;
  /** With the blog index: when the blog rules had run (their findings ready to merge). */
  blogRulesDone?: number;
}

/**
 * With FRONTLINT_TIMINGS=1: one JSON line on stderr saying where the run's time went, for
 * scripts/bench-corpus.mjs. Thread marks are made relative to the process start.
 */
export function printTimings(main: MainTimings, threads: readonly ThreadTimings[]): void {
  const origin = performance.timeOrigin;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const usage = process.resourceUsage();
  const report = {
    main: { ...Object.fromEntries(Object.entries(main).map(([k, v]) => [k, round(v)])), end: round(performance.now()) },
    cpu: { userMs: round(usage.userCPUTime / 1000), systemMs: round(usage.systemCPUTime / 1000), mainThreadMs: threadCpuMs(), maxRssKb: usage.maxRSS },
    threads: threads.map((t) => ({
      started: round(t.startedAt - origin),
      loaded: round(t.loadedAt - origin),
      firstFile: round(t.firstFileAt - origin),
      done: round(t.doneAt - origin),
      files: t.files,
      read: round(t.read),
      lint: round(t.lint),
      format: round(t.format),
      send: round(t.send),
      gc: round(t.gc),
      cpu: round(t.cpu),
      cpuBeforeTask: round(t.cpuBeforeTask),
    })),
  };
  process.stderr.write(`frontlint-timings ${JSON.stringify(report)}\n`);
}
