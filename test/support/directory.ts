/** The project's real directory, loaded once per test file. */
import { loadDirectory } from '../../src/directory/loader.js';
import { seedsDir } from '../../src/paths.js';

export const directory = loadDirectory(seedsDir());
