import { setFlagsFromString } from 'node:v8';
import V8_FLAGS from './v8-flags.json';

/**
 * Sets the V8 flags of processes that run lint threads (the CLI, the workspace scan's process),
 * before the threads are made: the flags are the process's. Each lint thread is a fresh V8 that
 * optimises the engine for itself, and on a cold pass TurboFan's inlining is most of that work:
 * without it a cold pass takes 12–15% less CPU and a warm one 3–4% more, so it pays until about
 * 12,000 posts per thread (README, "Where things stand"). The extension host is shared with other
 * extensions, so its own threads keep V8's defaults. scripts/lint-in-process.cjs reads the same file.
 */
export function useLintV8Flags(): void {
  setFlagsFromString(V8_FLAGS.join(' '));
}
