/** `npm run i18n:check`: locale parity, safe messaging, やさしい日本語 readability, no UI text in code. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadDirectory } from '../directory/loader.js';
import { localeProblems, type Tree } from '../i18n/locale-checks.js';
import { resources } from '../i18n/resources.js';
import { directoryTextProblems, sourceLiteralProblems } from '../i18n/text-checks.js';
import type { Lang } from '../ids.js';
import { projectRoot, seedsDir } from '../paths.js';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

export function allI18nProblems(): string[] {
  const root = projectRoot();
  const code = ['src', 'flows'].flatMap((d) => tsFiles(join(root, d)));
  return [
    ...localeProblems(resources as unknown as Record<Lang, Record<string, Tree>>),
    ...directoryTextProblems(loadDirectory(seedsDir())),
    ...code.flatMap((file) => sourceLiteralProblems(relative(root, file), readFileSync(file, 'utf8'))),
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const problems = allI18nProblems();
  for (const p of problems) process.stderr.write(`${p}\n`);
  process.stdout.write(problems.length === 0 ? 'i18n check: all three locales in step, no problems\n' : `i18n check: ${problems.length} problems\n`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
