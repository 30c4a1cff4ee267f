/**
 * Wall-clock facts about an instant in Japan (Asia/Tokyo), with Japanese public holidays
 * from the maintained @holiday-jp/holiday_jp data set.
 */
import holidayJp from '@holiday-jp/holiday_jp';
import { DateTime } from 'luxon';
import { DAYS, type Day } from './schema.js';

export const TOKYO = 'Asia/Tokyo';

export interface TokyoMoment {
  /** YYYY-MM-DD in Japan. */
  date: string;
  /** MM-DD in Japan, for calendar closures. */
  monthDay: string;
  day: Day;
  /** Minutes since local midnight, 0..1439. */
  minute: number;
  holiday: boolean;
}

const holidays: Record<string, unknown> = holidayJp.holidays;

export function isJapaneseHoliday(date: string): boolean {
  return Object.prototype.hasOwnProperty.call(holidays, date);
}

/** One referral asks about the same instant for every contact: remember the last answer. */
let last: { time: number; moment: TokyoMoment } | undefined;

export function tokyoMoment(at: Date): TokyoMoment {
  const time = at.getTime();
  if (last?.time === time) return last.moment;
  const moment = computeMoment(at);
  last = { time, moment };
  return moment;
}

function computeMoment(at: Date): TokyoMoment {
  const local = DateTime.fromJSDate(at, { zone: TOKYO });
  const date = local.toFormat('yyyy-MM-dd');
  return {
    date,
    monthDay: local.toFormat('MM-dd'),
    day: DAYS[local.weekday - 1] as Day,
    minute: local.hour * 60 + local.minute,
    holiday: isJapaneseHoliday(date),
  };
}

/** The same wall-clock facts for the Tokyo day before `moment` (for periods that run past midnight). */
let lastPrevious: { time: number; moment: TokyoMoment } | undefined;

export function previousTokyoDay(at: Date): TokyoMoment {
  const time = at.getTime();
  if (lastPrevious?.time === time) return lastPrevious.moment;
  const local = DateTime.fromJSDate(at, { zone: TOKYO }).minus({ days: 1 }).set({ hour: 23, minute: 59 });
  const moment = computeMoment(local.toJSDate());
  lastPrevious = { time, moment };
  return moment;
}

/** An instant for a Tokyo wall-clock time, e.g. tokyoInstant('2026-12-31T22:00'). */
export function tokyoInstant(localIso: string): Date {
  const dt = DateTime.fromISO(localIso, { zone: TOKYO });
  if (!dt.isValid) throw new Error(`not a Tokyo local time: ${localIso}`);
  return dt.toJSDate();
}
