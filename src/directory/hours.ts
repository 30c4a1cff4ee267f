/**
 * Is a contact method open at an instant? Weekly rules in Japan time, public holidays, calendar
 * closures (12/29-1/3) and periods that run past midnight. Unknown hours give null, never true.
 */
import type { Closure, Contact, Hours, WeeklyRule } from './schema.js';
import { previousTokyoDay, tokyoMoment, type TokyoMoment } from './tokyo-time.js';

function minutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** True when month-day `md` lies in the closure, which may wrap the year end. */
export function inClosure(md: string, closure: Closure): boolean {
  return closure.from <= closure.to ? md >= closure.from && md <= closure.to : md >= closure.from || md <= closure.to;
}

/** Whether the day's rules apply at all: not closed for a holiday or a calendar closure. */
function dayRuns(day: TokyoMoment, hours: Extract<Hours, { weekly: unknown }>): boolean {
  if (hours.holidays === 'closed' && day.holiday) return false;
  return !hours.closures.some((closure) => inClosure(day.monthDay, closure));
}

function crossesMidnight(rule: WeeklyRule): boolean {
  return minutes(rule.close) <= minutes(rule.open);
}

/** Open during the part of a period that starts on `day` itself. */
function openSameDay(rule: WeeklyRule, day: TokyoMoment): boolean {
  if (!rule.days.includes(day.day)) return false;
  const open = minutes(rule.open);
  const close = crossesMidnight(rule) ? 24 * 60 : minutes(rule.close);
  return day.minute >= open && day.minute < close;
}

/** Open during the after-midnight tail of a period that started the day before. */
function openFromYesterday(rule: WeeklyRule, yesterday: TokyoMoment, now: TokyoMoment): boolean {
  if (!crossesMidnight(rule) || !rule.days.includes(yesterday.day)) return false;
  return now.minute < minutes(rule.close);
}

export function hoursOpenAt(hours: Hours | null, at: Date): boolean | null {
  if (hours === null) return null;
  if ('always' in hours) return true;
  const now = tokyoMoment(at);
  if (dayRuns(now, hours) && hours.weekly.some((rule) => openSameDay(rule, now))) return true;
  const yesterday = previousTokyoDay(at);
  return dayRuns(yesterday, hours) && hours.weekly.some((rule) => openFromYesterday(rule, yesterday, now));
}

/** `isOpen(method, at)`: true, false, or null when the method's hours are not known. */
export function isOpen(method: Pick<Contact, 'hours'>, at: Date): boolean | null {
  return hoursOpenAt(method.hours, at);
}

/** A channel is open when any of its methods is; null when none is open and some are unknown. */
export function channelOpenAt(contacts: readonly Pick<Contact, 'hours'>[], at: Date): boolean | null {
  const states = contacts.map((c) => isOpen(c, at));
  if (states.includes(true)) return true;
  if (states.includes(null)) return null;
  return false;
}

export function isAlwaysOpen(contacts: readonly Pick<Contact, 'hours'>[]): boolean {
  return contacts.some((c) => c.hours !== null && 'always' in c.hours);
}

/** Every minute-of-week boundary where some method's state can change, for exhaustive tests. */
export function changeMinutes(hours: Hours | null): number[] {
  if (hours === null || 'always' in hours) return [];
  return hours.weekly.flatMap((rule) => [minutes(rule.open), minutes(rule.close) % (24 * 60)]);
}
