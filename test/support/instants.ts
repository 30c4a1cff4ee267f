/**
 * Instants to test referrals at: every 15-minute slot of an ordinary week, of a weekday public
 * holiday and of the year end (12/29-1/4), reduced to one instant per distinct pattern of which
 * channels are open (the engine sees time only through that pattern), plus a seeded random sample.
 */
import { DateTime } from 'luxon';
import type { Directory } from '../../src/directory/directory.js';
import { channelOpenNow } from '../../src/directory/open-now.js';
import { TOKYO } from '../../src/directory/tokyo-time.js';

const SLOT_MINUTES = 15;

function* slots(startLocal: string, days: number): Generator<Date> {
  const start = DateTime.fromISO(startLocal, { zone: TOKYO });
  for (let m = 0; m < days * 24 * 60; m += SLOT_MINUTES) yield start.plus({ minutes: m }).toJSDate();
}

/** Mulberry32: a small seeded generator so the random sample is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function openPattern(directory: Directory, at: Date): string {
  return directory.channels.map((c) => String(channelOpenNow(c, at))).join(',');
}

export function representativeInstants(directory: Directory, randomCount = 40, seed = 20261123): Date[] {
  const all = [
    ...slots('2026-11-16T00:00', 7), // an ordinary week, Monday to Sunday
    ...slots('2026-11-23T00:00', 1), // Labour Thanksgiving Day, a Monday holiday
    ...slots('2026-12-28T00:00', 8), // the year end: 12/28 to 1/4
  ];
  const random = seededRandom(seed);
  const from = DateTime.fromISO('2026-01-01T00:00', { zone: TOKYO }).toMillis();
  for (let i = 0; i < randomCount; i++) all.push(new Date(from + Math.floor(random() * 3 * 365 * 24 * 60) * 60_000));
  const byPattern = new Map<string, Date>();
  for (const at of all) {
    const pattern = openPattern(directory, at);
    if (!byPattern.has(pattern)) byPattern.set(pattern, at);
  }
  return [...byPattern.values()];
}
