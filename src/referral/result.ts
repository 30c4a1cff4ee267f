/** The engine's answer, as codes; rendering to text happens at the edge with a fixed-language t. */
import type { Channel } from '../directory/schema.js';

export const REASONS = [
  'purpose',
  'emergency',
  'within-72h',
  'reporting-route',
  'removal',
  'child-friendly',
  'open-24h',
  'open-now',
  'closed-now',
  'hours-unknown',
  'free',
  'paid',
  'anonymous',
  'ask-locally',
] as const;
export type Reason = (typeof REASONS)[number];

export const NOTICES = [
  'emergency-first',
  'reporting-duty-professional',
  'reporting-duty-others',
  'dv-child-witness',
  'information-sharing',
  'young-adult-gap',
  'all-closed-now',
  'preserve-evidence',
] as const;
export type Notice = (typeof NOTICES)[number];

export interface RankedReferral {
  channel: Channel;
  openNow: boolean | null;
  reasons: Reason[];
}

export interface ReferralResult {
  emergency: boolean;
  referrals: RankedReferral[];
  notices: Notice[];
}
