/**
 * The channel directory's record shape (DESIGN.md section 4), validated with zod.
 * One YAML file per channel lives in seeds/channels/; every contact fact carries its source.
 */
import { z } from 'zod';
import { LANGS, ROLES, TOPICS, type Lang } from '../ids.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** Text in all three languages; none may be missing or empty. */
export const Localized = z
  .object({ ja: z.string().min(1), en: z.string().min(1), 'ja-easy': z.string().min(1) })
  .strict();
export type Localized = z.infer<typeof Localized>;

/** A value that is either the same in every language (a number, a URL) or localized, in one language. */
export function localized(text: string | Localized, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

/** A line range in one of the five source documents in ../shared/seeds/, cited as [NNN:L-M]. */
export const SeedSource = z
  .object({
    seed: z.enum(['000', '001', '002', '003', '004']),
    lines: z.string().regex(/^\d+(-\d+)?(,\d+(-\d+)?)*$/, 'expected line numbers such as "616" or "669-673"'),
  })
  .strict();

/** A row of ../shared/reference/channel-facts.md, with its confidence mark and the date it was checked. */
export const FactSource = z
  .object({
    facts: z.string().regex(/^\d+(\.\d+)*$/, 'expected a channel-facts.md section such as "2.1"'),
    confidence: z.enum(['V1', 'V2', 'S', 'M']),
    verifiedAt: isoDate,
    url: z.string().url().optional(),
  })
  .strict();

export const Source = z.union([SeedSource, FactSource]);
export type Source = z.infer<typeof Source>;
export type SeedSource = z.infer<typeof SeedSource>;
export type FactSource = z.infer<typeof FactSource>;

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time as HH:MM (00:00-24:00)');

/** Open from `open` to `close` on each listed day; a close at or before the open runs past midnight. */
export const WeeklyRule = z.object({ days: z.array(z.enum(DAYS)).min(1), open: clock, close: clock }).strict();
export type WeeklyRule = z.infer<typeof WeeklyRule>;

/** A closure by calendar date, month-day to month-day inclusive; may wrap the year end (12-29 to 01-03). */
export const Closure = z
  .object({ from: z.string().regex(/^\d{2}-\d{2}$/), to: z.string().regex(/^\d{2}-\d{2}$/) })
  .strict();
export type Closure = z.infer<typeof Closure>;

export const Hours = z.union([
  z.object({ always: z.literal(true) }).strict(),
  z
    .object({
      weekly: z.array(WeeklyRule).min(1),
      /** `closed`: shut on Japanese public holidays; `open`: holidays follow the weekly rules. */
      holidays: z.enum(['closed', 'open']),
      closures: z.array(Closure).default([]),
    })
    .strict(),
]);
export type Hours = z.infer<typeof Hours>;

export const CONTACT_KINDS = ['phone', 'web', 'email', 'letter', 'in-person', 'sns'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const Contact = z
  .object({
    kind: z.enum(CONTACT_KINDS),
    /** A phone number as dialled, a URL, or (for in-person/letter) a translated "where to ask" text. */
    value: z.union([z.string().min(1), Localized]),
    /** null: hours not known (never shown as open). */
    hours: Hours.nullable(),
    cost: z.enum(['free', 'paid']).nullable(),
    anonymous: z.enum(['yes', 'no', 'unknown']),
    languages: z.array(z.string().min(2)).min(1),
    /** Another number for phones where the short one fails (IP phones), as the facts give it. */
    fallback: z.string().min(1).optional(),
    note: Localized.optional(),
    sources: z.array(Source).min(1),
  })
  .strict();
export type Contact = z.infer<typeof Contact>;

/** How well the channel fits a topic: 1 is its core purpose, 3 is a useful extra. */
export const Fit = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** A seed statement about who is not served; `current: false` means history, never an exclusion. */
export const Limit = z
  .object({
    code: z.enum(['no-boys-centre', 'under-18-only', 'closed-nights-weekends', 'women-focus', 'regional']),
    current: z.boolean(),
    note: Localized,
    sources: z.array(Source).min(1),
  })
  .strict();
export type Limit = z.infer<typeof Limit>;

export const Channel = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase slug'),
    names: Localized,
    operator: Localized,
    /** One line on what the channel is for; shown as the first reason it fits. */
    purpose: Localized,
    topics: z.partialRecord(z.enum(TOPICS), Fit),
    roles: z.array(z.enum(ROLES)).min(1),
    ages: z.object({ min: z.number().int().min(0), max: z.number().int().max(120) }).strict(),
    /** Shown on the emergency card (110, 119, 24h crisis lines). */
    emergencyCard: z.boolean().default(false),
    /** Written for children: shown before adult-facing lines when a child is talking. */
    childFriendly: z.boolean().default(false),
    contacts: z.array(Contact).min(1),
    limits: z.array(Limit).default([]),
    notes: z.array(Localized).default([]),
    sources: z.array(Source).min(1),
  })
  .strict()
  .refine((c) => c.ages.min <= c.ages.max, { message: 'ages.min must not exceed ages.max', path: ['ages'] })
  .refine((c) => Object.keys(c.topics).length > 0, { message: 'a channel needs at least one topic', path: ['topics'] });
export type Channel = z.infer<typeof Channel>;

export const LANG_KEYS = LANGS;
