/** Facts about a profile that several rules ask: is a child concerned, does the reporting duty apply. */
import { CHILD_MAX_AGE, SEXUAL_ASSAULT_TOPICS } from '../ids.js';
import type { Profile } from './profile.js';
import { REPORTING_DUTY_TOPICS } from './rules.js';

export const concernsChild = (p: Profile): boolean => p.age === undefined || p.age <= CHILD_MAX_AGE;

export const hasTopic = (p: Profile, topics: readonly string[]): boolean => p.topics.some((t) => topics.includes(t));

/** Someone other than the young person suspects child abuse (Child Abuse Prevention Act art. 6(1)). */
export function reportingDutyApplies(profile: Profile): boolean {
  return (
    profile.role !== 'child' && profile.role !== 'young-adult' && concernsChild(profile) &&
    hasTopic(profile, REPORTING_DUTY_TOPICS)
  );
}

/** A sexual assault where the 72-hour window may still be open. */
export function recentSexualAssault(profile: Profile): boolean {
  return profile.urgency !== 'routine' && hasTopic(profile, SEXUAL_ASSAULT_TOPICS);
}
