/** Opening hours as one display line in the reader's language; null when hours are unknown. */
import type { Translate } from '../i18n/i18n.js';
import { DAYS, type Day, type Hours, type WeeklyRule } from './schema.js';

const WEEKDAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

function sameDays(a: readonly Day[], b: readonly Day[]): boolean {
  return a.length === b.length && b.every((d) => a.includes(d));
}

function dayLabel(days: readonly Day[], t: Translate): string {
  if (sameDays(days, DAYS)) return t('referral:hours.daily');
  if (sameDays(days, WEEKDAYS)) return t('referral:hours.weekdays');
  const ordered = DAYS.filter((d) => days.includes(d));
  return ordered.map((d) => t(`referral:hours.day.${d}`)).join(t('referral:hours.daySeparator'));
}

function trimClock(clock: string): string {
  return clock.replace(/^0(\d):/, '$1:');
}

function monthDay(md: string): string {
  const [m, d] = md.split('-').map(Number);
  return `${m}/${d}`;
}

function ruleLine(rule: WeeklyRule, t: Translate): string {
  return t('referral:hours.rule', { days: dayLabel(rule.days, t), open: trimClock(rule.open), close: trimClock(rule.close) });
}

export function formatHours(hours: Hours | null, t: Translate): string | null {
  if (hours === null) return null;
  if ('always' in hours) return t('referral:hours.always');
  const rules = hours.weekly.map((r) => ruleLine(r, t)).join(t('referral:hours.ruleSeparator'));
  const extras = [
    ...(hours.holidays === 'closed' ? [t('referral:hours.holidaysClosed')] : []),
    ...hours.closures.map((c) => t('referral:hours.closure', { from: monthDay(c.from), to: monthDay(c.to) })),
  ];
  return extras.length === 0 ? rules : t('referral:hours.extras', { rules, extras: extras.join(t('referral:hours.ruleSeparator')) });
}
