/** The package version, bundled at build time (dist/server.js carries it; no file look-up at run time). */
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
