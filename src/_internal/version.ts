/**
 * The version of this build of the library: the package's version, set by
 * the build (tsup's `define`); `'source'` when the TypeScript sources run
 * directly (tests, benchmarks).
 */
declare const __CLIENTELE_VERSION__: string | undefined;

export const LIBRARY_VERSION: string = typeof __CLIENTELE_VERSION__ === 'string' ? __CLIENTELE_VERSION__ : 'source';
