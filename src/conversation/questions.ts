/** Question and choice IDs (DESIGN.md section 3): buttons on every platform carry these, never labels. */
import { AGE_BAND_IDS, LANGS, ROLES, TOPICS, URGENCIES, type AgeBand, type Lang, type Role, type Topic, type Urgency } from '../ids.js';

export const QUESTIONS = ['role', 'age', 'topic', 'when', 'urgency', 'confirm'] as const;
export type QuestionId = (typeof QUESTIONS)[number];
/** Questions whose answers make up the profile and can be changed later. */
export const PROFILE_QUESTIONS = ['role', 'age', 'topic', 'urgency'] as const;
export type ProfileQuestion = (typeof PROFILE_QUESTIONS)[number];

export const SKIP = 'unknown';
export const WHEN_CHOICES = ['within-72h', 'over-72h', SKIP] as const;
export type When = (typeof WHEN_CHOICES)[number];
export const CONFIRM_CHOICES = ['yes', 'no'] as const;

export const QUESTION_CHOICES: Record<QuestionId, readonly string[]> = {
  role: [...ROLES, SKIP],
  age: [...AGE_BAND_IDS, SKIP],
  topic: [...TOPICS, SKIP],
  when: WHEN_CHOICES,
  urgency: [...URGENCIES, SKIP],
  confirm: [...CONFIRM_CHOICES, SKIP],
};

export const LANG_CHOICES = LANGS.map((l) => `lang-${l}` as const);
export type LangChoice = (typeof LANG_CHOICES)[number];
export const langOfChoice = (choice: LangChoice): Lang => choice.slice('lang-'.length) as Lang;

/** Choices that mean the same in every state. */
export const COMMAND_CHOICES = ['emergency', 'why', 'more', 'change', 'back', 'restart', 'continue'] as const;
export type CommandChoice = (typeof COMMAND_CHOICES)[number];

export function isCommandChoice(choice: string): choice is CommandChoice {
  return (COMMAND_CHOICES as readonly string[]).includes(choice);
}
export function isLangChoice(choice: string): choice is LangChoice {
  return (LANG_CHOICES as readonly string[]).includes(choice);
}
export function isQuestion(value: string): value is QuestionId {
  return (QUESTIONS as readonly string[]).includes(value);
}

export type Answer<T> = T | typeof SKIP;
export type RoleAnswer = Answer<Role>;
export type AgeAnswer = Answer<AgeBand>;
export type TopicAnswer = Answer<Topic>;
export type UrgencyAnswer = Answer<Urgency>;
