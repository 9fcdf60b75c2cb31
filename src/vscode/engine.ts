import type * as Core from '../core';

let core: typeof Core | undefined;

/**
 * The engine (with the YAML parser) is required on first use, which comes right after activation
 * returns: activation itself only registers providers and commands.
 */
export function engine(): typeof Core {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (core ??= require('../core') as typeof Core);
}
