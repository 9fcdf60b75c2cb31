/**
 * `dist/engine.js`, which the editor requires on its first lint: the engine, and config
 * resolution, which that first lint needs too; and the blog index, built in the background then.
 */
export * from './core';
export * from './config';
export * from './site';
export { SchemaRegistry } from './schema/sources';
/** The engine's copy of the yaml library, which dist/schema.js uses instead of bundling its own (scripts/build.mjs). */
export * as yaml from 'yaml';
