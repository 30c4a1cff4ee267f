/**
 * The referral rules in one readable place (DESIGN.md section 5). The directory data says which
 * topics, roles and ages a channel serves and how well it fits (1-3); these numbers and pins turn that
 * into a ranking. Change a rule here, and the property tests in test/referral say whether every
 * invariant still holds for every profile at every instant.
 */
import type { Topic } from '../ids.js';

export const MAX_REFERRALS = 5;

export const CHANNEL = {
  police: 'police-110',
  ambulance: 'ambulance-119',
  childAbuseLine: 'cgc-189',
  oneStop: 'one-stop-8891',
  internetHotline: 'ihc',
  safeLine: 'sia-safeline',
  crisisLine: 'yorisoi',
} as const;

/** Every channel the rules name; the loader's required list must contain them all. */
export const RULE_CHANNELS: readonly string[] = Object.values(CHANNEL);

export const SCORE = {
  fit: { 1: 100, 2: 70, 3: 40 } as Record<1 | 2 | 3, number>,
  /** Open now matters: a person in a hard moment needs someone who answers. */
  open: 25,
  closed: -25,
  alwaysOpen: 5,
  /** A paid call ranks below an equally fitting free line for everyone, and far below it for a child. */
  paid: -8,
  paidForChild: -25,
  childFriendlyForChild: 15,
  anonymousWanted: 10,
  /** A person who must or should notify abuse sees where to notify before other help. */
  reportingDestination: 20,
  /** A service for one area (Tokyo's youth line, the Osaka centre) follows the national ones. */
  regional: -10,
  /** Channels with no number of their own (ask at school, city office) follow the lines that answer. */
  noDirectContact: -10,
} as const;

/** Emergency numbers: pinned first when there is danger now, and kept out of every other list. */
export const EMERGENCY_ONLY: readonly string[] = [CHANNEL.police, CHANNEL.ambulance];

/** Where a suspected abuse is notified (art. 6(1): the municipality or a child guidance centre). */
export const REPORTING_DESTINATIONS: readonly string[] = ['cgc-189', 'cgc', 'cfsc'];

/** Topics where a notice on the reporting duty (Child Abuse Prevention Act art. 6) applies. */
export const REPORTING_DUTY_TOPICS: readonly Topic[] = ['abuse', 'sexual-abuse', 'dv'];

/** Topics where removal of images online matters: both hotlines must be in the list. */
export const IMAGE_REMOVAL_TOPICS: readonly Topic[] = ['online-images'];

/** Channels whose staff may share information with police or child protection, to keep a child safe. */
export const SHARES_INFORMATION: readonly string[] = [
  'cgc-189', 'cgc', 'cgc-consult-line', 'police-110', 'police-8103', 'police-9110', 'police-young-tel',
  'police-juvenile-centre', 'police-sexcrime-call', 'police-cse-counter',
];
