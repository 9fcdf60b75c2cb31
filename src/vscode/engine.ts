import type * as Engine from '../engine';

let loaded: typeof Engine | undefined;

/**
 * The engine and config resolution (with the YAML and JSON parsers) are required on first use,
 * which comes right after activation returns: activation itself only registers providers and commands.
 */
export function engine(): typeof Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('../engine') as typeof Engine);
}
