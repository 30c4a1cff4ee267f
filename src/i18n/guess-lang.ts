/**
 * The first guess of a conversation's language from what a platform says about the person: a BCP 47 locale
 * such as Teams' `activity.locale`, Slack's `users.info` locale (`ja-JP`, `en-US`) or one entry of a browser's
 * Accept-Language. Only ja and en can be guessed (やさしい日本語 is always a choice the person makes);
 * anything else gives undefined, and the caller falls back to TSUNAGU_LANG, then ja.
 */
import type { Lang } from '../ids.js';

export function langFromLocale(locale: string | undefined | null): Lang | undefined {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'ja' || primary === 'en' ? primary : undefined;
}

/** The first candidate that names a language we speak, else the fallback. */
export function firstGuess(candidates: readonly (string | undefined | null)[], fallback: Lang): Lang {
  for (const candidate of candidates) {
    const lang = langFromLocale(candidate);
    if (lang) return lang;
  }
  return fallback;
}
