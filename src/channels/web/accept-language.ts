/** The first language guess from Accept-Language: the best-weighted ja or en, else the fallback. */
import { firstGuess } from '../../i18n/guess-lang.js';
import type { Lang } from '../../ids.js';

export function guessLang(header: string | undefined, fallback: Lang): Lang {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return firstGuess(ranked.map((entry) => entry.tag), fallback);
}
