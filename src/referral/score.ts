/** One number per eligible channel; ties break by fit, then by id, so the order is deterministic. */
import { channelOpenAt, isAlwaysOpen } from '../directory/hours.js';
import { channelOpenNow } from '../directory/open-now.js';
import type { Channel } from '../directory/schema.js';
import { bestFit, hasDirectContact, isChildSpeaking, isLive, isPaidOnly } from './eligibility.js';
import type { Profile } from './profile.js';
import { REPORTING_DESTINATIONS, SCORE } from './rules.js';
import { reportingDutyApplies } from './duty.js';

export interface Scored {
  channel: Channel;
  score: number;
  fit: 1 | 2 | 3;
  openNow: boolean | null;
}

export function scoreChannel(channel: Channel, profile: Profile): Scored {
  const fit = bestFit(channel, profile.topics) ?? 3;
  const openNow = channelOpenNow(channel, profile.at);
  /** Someone answers now: a phone or chat, not a form whose reply takes days. */
  const answersNow = channelOpenAt(channel.contacts.filter(isLive), profile.at);
  const child = isChildSpeaking(profile);
  let score = SCORE.fit[fit];
  if (answersNow === true) score += SCORE.open;
  if (openNow === false) score += SCORE.closed;
  if (isAlwaysOpen(channel.contacts)) score += SCORE.alwaysOpen;
  if (isPaidOnly(channel)) score += child ? SCORE.paidForChild : SCORE.paid;
  if (child && channel.childFriendly) score += SCORE.childFriendlyForChild;
  if (profile.anonymous && channel.contacts.some((c) => c.anonymous === 'yes')) score += SCORE.anonymousWanted;
  if (!hasDirectContact(channel)) score += SCORE.noDirectContact;
  if (channel.limits.some((l) => l.code === 'regional' && l.current)) score += SCORE.regional;
  if (REPORTING_DESTINATIONS.includes(channel.id) && reportingDutyApplies(profile)) score += SCORE.reportingDestination;
  return { channel, score, fit, openNow };
}

export function byRank(a: Scored, b: Scored): number {
  return b.score - a.score || a.fit - b.fit || a.channel.id.localeCompare(b.channel.id);
}
