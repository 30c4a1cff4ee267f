/** "Show more": further eligible channels after the first list, in rank order, a page at a time. */
import type { Directory } from '../directory/directory.js';
import { isEligible } from './eligibility.js';
import type { Profile } from './profile.js';
import { reasonsFor, refer } from './refer.js';
import type { ReferralResult } from './result.js';
import { MAX_REFERRALS } from './rules.js';
import { byRank, scoreChannel } from './score.js';

export function referPage(directory: Directory, profile: Profile, page: number): ReferralResult {
  const first = refer(directory, profile);
  if (page === 0) return first;
  const shown = new Set(first.referrals.map((r) => r.channel.id));
  const referrals = directory.channels
    .filter((c) => !shown.has(c.id) && isEligible(c, profile))
    .map((c) => scoreChannel(c, profile))
    .sort(byRank)
    .slice((page - 1) * MAX_REFERRALS, page * MAX_REFERRALS)
    .map((s) => ({ channel: s.channel, openNow: s.openNow, reasons: reasonsFor(s, profile) }));
  return { emergency: first.emergency, referrals, notices: first.notices };
}
