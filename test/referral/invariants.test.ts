/**
 * DESIGN.md section 5 invariants, for every role x topic x urgency x age (band edges and unknown)
 * at every instant pattern of a week, a holiday and the year end.
 */
import { describe, expect, it } from 'vitest';
import { isEligible } from '../../src/referral/eligibility.js';
import { refer } from '../../src/referral/refer.js';
import { CHANNEL } from '../../src/referral/rules.js';
import type { Profile } from '../../src/referral/profile.js';
import type { ReferralResult } from '../../src/referral/result.js';
import { CHILD_ABUSE_TOPICS, ROLES, TOPICS, URGENCIES, type Topic } from '../../src/ids.js';
import { directory } from '../support/directory.js';
import { representativeInstants } from '../support/instants.js';

const AGES = [undefined, 0, 12, 13, 15, 16, 17, 18, 19, 20, 90];
const instants = representativeInstants(directory);

function* profiles(): Generator<Profile> {
  for (const at of instants)
    for (const role of ROLES)
      for (const topic of TOPICS)
        for (const urgency of URGENCIES)
          for (const age of AGES) yield { role, topics: [topic], urgency, at, lang: 'ja', ...(age === undefined ? {} : { age }) };
}

const ids = (r: ReferralResult) => r.referrals.map((x) => x.channel.id);
const describeProfile = (p: Profile) =>
  `${p.role}/${p.topics.join('+')}/${p.urgency}/age ${p.age ?? '?'} at ${p.at.toISOString()}`;

function violations(p: Profile, r: ReferralResult): string[] {
  const out: string[] = [];
  const list = ids(r);
  const topic = p.topics[0] as Topic;
  if (list.length === 0 || list.length > 5) out.push(`has ${list.length} referrals`);
  if (new Set(list).size !== list.length) out.push('lists a channel twice');
  if (r.emergency !== (p.urgency === 'emergency')) out.push('emergency flag does not match urgency');
  if (p.urgency === 'emergency') {
    if (list[0] !== CHANNEL.police) out.push('110 is not first in an emergency');
    if (!list.includes(CHANNEL.ambulance)) out.push('119 is missing in an emergency');
  } else if (list.includes(CHANNEL.police) || list.includes(CHANNEL.ambulance)) {
    out.push('110/119 listed without an emergency');
  }
  const eligibleOpen = r.referrals.some((x) => x.openNow === true && isEligible(x.channel, p));
  if (!eligibleOpen) out.push('no eligible channel is open now');
  for (const x of r.referrals) {
    const pinnedEmergency = p.urgency === 'emergency' && (x.channel.id === CHANNEL.police || x.channel.id === CHANNEL.ambulance);
    if (!pinnedEmergency && !isEligible(x.channel, p)) out.push(`${x.channel.id} is off-topic, wrong role or wrong age`);
  }
  if (p.role === 'child' && !r.referrals.some((x) => x.channel.contacts.some((c) => c.cost === 'free'))) {
    out.push('a child is offered only paid channels');
  }
  const childConcerned = p.age === undefined || p.age < 18;
  if (p.role === 'professional' && CHILD_ABUSE_TOPICS.includes(topic) && childConcerned) {
    if (!r.notices.includes('reporting-duty-professional')) out.push('no reporting-duty notice for a professional');
    if (!list.includes(CHANNEL.childAbuseLine)) out.push('189 missing for a professional with a child-abuse topic');
  }
  if (p.urgency === 'urgent' && (topic === 'sexual-violence' || topic === 'sexual-abuse')) {
    if (!list.slice(0, 2).includes(CHANNEL.oneStop)) out.push('#8891 not in the top two within 72 h of an assault');
  }
  if (topic === 'online-images' && !(list.includes(CHANNEL.internetHotline) && list.includes(CHANNEL.safeLine))) {
    out.push('online images without both the Internet Hotline Center and SafeLine');
  }
  if (topic === 'bullying' && (list.includes('police-8103') || list.includes('one-stop-8891'))) out.push('#8103/#8891 for bullying');
  if (p.age !== undefined && p.age >= 19 && (list.includes('childline') || list.includes('moj-mini-letter'))) {
    out.push('a child-only line at 19 or over');
  }
  return out;
}

describe('referral invariants over every profile and instant pattern', () => {
  it('tests enough distinct instants to cover day, night, weekend, holiday and year end', () => {
    expect(instants.length).toBeGreaterThanOrEqual(6);
  });

  it('never breaks an invariant', () => {
    const failures: string[] = [];
    let count = 0;
    for (const p of profiles()) {
      count++;
      for (const v of violations(p, refer(directory, p))) {
        if (failures.length < 20) failures.push(`${describeProfile(p)}: ${v}`);
      }
    }
    expect(count).toBe(instants.length * ROLES.length * TOPICS.length * URGENCIES.length * AGES.length);
    expect(failures).toEqual([]);
  });

  it('is deterministic: the same profile gives the same answer', () => {
    const p: Profile = { role: 'parent', topics: ['abuse'], urgency: 'routine', at: instants[0]!, lang: 'ja', age: 8 };
    expect(ids(refer(directory, p))).toEqual(ids(refer(directory, p)));
  });
});
