/** Which channels may be listed for a profile at all: on-topic, for this role, for this age. */
import type { Channel } from '../directory/schema.js';
import type { Topic } from '../ids.js';
import type { Profile } from './profile.js';
import { EMERGENCY_ONLY } from './rules.js';

/** The best (lowest) fit the channel has for any of the profile's topics, or undefined when off-topic. */
export function bestFit(channel: Channel, topics: readonly Topic[]): 1 | 2 | 3 | undefined {
  const fits = topics.map((t) => channel.topics[t]).filter((f): f is 1 | 2 | 3 => f !== undefined);
  return fits.length === 0 ? undefined : (Math.min(...fits) as 1 | 2 | 3);
}

export function servesAge(channel: Channel, age: number | undefined): boolean {
  return age === undefined || (age >= channel.ages.min && age <= channel.ages.max);
}

export function isEligible(channel: Channel, profile: Profile): boolean {
  if (EMERGENCY_ONLY.includes(channel.id) && profile.urgency !== 'emergency') return false;
  return (
    bestFit(channel, profile.topics) !== undefined &&
    channel.roles.includes(profile.role) &&
    servesAge(channel, profile.age)
  );
}

export function hasFreeContact(channel: Channel): boolean {
  return channel.contacts.some((c) => c.cost === 'free');
}

export function isPaidOnly(channel: Channel): boolean {
  return channel.contacts.every((c) => c.cost === 'paid');
}

/** A contact a person can use straight away (a number, a form, an address), not "ask at your school". */
export function hasDirectContact(channel: Channel): boolean {
  return channel.contacts.some((c) => typeof c.value === 'string');
}

export function isChildSpeaking(profile: Profile): boolean {
  return profile.role === 'child';
}

/** A contact where a person answers in real time. */
export function isLive(contact: Channel['contacts'][number]): boolean {
  return contact.kind === 'phone' || contact.kind === 'sns';
}
