/** The first language guess from Accept-Language: the best-weighted ja or en, else the fallback. */
import type { Lang } from '../../ids.js';

const GUESSABLE: readonly Lang[] = ['ja', 'en'];

export function guessLang(header: string | undefined, fallback: Lang): Lang {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const hit = ranked.find((entry) => (GUESSABLE as readonly string[]).includes(entry.primary));
  return hit ? (hit.primary as Lang) : fallback;
}
