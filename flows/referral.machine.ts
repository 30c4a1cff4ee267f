/**
 * The referral conversation (DESIGN.md sections 1 and 3), one XState v5 machine for every channel.
 * No actor stays alive between turns: the engine runs the pure `transition()` on a restored snapshot.
 * Guards and actions are named; the context holds codes only (see src/conversation/context.ts).
 */
import { assign, setup } from 'xstate';
import type { Guess, NoteId } from '../src/conversation/context.js';
import { initialContext, type ConversationContext } from '../src/conversation/context.js';
import {
  QUESTION_CHOICES,
  SKIP,
  type ProfileQuestion,
  type QuestionId,
} from '../src/conversation/questions.js';
import { SEXUAL_ASSAULT_TOPICS, type Lang, type Topic } from '../src/ids.js';

export type FlowEvent =
  | { type: 'ANSWER'; q: QuestionId; choice: string }
  | { type: 'GUESS'; guess: Guess }
  | { type: 'EMERGENCY'; selfHarm: boolean }
  | { type: 'LANG'; lang: Lang }
  | { type: 'CHANGE_PICK'; question: ProfileQuestion }
  | { type: 'WHY' }
  | { type: 'MORE' }
  | { type: 'CHANGE' }
  | { type: 'BACK' }
  | { type: 'RESTART' }
  | { type: 'CONTINUE' };

export interface FlowInput {
  lang: Lang;
  now: number;
}

type Ctx = ConversationContext;

const withNote = (context: Ctx, note: NoteId): NoteId[] => [...context.notes, note];

const isSexualAssault = (topic: Ctx['topic']) => topic !== undefined && SEXUAL_ASSAULT_TOPICS.includes(topic as Topic);

/** The answer fields a question writes, and what clearing it also clears. */
function cleared(context: Ctx, question: QuestionId): Partial<Ctx> {
  switch (question) {
    case 'role':
      return { role: undefined };
    case 'age':
      return { age: undefined };
    case 'topic':
      return { topic: undefined, when: undefined };
    case 'when':
      return context.urgency === 'urgent' ? { when: undefined, urgency: undefined } : { when: undefined };
    case 'urgency':
      return { urgency: undefined, when: undefined };
    case 'confirm':
      return { guess: undefined };
  }
}

/** Apply one answer; within-72h means urgent (unless already an emergency), young-adult means 18-19. */
function answered(context: Ctx, question: QuestionId, choice: string): Partial<Ctx> {
  switch (question) {
    case 'role':
      return choice === 'young-adult' && context.age === undefined ? { role: choice, age: '18-19' } : { role: choice as Ctx['role'] };
    case 'age':
      return { age: choice as Ctx['age'] };
    case 'topic':
      return { topic: choice as Ctx['topic'] };
    case 'urgency':
      return { urgency: choice as Ctx['urgency'] };
    case 'when':
      if (choice === 'within-72h') return { when: choice, urgency: context.urgency === 'emergency' ? 'emergency' : 'urgent' };
      return { when: choice as Ctx['when'] };
    case 'confirm':
      return {};
  }
}

function guessIsNew(context: Ctx, guess: Guess): boolean {
  return (Object.keys(guess) as (keyof Guess)[]).some((k) => guess[k] !== undefined && guess[k] !== context[k]);
}

const question = (q: Exclude<QuestionId, 'confirm'>) => ({
  on: {
    ANSWER: [
      { guard: { type: 'answers' as const, params: { q } }, target: 'route', actions: [{ type: 'record' as const, params: { q } }] },
      { actions: 'noteInvalid' as const },
    ],
  },
});

