import { DateTime } from 'luxon';
import { TOKYO } from '../../directory/tokyo-time.js';

/** "2026-11-21 (Sat) 22:00" in Japan time, for people reading a terminal. */
export function formatTokyo(at: Date): string {
  return DateTime.fromJSDate(at, { zone: TOKYO }).toFormat('yyyy-MM-dd (ccc) HH:mm');
}
