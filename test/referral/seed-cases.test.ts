/**
 * Referral cases written from the seed documents (../shared/seeds) and the channel facts: the
 * channel the documents point to must be among the first three.
 */
import { describe, expect, it } from 'vitest';
import { tokyoInstant } from '../../src/directory/tokyo-time.js';
import type { Profile } from '../../src/referral/profile.js';
import { refer } from '../../src/referral/refer.js';
import { directory } from '../support/directory.js';

const top = (p: Omit<Profile, 'lang'>, n = 3) => refer(directory, { lang: 'ja', ...p }).referrals.slice(0, n).map((r) => r.channel.id);

describe('cases from the seeds', () => {
  it('a 15-year-old describing sexual abuse by a step-parent on a Saturday night reaches 189 [002:616]', () => {
    const ids = top({ role: 'child', age: 15, topics: ['sexual-abuse'], urgency: 'routine', at: tokyoInstant('2026-11-21T23:00') });
    expect(ids).toContain('cgc-189');
  });

  it('the same child, assaulted within 72 hours, gets #8891 and #8103 first [002:669-673]', () => {
    const ids = top({ role: 'child', age: 15, topics: ['sexual-abuse'], urgency: 'urgent', at: tokyoInstant('2026-11-21T23:00') });
    expect(ids[0]).toBe('one-stop-8891');
    expect(ids).toContain('police-8103');
  });

  it('a school counsellor who suspects neglect is sent to 189 with the reporting duty [002:616; 004:59]', () => {
    const result = refer(directory, { role: 'professional', topics: ['abuse'], urgency: 'routine', at: tokyoInstant('2026-11-24T10:00'), lang: 'ja' });
    expect(result.referrals[0]?.channel.id).toBe('cgc-189');
    expect(result.notices).toContain('reporting-duty-professional');
  });

  it('a 19-year-old assaulted yesterday gets the one-stop centre and #8103, not child-only lines [004:56]', () => {
    const ids = top({ role: 'young-adult', age: 19, topics: ['sexual-violence'], urgency: 'urgent', at: tokyoInstant('2026-11-24T10:00') });
    expect(ids.slice(0, 2)).toEqual(['one-stop-8891', 'police-8103']);
    const all = refer(directory, { role: 'young-adult', age: 19, topics: ['sexual-violence'], urgency: 'urgent', at: tokyoInstant('2026-11-24T10:00'), lang: 'ja' });
    expect(all.referrals.map((r) => r.channel.id)).not.toContain('childline');
    expect(all.notices).toContain('young-adult-gap');
  });

  it("a parent who found their child's images on a website reaches the Internet Hotline Center [002:575; 004:78-80]", () => {
    const ids = top({ role: 'parent', age: 14, topics: ['online-images'], urgency: 'routine', at: tokyoInstant('2026-11-24T20:00') });
    expect(ids).toContain('ihc');
    expect(refer(directory, { role: 'parent', age: 14, topics: ['online-images'], urgency: 'routine', at: tokyoInstant('2026-11-24T20:00'), lang: 'ja' }).notices).toContain('preserve-evidence');
  });

  it('a student pressured into "JK business" reaches child protection or the police youth line [002:199,613; 004:69]', () => {
    const ids = top({ role: 'child', age: 16, topics: ['jk-business'], urgency: 'routine', at: tokyoInstant('2026-11-25T16:30') });
    expect(ids.some((id) => ['cgc-189', 'police-young-tel', 'police-cse-counter'].includes(id))).toBe(true);
  });

  it('a child bullied on a weekday afternoon reaches a children\'s line that is open', () => {
    const result = refer(directory, { role: 'child', age: 13, topics: ['bullying'], urgency: 'routine', at: tokyoInstant('2026-11-24T16:30'), lang: 'ja' });
    const first = result.referrals.slice(0, 3);
    expect(first.map((r) => r.channel.id)).toContain('children-sos-24h');
    expect(first.some((r) => r.channel.id === 'childline' || r.channel.id === 'moj-kids-hotline')).toBe(true);
    expect(first.every((r) => r.openNow !== false)).toBe(true);
  });

  it('a child bullied on a Sunday night gets the 24-hour SOS dial first, and nothing shown open is closed', () => {
    const result = refer(directory, { role: 'child', age: 13, topics: ['bullying'], urgency: 'routine', at: tokyoInstant('2026-11-22T23:00'), lang: 'ja' });
    expect(result.referrals[0]?.channel.id).toBe('children-sos-24h');
    const moj = result.referrals.find((r) => r.channel.id === 'moj-kids-hotline');
    if (moj) expect(moj.openNow).toBe(false);
  });

  it('the Tokyo youth line (paid) never outranks an equally fitting free national line', () => {
    const result = refer(directory, { role: 'parent', age: 14, topics: ['bullying'], urgency: 'routine', at: tokyoInstant('2026-11-24T10:00'), lang: 'ja' });
    const ids = result.referrals.map((r) => r.channel.id);
    const tokyo = ids.indexOf('police-young-tel');
    if (tokyo >= 0) expect(ids.indexOf('children-sos-24h')).toBeLessThan(tokyo);
  });
});