export const referralMachine = setup({
  types: {
    context: {} as Ctx,
    events: {} as FlowEvent,
    input: {} as FlowInput,
  },
  guards: {
    answers: ({ event }, params: { q: QuestionId }) =>
      event.type === 'ANSWER' && event.q === params.q && QUESTION_CHOICES[params.q].includes(event.choice),
    hasGuess: ({ context }) => context.guess !== undefined,
    needsRole: ({ context }) => context.role === undefined,
    needsAge: ({ context }) => context.age === undefined,
    needsTopic: ({ context }) => context.topic === undefined,
    needsWhen: ({ context }) => isSexualAssault(context.topic) && context.when === undefined && context.urgency === undefined,
    needsUrgency: ({ context }) => context.urgency === undefined,
    confirmYes: ({ event }) => event.type === 'ANSWER' && event.q === 'confirm' && event.choice === 'yes',
    confirmNo: ({ event }) => event.type === 'ANSWER' && event.q === 'confirm' && event.choice !== 'yes' && QUESTION_CHOICES.confirm.includes(event.choice),
    guessIsNew: ({ context, event }) => event.type === 'GUESS' && guessIsNew(context, event.guess),
    canGoBack: ({ context }) => context.history.length > 0,
  },
  actions: {
    record: assign(({ context, event }, params: { q: QuestionId }) => {
      if (event.type !== 'ANSWER') return {};
      return { ...answered(context, params.q, event.choice), history: [...context.history, params.q] };
    }),
    noteInvalid: assign({ notes: ({ context }) => withNote(context, 'invalid-choice') }),
    noteNotUnderstood: assign({ notes: ({ context }) => withNote(context, 'not-understood') }),
    noteWhy: assign({ notes: ({ context }) => withNote(context, 'why') }),
    noteContinue: assign({ notes: ({ context }) => withNote(context, 'continue') }),
    storeGuess: assign({ guess: ({ event }) => (event.type === 'GUESS' ? event.guess : undefined) }),
    applyGuess: assign(({ context }) => {
      const guess = context.guess ?? {};
      const next: Partial<Ctx> = { guess: undefined, notes: withNote(context, 'understood') };
      if (guess.role) Object.assign(next, answered({ ...context, ...next }, 'role', guess.role));
      if (guess.age) next.age = guess.age as Ctx['age'];
      if (guess.topic && guess.topic !== context.topic) Object.assign(next, { topic: guess.topic, when: undefined });
      if (guess.urgency && context.urgency !== 'emergency') next.urgency = guess.urgency;
      return next;
    }),
    dropGuess: assign({ guess: undefined }),
    markEmergency: assign(({ context, event }) => ({
      urgency: 'emergency' as const,
      selfHarm: context.selfHarm || (event.type === 'EMERGENCY' && event.selfHarm),
      notes: withNote(context, 'emergency-card'),
    })),
    setLang: assign(({ context, event }) =>
      event.type === 'LANG' ? { lang: event.lang, notes: withNote(context, 'language-changed') } : {},
    ),
    goBack: assign(({ context }) => {
      const last = context.history[context.history.length - 1];
      if (!last) return {};
      return { ...cleared(context, last), history: context.history.slice(0, -1), page: 0 };
    }),
    clearAnswer: assign(({ context, event }) =>
      event.type === 'CHANGE_PICK' ? { ...cleared(context, event.question), page: 0 } : {},
    ),
    nextPage: assign({ page: ({ context }) => context.page + 1 }),
    restart: assign(({ context }) => ({
      ...initialContext(context.lang, context.lastActiveAt),
      role: undefined,
      age: undefined,
      topic: undefined,
      urgency: undefined,
      when: undefined,
      guess: undefined,
      notes: withNote(context, 'start-over'),
    })),
  },
}).createMachine({
  id: 'referral',
  context: ({ input }) => ({ ...initialContext(input.lang, input.now), notes: ['greeting'] }),
  initial: 'route',
  on: {
    EMERGENCY: { target: '.route', actions: 'markEmergency' },
    LANG: { actions: 'setLang' },
    RESTART: { target: '.route', actions: 'restart' },
    BACK: [{ guard: 'canGoBack', target: '.route', actions: 'goBack' }, { actions: 'noteInvalid' }],
    CHANGE: { target: '.changing' },
    CONTINUE: { actions: 'noteContinue' },
    GUESS: [{ guard: 'guessIsNew', target: '.route', actions: 'storeGuess' }, { actions: 'noteNotUnderstood' }],
    WHY: { actions: 'noteInvalid' },
    MORE: { actions: 'noteInvalid' },
  },
  states: {
    route: {
      always: [
        { guard: 'hasGuess', target: 'confirm' },
        { guard: 'needsRole', target: 'role' },
        { guard: 'needsAge', target: 'age' },
        { guard: 'needsTopic', target: 'topic' },
        { guard: 'needsWhen', target: 'when' },
        { guard: 'needsUrgency', target: 'urgency' },
        { target: 'referrals' },
      ],
    },
    role: question('role'),
    age: question('age'),
    topic: question('topic'),
    when: question('when'),
    urgency: question('urgency'),
    confirm: {
      on: {
        ANSWER: [
          { guard: 'confirmYes', target: 'route', actions: 'applyGuess' },
          { guard: 'confirmNo', target: 'route', actions: 'dropGuess' },
          { actions: 'noteInvalid' },
        ],
      },
    },
    referrals: {
      on: {
        WHY: { actions: 'noteWhy' },
        MORE: { actions: 'nextPage' },
        ANSWER: { actions: 'noteInvalid' },
      },
    },
    changing: {
      on: {
        CHANGE_PICK: { target: 'route', actions: 'clearAnswer' },
        /** Back from the change menu returns to where the person was, changing nothing. */
        BACK: { target: 'route' },
        ANSWER: { actions: 'noteInvalid' },
      },
    },
  },
});

export type ReferralMachine = typeof referralMachine;
/** States the conversation can rest in between turns (route is transient). */
export const RESTING_STATES = ['role', 'age', 'topic', 'when', 'urgency', 'confirm', 'referrals', 'changing'] as const;
export type RestingState = (typeof RESTING_STATES)[number];
export { SKIP };
