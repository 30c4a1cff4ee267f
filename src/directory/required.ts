/**
 * Channels the directory must contain (DESIGN.md section 4): the seed slugs of seed-catalog.md section 1.0
 * that a person can contact, and the outside facts from channel-facts.md.
 */
export const REQUIRED_SEED_CHANNELS = [
  'cgc-189', 'cgc-consult-line', 'police-8103', 'police-sexcrime-call', 'police-9110', 'police-young-tel',
  'police-juvenile-centre', 'police-cse-counter', 'npa-anon-report', 'trafficking-lines', 'moj-kids-hotline',
  'moj-sos-email', 'moj-mini-letter', 'moj-human-rights', 'ihc', 'sia-safeline', 'mic-illegal-info', 'cgc', 'cfsc',
  'one-stop', 'osaka-sachico', 'victim-support-group', 'gender-equality-centre', 'womens-office', 'jlsc',
  'school-counsellor', 'school-sw',
] as const;

export const REQUIRED_FACT_CHANNELS = [
  'police-110', 'ambulance-119', 'one-stop-8891', 'children-sos-24h', 'childline', 'dv-plus', 'yorisoi', 'cure-time',
  'jlsc-victim',
] as const;

export const REQUIRED_CHANNELS: readonly string[] = [...REQUIRED_SEED_CHANNELS, ...REQUIRED_FACT_CHANNELS];
