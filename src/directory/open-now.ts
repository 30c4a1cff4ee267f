/**
 * Is a channel open at an instant? Its contact methods' hours first; where those are unknown, what the
 * sources say about when it is certainly closed: child guidance centres are "not open 24 hours a day and at
 * weekends" [004:86], and government offices close on public holidays and 12/29-1/3 (channel-facts 2.24).
 * "Night" is taken as 22:00-06:00, a window inside any office's closed hours; outside these windows the
 * answer stays unknown, never open.
 */
import { channelOpenAt } from './hours.js';
import { inClosure } from './hours.js';
import type { Channel } from './schema.js';
import { tokyoMoment } from './tokyo-time.js';

const NIGHT_FROM = 22 * 60;
const NIGHT_TO = 6 * 60;
const YEAR_END = { from: '12-29', to: '01-03' };

export function knownClosed(channel: Pick<Channel, 'limits'>, at: Date): boolean {
  if (!channel.limits.some((l) => l.code === 'closed-nights-weekends' && l.current)) return false;
  const m = tokyoMoment(at);
  return (
    m.day === 'sat' || m.day === 'sun' || m.holiday || inClosure(m.monthDay, YEAR_END) ||
    m.minute >= NIGHT_FROM || m.minute < NIGHT_TO
  );
}

export function channelOpenNow(channel: Pick<Channel, 'contacts' | 'limits'>, at: Date): boolean | null {
  const fromHours = channelOpenAt(channel.contacts, at);
  if (fromHours === null && knownClosed(channel, at)) return false;
  return fromHours;
}
