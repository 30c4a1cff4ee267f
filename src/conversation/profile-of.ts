/** The referral profile a conversation's answers amount to; skipped answers fall back to safe defaults. */
import { ageOfBand, type AgeBand, type Role, type Topic, type Urgency } from '../ids.js';
import type { Profile } from '../referral/profile.js';
import type { ConversationContext } from './context.js';
import { SKIP } from './questions.js';
import type { Summary } from './reply.js';

const known = <T extends string>(value: T | typeof SKIP | undefined): T | undefined =>
  value === undefined || value === SKIP ? undefined : (value as T);

export function profileOf(context: ConversationContext, now: Date): Profile {
  const band = known<AgeBand>(context.age as AgeBand | typeof SKIP | undefined);
  const topic = known<Topic>(context.topic);
  return {
    /** Someone who did not say who they are is routed to the services open to anyone. */
    role: known<Role>(context.role) ?? 'bystander',
    ...(band === undefined ? {} : { age: ageOfBand(band) }),
    topics: [topic ?? 'other'],
    urgency: known<Urgency>(context.urgency) ?? 'routine',
    at: now,
    lang: context.lang,
    selfHarm: context.selfHarm,
  };
}

export function summaryOf(context: ConversationContext): Summary {
  const summary: Summary = {};
  if (known(context.role)) summary.role = context.role;
  if (known(context.age)) summary.age = context.age;
  if (known(context.topic)) summary.topic = context.topic;
  if (known(context.urgency)) summary.urgency = context.urgency;
  return summary;
}
