/**
 * Stable identifiers shared by every part of tsunagu (DESIGN.md section 3).
 * Outside checks rely on these strings: never rename one.
 */

export const TOPICS = [
  'sexual-abuse',
  'abuse',
  'sexual-violence',
  'child-prostitution',
  'jk-business',
  'online-images',
  'online-grooming',
  'illegal-content-report',
  'trafficking',
  'bullying',
  'dv',
  'other',
] as const;
export type Topic = (typeof TOPICS)[number];

export const ROLES = ['child', 'young-adult', 'parent', 'professional', 'bystander'] as const;
export type Role = (typeof ROLES)[number];

export const URGENCIES = ['emergency', 'urgent', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const LANGS = ['ja', 'en', 'ja-easy'] as const;
export type Lang = (typeof LANGS)[number];

/** Age bands offered as choices; each maps to an inclusive range of years. */
export const AGE_BANDS = {
  'under-13': { min: 0, max: 12 },
  '13-15': { min: 13, max: 15 },
  '16-17': { min: 16, max: 17 },
  '18-19': { min: 18, max: 19 },
  '20-plus': { min: 20, max: 120 },
} as const;
export type AgeBand = keyof typeof AGE_BANDS;
export const AGE_BAND_IDS = Object.keys(AGE_BANDS) as AgeBand[];

/** The youngest age a band stands for: the age the engine routes with when only the band is known. */
export function ageOfBand(band: AgeBand): number {
  return AGE_BANDS[band].min;
}

export function bandOfAge(age: number): AgeBand {
  const hit = AGE_BAND_IDS.find((band) => age >= AGE_BANDS[band].min && age <= AGE_BANDS[band].max);
  return hit ?? '20-plus';
}

/** Topics that are child abuse in law (Child Abuse Prevention Act art. 2; art. 2(iv) makes a child witnessing DV abuse). */
export const CHILD_ABUSE_TOPICS: readonly Topic[] = ['sexual-abuse', 'abuse', 'dv'];

/** Topics where the 72-hour window after a sexual assault matters (one-stop centre, emergency contraception). */
export const SEXUAL_ASSAULT_TOPICS: readonly Topic[] = ['sexual-violence', 'sexual-abuse'];

export const CHILD_MAX_AGE = 17;
export const MAX_AGE = 120;

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
export function isUrgency(value: string): value is Urgency {
  return (URGENCIES as readonly string[]).includes(value);
}
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
