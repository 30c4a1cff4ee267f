/** Shared fixtures for the understanding tests: the project's lexicon, loaded once, and the labelled sets. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultSeedsDir, loadLexicon, type Lexicon } from '../../src/understanding/index.js';

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  cached ??= loadLexicon(defaultSeedsDir());
  return cached;
}

/** One labelled set of test/understanding (JSON lines), parsed. */
export function readSet<Row>(name: string): Row[] {
  return readFileSync(join(dirname(defaultSeedsDir()), 'test', 'understanding', name), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Row);
}
