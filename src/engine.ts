/**
 * `dist/engine.js`, which the editor requires on its first lint: the engine, and config
 * resolution, which that first lint needs too.
 */
export * from './core';
export * from './config';
export { SchemaRegistry } from './schema/sources';
/** The engine's copy of the yaml library, which dist/schema.js uses instead of bundling its own (scripts/build.mjs). */
export * as yaml from 'yaml';
