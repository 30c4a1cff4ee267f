/** Shared fixtures for the understanding tests: the project's lexicon, loaded once. */
import { defaultSeedsDir, loadLexicon, type Lexicon } from '../../src/understanding/index.js';

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  cached ??= loadLexicon(defaultSeedsDir());
  return cached;
}
