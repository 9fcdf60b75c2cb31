/**
 * `dist/engine.js`, which the editor requires on its first lint: the engine, and config
 * resolution, which that first lint needs too.
 */
export * from './core';
export * from './config';
