import { RiskFile } from './risk.js';
/**
 * The shape of each file in seeds/lexicon/, validated with zod when the lexicon is loaded.
 * One schema per file; every file is required and no other .yaml file may sit in the folder.
 */
import { z } from 'zod';
import { AGE_BAND_IDS, ROLES, TOPICS } from '../ids.js';

const term = z.string().trim().min(1, 'a term may not be empty');
/**
 * A list of terms: a YAML list, or one string with the terms separated by " | " (the compact form the lexicon
 * files use; it parses several times faster, which keeps `tsunagu classify` quick). Numbers become strings.
 */
const termList = (min: number) =>
  z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v.split('|').map((p) => p.trim())
        : Array.isArray(v)
          ? v.map((x) => (typeof x === 'number' ? String(x) : x))
          : v,
    z.array(term).min(min, 'list at least one term'),
  );
const terms = termList(1);
const optionalTerms = termList(0).default([]);
const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected an id such as "sexual-act" (a-z, 0-9, -)');
const weight = z.number().positive().max(10);
const topic = z.enum(TOPICS);
const role = z.enum(ROLES);
const band = z.enum(AGE_BAND_IDS as [string, ...string[]]);
const pattern = z.object({ label: term, re: z.string().min(1) }).strict();

export const VariantsFile = z
  .object({
    variants: z.array(z.object({ to: z.string().min(1), from: terms }).strict()),
  })
  .strict();

export const TopicsFile = z
  .object({
    minScore: z.number().positive(),
    priority: z.array(topic),
    groups: z.array(z.object({ topic, weight, terms }).strict()).min(1),
    guards: optionalTerms,
  })
  .strict();

export const ConceptsFile = z
  .object({
    concepts: z.array(z.object({ id, whole: z.boolean().default(false), terms }).strict()).min(1),
    guards: optionalTerms,
    combos: z.array(
      z.object({ topic, weight, all: z.array(id).min(1), none: z.array(id).default([]) }).strict(),
    ),
  })
  .strict();

export const RolesFile = z
  .object({
    priority: z.array(role),
    groups: z.array(
      z
        .object({
          role,
          weight,
          whole: z.boolean().default(false),
          terms: optionalTerms,
          patterns: z.array(pattern).default([]),
        })
        .strict(),
    ),
    guards: optionalTerms,
    selfAge: z.array(
      z.object({ role, min: z.number().int().min(0), max: z.number().int().max(120), weight }).strict(),
    ),
  })
  .strict();

export const AgeFile = z
  .object({
    bands: z.array(z.object({ band, terms }).strict()),
    schoolYears: z.array(
      z
        .object({
          band,
          prefixes: terms,
          years: z.number().int().min(1).max(6),
          firstAge: z.number().int().min(3).max(25),
          age: z.enum(['band-min', 'year-start']),
        })
        .strict(),
    ),
    gradeFirstAge: z.number().int().min(3).max(10),
    selfBefore: terms,
    selfAfter: terms,
    otherAfter: terms,
  })
  .strict();

export const EMERGENCY_KINDS = [
  'help',
  'call',
  'danger',
  'threat',
  'injury',
  'confinement',
  'no-home',
  'self-harm',
  'part',
] as const;

export const EmergencyFile = z
  .object({
    groups: z.array(
      z
        .object({
          id,
          kind: z.enum(EMERGENCY_KINDS),
          standalone: z.boolean(),
          selfHarm: z.boolean().default(false),
          whole: z.boolean().default(false),
          terms: optionalTerms,
          patterns: z.array(pattern).default([]),
        })
        .strict(),
    ),
    guards: optionalTerms,
    combos: z.array(z.object({ all: z.array(id).min(2), kind: z.enum(EMERGENCY_KINDS) }).strict()),
    bare: terms,
  })
  .strict();

export const NegationFile = z
  .object({
    ja: z
      .object({
        window: z.number().int().min(1).max(30),
        fillers: terms,
        negators: terms,
        stops: terms,
        cancelAfter: terms,
        keepAfter: terms,
        falseNegators: optionalTerms,
      })
      .strict(),
    en: z
      .object({
        window: z.number().int().min(1).max(10),
        negators: terms,
        cancel: terms,
        clauseBreaks: terms,
      })
      .strict(),
  })
  .strict();

export const UrgencyFile = z
  .object({
    groups: z.array(
      z.object({ id, topics: z.array(topic).optional(), terms }).strict(),
    ),
  })
  .strict();

export const LEXICON_FILES = {
  'variants.yaml': VariantsFile,
  'topics.yaml': TopicsFile,
  'concepts.yaml': ConceptsFile,
  'roles.yaml': RolesFile,
  'age.yaml': AgeFile,
  'emergency.yaml': EmergencyFile,
  'negation.yaml': NegationFile,
  'urgency.yaml': UrgencyFile,
  'risk.yaml': RiskFile,
} as const;

export type LexiconFileName = keyof typeof LEXICON_FILES;

export interface LexiconData {
  readonly variants: z.infer<typeof VariantsFile>;
  readonly topics: z.infer<typeof TopicsFile>;
  readonly concepts: z.infer<typeof ConceptsFile>;
  readonly roles: z.infer<typeof RolesFile>;
  readonly age: z.infer<typeof AgeFile>;
  readonly emergency: z.infer<typeof EmergencyFile>;
  readonly negation: z.infer<typeof NegationFile>;
  readonly urgency: z.infer<typeof UrgencyFile>;
  readonly risk: z.infer<typeof RiskFile>;
}
