/**
 * The checks behind `npm run i18n:check`: the three locales have the same keys and the same
 * interpolation variables, emergency texts exist in every language, no banned phrase appears, and
 * やさしい日本語 stays readable. Pure: resources in, problems out.
 */
import { LANGS, type Lang } from '../ids.js';
import { bannedIn, easyProblems } from './safe-messaging.js';

export type Tree = { [key: string]: string | Tree };

export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort().join(',');

/** Keys whose text must exist, untranslated fallback-free, in every language. */
export const EMERGENCY_KEYS = [
  'conversation:emergency.title',
  'conversation:emergency.line',
  'conversation:emergency.selfHarm',
  'conversation:note.dangerBanner',
  'referral:notice.emergency-first',
  'referral:reason.emergency',
];

export function localeProblems(resources: Record<Lang, Record<string, Tree>>): string[] {
  const problems: string[] = [];
  const flat = Object.fromEntries(
    LANGS.map((lang) => {
      const all = new Map<string, string>();
      for (const [ns, tree] of Object.entries(resources[lang])) for (const [k, v] of flatten(tree)) all.set(`${ns}:${k}`, v);
      return [lang, all];
    }),
  ) as Record<Lang, Map<string, string>>;
  const reference = flat.ja;
  for (const lang of LANGS) {
    for (const key of reference.keys()) if (!flat[lang].has(key)) problems.push(`${lang}: missing key ${key}`);
    for (const key of flat[lang].keys()) if (!reference.has(key)) problems.push(`${lang}: key ${key} is not in ja`);
    for (const [key, text] of flat[lang]) {
      const base = reference.get(key);
      if (base !== undefined && variables(base) !== variables(text)) {
        problems.push(`${lang}: ${key} has variables {${variables(text)}} but ja has {${variables(base)}}`);
      }
      if (text.trim() === '') problems.push(`${lang}: ${key} is empty`);
      const banned = bannedIn(lang, text);
      if (banned) problems.push(`${lang}: ${key} ${banned.why}: "${text}"`);
      if (lang === 'ja-easy' && !key.startsWith('cli:')) for (const p of easyProblems(text)) problems.push(`ja-easy: ${key}: ${p}`);
    }
  }
  for (const key of EMERGENCY_KEYS) {
    for (const lang of LANGS) if (!flat[lang].get(key)) problems.push(`${lang}: emergency text ${key} is missing`);
    if (flat.en.get(key) === flat.ja.get(key)) problems.push(`en: emergency text ${key} is not translated`);
  }
  return problems;
}
