/**
 * What a conversation remembers between turns: codes only (IDs, numbers, timestamps), never the
 * words a person typed. This is what the store saves.
 */
import { z } from 'zod';
import { AGE_BAND_IDS, LANGS, ROLES, TOPICS, URGENCIES, type AgeBand } from '../ids.js';
import { PROFILE_QUESTIONS, QUESTIONS, SKIP, WHEN_CHOICES } from './questions.js';

type Answer<T extends readonly string[]> = [T[number] | typeof SKIP, ...(T[number] | typeof SKIP)[]];
const answer = <const T extends readonly string[]>(ids: T) => z.enum([...ids, SKIP] as unknown as Answer<T>);

/** A guess from free text, waiting for the person to confirm it. */
export const Guess = z
  .object({
    role: z.enum(ROLES).optional(),
    age: z.enum(AGE_BAND_IDS as unknown as [AgeBand, ...AgeBand[]]).optional(),
    topic: z.enum(TOPICS).optional(),
    urgency: z.enum(URGENCIES).optional(),
  })
  .strict();
export type Guess = z.infer<typeof Guess>;

/** One-turn messages the machine asks the edge to show; cleared before the snapshot is saved. */
export const NOTES = [
  'greeting',
  'emergency-card',
  'understood',
  'not-understood',
  'invalid-choice',
  'language-changed',
  'start-over',
  'expired',
  'why',
  'no-more',
  'continue',
] as const;
export type NoteId = (typeof NOTES)[number];

export const ConversationContext = z
  .object({
    lang: z.enum(LANGS),
    role: answer(ROLES).optional(),
    age: answer(AGE_BAND_IDS).optional(),
    topic: answer(TOPICS).optional(),
    urgency: answer(URGENCIES).optional(),
    when: z.enum(WHEN_CHOICES).optional(),
    selfHarm: z.boolean(),
    guess: Guess.optional(),
    /** After a "no" to a guess, the next question is asked directly. */
    history: z.array(z.enum(QUESTIONS)),
    /** How many "show more" pages were asked for. */
    page: z.number().int().min(0),
    notes: z.array(z.enum(NOTES)),
    turns: z.number().int().min(0),
    lastActiveAt: z.number().int(),
  })
  .strict();
export type ConversationContext = z.infer<typeof ConversationContext>;

export function initialContext(lang: ConversationContext['lang'], now: number): ConversationContext {
  return { lang, selfHarm: false, history: [], page: 0, notes: [], turns: 0, lastActiveAt: now };
}

export { PROFILE_QUESTIONS };
