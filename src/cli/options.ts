/** Parsing and checking of command-line values shared by the commands; every failure names the value. */
import { DateTime } from 'luxon';
import { fixedT, type Translate } from '../i18n/i18n.js';
import { LANGS, MAX_AGE, ROLES, TOPICS, URGENCIES, isLang, type Lang } from '../ids.js';
import { TOKYO } from '../directory/tokyo-time.js';
import { UsageError } from './usage-error.js';

export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], t: Translate): T {
  if (value === undefined) throw new UsageError(t('cli:missing', { option, allowed: allowed.join(', ') }));
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(t('cli:badValue', { option, value, allowed: allowed.join(', ') }));
  }
  return value as T;
}

export function parseAge(option: string, value: string | undefined, t: Translate): number | undefined {
  if (value === undefined) return undefined;
  const age = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(age) || age < 0 || age > MAX_AGE) {
    throw new UsageError(t('cli:badAge', { option, value }));
  }
  return age;
}

/** ISO 8601; a time without an offset is read as Japan time. */
export function parseAt(option: string, value: string | undefined, t: Translate, now: () => Date = () => new Date()): Date {
  if (value === undefined) return now();
  const parsed = DateTime.fromISO(value, { zone: TOKYO, setZone: true });
  if (!parsed.isValid) throw new UsageError(t('cli:badDate', { option, value }));
  return parsed.toJSDate();
}

/** `--lang`, else TSUNAGU_LANG, else ja. The language of error lines too, so it is read first. */
export function resolveLang(value: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  const candidate = value ?? env.TSUNAGU_LANG;
  if (candidate !== undefined && isLang(candidate)) return candidate;
  if (value !== undefined) {
    const t = fixedT(env.TSUNAGU_LANG && isLang(env.TSUNAGU_LANG) ? env.TSUNAGU_LANG : 'ja');
    throw new UsageError(t('cli:badValue', { option: '--lang', value, allowed: LANGS.join(', ') }));
  }
  return 'ja';
}

export const ALLOWED = { role: ROLES, topic: TOPICS, urgency: URGENCIES, lang: LANGS } as const;
