/** Where the project's own files are, from source (src/) or from the bundle (dist/). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('tsunagu: cannot find the project folder (no package.json above the program)');
    dir = parent;
  }
}

/** `--seeds DIR`, else TSUNAGU_SEEDS, else the project's own seeds/. */
export function seedsDir(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = option ?? env.TSUNAGU_SEEDS;
  return chosen ? resolve(chosen) : join(projectRoot(), 'seeds');
}
