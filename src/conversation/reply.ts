/**
 * The channel-neutral reply: codes only. Adapters render it with a fixed-language `t`
 * (terminal text, JSON lines, HTML, Block Kit, Adaptive Cards).
 */
import type { RestingState } from '../../flows/referral.machine.js';
import type { Lang } from '../ids.js';
import type { ReferralResult } from '../referral/result.js';
import type { Guess, NoteId } from './context.js';
import type { QuestionId } from './questions.js';

/** What the conversation has understood so far, for confirmations and "why these". */
export interface Summary {
  role?: string;
  age?: string;
  topic?: string;
  urgency?: string;
}

export type Message =
  | { type: 'note'; note: Exclude<NoteId, 'emergency-card'> }
  | { type: 'emergency-card'; selfHarm: boolean }
  | { type: 'guess'; guess: Guess }
  | { type: 'summary'; summary: Summary }
  | { type: 'question'; q: QuestionId }
  | { type: 'change-which' }
  | { type: 'referrals-intro'; page: number };

export interface Reply {
  lang: Lang;
  state: RestingState;
  messages: Message[];
  ask: QuestionId | null;
  /** Choice IDs in display order; answers to `ask` first. */
  choices: string[];
  referrals: ReferralResult | null;
  /** True exactly when the reply carries the emergency card. */
  emergency: boolean;
  /** The young person is talking themself: child-facing wording goes with the referrals. */
  childSpeaking: boolean;
}
