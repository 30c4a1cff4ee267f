/**
 * profile -> at most five ranked, explained referrals (DESIGN.md section 5).
 * Pure: the directory and the instant come in, codes go out.
 */
import { isAlwaysOpen } from '../directory/hours.js';
import type { Directory } from '../directory/directory.js';
import { hasFreeContact, isChildSpeaking, isEligible, isPaidOnly } from './eligibility.js';
import { concernsChild, hasTopic, recentSexualAssault, reportingDutyApplies } from './duty.js';
import type { Profile } from './profile.js';
import type { Notice, RankedReferral, Reason, ReferralResult } from './result.js';
import { CHANNEL, IMAGE_REMOVAL_TOPICS, MAX_REFERRALS, SHARES_INFORMATION } from './rules.js';
import { byRank, scoreChannel, type Scored } from './score.js';

/** Channels that open the list in this order, whatever their score. */
function pinnedIds(profile: Profile): string[] {
  const pins: string[] = [];
  if (profile.urgency === 'emergency') pins.push(CHANNEL.police, CHANNEL.ambulance);
  if (recentSexualAssault(profile)) pins.push(CHANNEL.oneStop);
  return pins;
}

/** Channels that must be somewhere in the list when they are eligible. */
function requiredIds(profile: Profile): string[] {
  const required: string[] = [];
  if (reportingDutyApplies(profile)) required.push(CHANNEL.childAbuseLine);
  if (hasTopic(profile, IMAGE_REMOVAL_TOPICS)) required.push(CHANNEL.internetHotline, CHANNEL.safeLine);
  return required;
}

/** Put `candidate` in place of the lowest entry that is neither pinned nor protected. */
function insertReplacingLowest(list: Scored[], candidate: Scored, keep: ReadonlySet<string>): void {
  if (list.some((s) => s.channel.id === candidate.channel.id)) return;
  if (list.length < MAX_REFERRALS) {
    list.push(candidate);
    return;
  }
  for (let i = list.length - 1; i >= 0; i--) {
    if (!keep.has(list[i]!.channel.id)) {
      list[i] = candidate;
      return;
    }
  }
}

function ensure(list: Scored[], pool: readonly Scored[], keep: Set<string>, ok: (s: Scored) => boolean): void {
  if (list.some(ok)) return;
  const best = pool.find((s) => ok(s) && !list.includes(s));
  if (!best) return;
  insertReplacingLowest(list, best, keep);
  keep.add(best.channel.id);
}

export function reasonsFor(s: Scored, profile: Profile): Reason[] {
  const { channel } = s;
  const reasons: Reason[] = ['purpose'];
  if (channel.id === CHANNEL.police || channel.id === CHANNEL.ambulance) reasons.push('emergency');
  if (channel.id === CHANNEL.oneStop && recentSexualAssault(profile)) reasons.push('within-72h');
  if (channel.id === CHANNEL.childAbuseLine && reportingDutyApplies(profile)) reasons.push('reporting-route');
  if ((channel.id === CHANNEL.internetHotline || channel.id === CHANNEL.safeLine) && hasTopic(profile, IMAGE_REMOVAL_TOPICS)) {
    reasons.push('removal');
  }
  if (isChildSpeaking(profile) && channel.childFriendly) reasons.push('child-friendly');
  if (isAlwaysOpen(channel.contacts)) reasons.push('open-24h');
  else if (s.openNow === true) reasons.push('open-now');
  else if (s.openNow === false) reasons.push('closed-now');
  else reasons.push('hours-unknown');
  if (hasFreeContact(channel)) reasons.push('free');
  else if (isPaidOnly(channel)) reasons.push('paid');
  if (channel.contacts.some((c) => c.anonymous === 'yes')) reasons.push('anonymous');
  if (channel.contacts.every((c) => typeof c.value !== 'string')) reasons.push('ask-locally');
  return reasons;
}

function noticesFor(profile: Profile, referrals: readonly RankedReferral[]): Notice[] {
  const notices: Notice[] = [];
  if (profile.urgency === 'emergency') notices.push('emergency-first');
  if (reportingDutyApplies(profile)) {
    notices.push(profile.role === 'professional' ? 'reporting-duty-professional' : 'reporting-duty-others');
  }
  if (profile.topics.includes('dv') && concernsChild(profile)) notices.push('dv-child-witness');
  if (profile.topics.includes('online-images') || profile.topics.includes('online-grooming')) {
    notices.push('preserve-evidence');
  }
  if (profile.role === 'young-adult' || (profile.age !== undefined && profile.age >= 18 && profile.age <= 19)) {
    notices.push('young-adult-gap');
  }
  if (referrals.some((r) => SHARES_INFORMATION.includes(r.channel.id))) notices.push('information-sharing');
  return notices;
}

export function refer(directory: Directory, profile: Profile): ReferralResult {
  const ranked = directory.channels.filter((c) => isEligible(c, profile)).map((c) => scoreChannel(c, profile)).sort(byRank);
  const scoredById = (id: string): Scored | undefined =>
    ranked.find((s) => s.channel.id === id) ??
    (directory.byId.has(id) ? scoreChannel(directory.byId.get(id)!, profile) : undefined);

  const pins = pinnedIds(profile).map(scoredById).filter((s): s is Scored => s !== undefined);
  const keep = new Set(pins.map((s) => s.channel.id));
  const list: Scored[] = [...pins];
  for (const s of ranked) {
    if (list.length >= MAX_REFERRALS) break;
    if (!keep.has(s.channel.id)) list.push(s);
  }
  for (const id of requiredIds(profile)) {
    const s = ranked.find((r) => r.channel.id === id);
    if (s) {
      insertReplacingLowest(list, s, keep);
      keep.add(id);
    }
  }
  ensure(list, ranked, keep, (s) => s.openNow === true);
  if (isChildSpeaking(profile)) ensure(list, ranked, keep, (s) => hasFreeContact(s.channel));

  const pinned = list.slice(0, pins.length);
  const rest = list.slice(pins.length).sort(byRank);
  const referrals = [...pinned, ...rest].map((s) => ({ channel: s.channel, openNow: s.openNow, reasons: reasonsFor(s, profile) }));
  return { emergency: profile.urgency === 'emergency', referrals, notices: noticesFor(profile, referrals) };
}
