/** The reply for the state a turn ended in: this turn's notes first, then the question or the referrals. */
import type { RestingState } from '../../flows/referral.machine.js';
import { LANG_CHOICES } from './questions.js';
import type { ReferralResult } from '../referral/result.js';
import type { ConversationContext } from './context.js';
import { summaryOf } from './profile-of.js';
import { PROFILE_QUESTIONS, QUESTION_CHOICES, type QuestionId } from './questions.js';
import type { Message, Reply } from './reply.js';

/** The question a resting state asks; referrals and the change menu ask none. */
export function askOf(state: RestingState): QuestionId | null {
  return state === 'referrals' || state === 'changing' ? null : state;
}

function noteMessages(context: ConversationContext): Message[] {
  return context.notes.flatMap((note): Message[] => {
    if (note === 'emergency-card') return [{ type: 'emergency-card', selfHarm: context.selfHarm }];
    if (note === 'understood' || note === 'why') return [{ type: 'note', note }, { type: 'summary', summary: summaryOf(context) }];
    return [{ type: 'note', note }];
  });
}

function stateMessages(state: RestingState, context: ConversationContext, referrals: ReferralResult | null): Message[] {
  if (state === 'confirm') return [{ type: 'guess', guess: context.guess ?? {} }, { type: 'question', q: 'confirm' }];
  if (state === 'changing') return [{ type: 'change-which' }];
  if (state === 'referrals') {
    if (referrals && referrals.referrals.length === 0) return [{ type: 'note', note: 'no-more' }];
    return [{ type: 'referrals-intro', page: context.page }];
  }
  return [{ type: 'question', q: state }];
}

function choicesFor(state: RestingState, context: ConversationContext): string[] {
  const ask = askOf(state);
  const base =
    ask !== null
      ? [...QUESTION_CHOICES[ask], ...(context.history.length > 0 ? ['back'] : [])]
      : state === 'changing'
        ? [...PROFILE_QUESTIONS, 'back']
        : ['why', 'more', 'change', 'restart'];
  // The urgency question's own "emergency" answer is the emergency button: list it once.
  return [...new Set([...base, 'emergency', ...LANG_CHOICES])];
}

export function buildReply(state: RestingState, context: ConversationContext, referrals: ReferralResult | null): Reply {
  const messages = [...noteMessages(context), ...stateMessages(state, context, referrals)];
  return {
    lang: context.lang,
    state,
    messages,
    ask: askOf(state),
    choices: choicesFor(state, context),
    referrals,
    emergency: messages.some((m) => m.type === 'emergency-card'),
    childSpeaking: context.role === 'child',
  };
}
