/**
 * One conversation turn: (snapshot | undefined, input, now) -> (snapshot, replies).
 * Pure apart from the clock value passed in: no actor survives the turn, and the snapshot
 * holds codes only. Free text is understood here and then dropped; it never reaches the machine.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { referralMachine, type FlowEvent, type RestingState } from '../../flows/referral.machine.js';
import type { Directory } from '../directory/directory.js';
import type { Lang } from '../ids.js';
import { referPage } from '../referral/more.js';
import { understand, type Lexicon } from '../understanding/index.js';
import type { ConversationContext, Guess, NoteId } from './context.js';
import { profileOf } from './profile-of.js';
import {
  PROFILE_QUESTIONS,
  isCommandChoice,
  isLangChoice,
  langOfChoice,
  type ProfileQuestion,
  type QuestionId,
} from './questions.js';
import { askOf, buildReply } from './build-reply.js';
import { MAX_TEXT } from './limits.js';
import type { Reply } from './reply.js';
import { makeEnvelope, readEnvelope, type SnapshotEnvelope } from './snapshot.js';

/** A conversation left alone this long starts again (privacy on shared devices). */
export const IDLE_LIMIT_MS = 30 * 60 * 1000;

export type EngineInput =
  | { type: 'start' }
  | { type: 'text'; text: string }
  | { type: 'choice'; choice: string; q?: string };

export interface EngineDeps {
  directory: Directory;
  lexicon: Lexicon;
  defaultLang: Lang;
}

export interface TurnResult {
  snapshot: SnapshotEnvelope;
  replies: Reply[];
}

type Snapshot = SnapshotFrom<typeof referralMachine>;

const COMMAND_EVENTS = {
  emergency: { type: 'EMERGENCY', selfHarm: false },
  why: { type: 'WHY' },
  more: { type: 'MORE' },
  change: { type: 'CHANGE' },
  back: { type: 'BACK' },
  restart: { type: 'RESTART' },
  continue: { type: 'CONTINUE' },
} as const satisfies Record<string, FlowEvent>;

export function stateOf(snapshot: Snapshot): RestingState {
  return snapshot.value as RestingState;
}

function fresh(lang: Lang, now: number, extra?: NoteId): Snapshot {
  const [snapshot] = initialTransition(referralMachine, { lang, now });
  if (!extra) return snapshot;
  return referralMachine.resolveState({
    value: stateOf(snapshot),
    context: { ...snapshot.context, notes: [extra, ...snapshot.context.notes] },
  });
}

function restore(raw: unknown, deps: EngineDeps, now: number): { snapshot: Snapshot; started: boolean } {
  if (raw === undefined) return { snapshot: fresh(deps.defaultLang, now), started: true };
  const envelope = readEnvelope(raw);
  if (!envelope) return { snapshot: fresh(deps.defaultLang, now, 'start-over'), started: true };
  if (now - envelope.context.lastActiveAt > IDLE_LIMIT_MS) {
    return { snapshot: fresh(envelope.context.lang, now, 'expired'), started: true };
  }
  const context: ConversationContext = { ...envelope.context, notes: [] };
  return { snapshot: referralMachine.resolveState({ value: envelope.state, context }), started: false };
}

function guessFromText(text: string, deps: EngineDeps, lang: Lang): { events: FlowEvent[] } {
  const understood = understand(text.slice(0, MAX_TEXT), deps.lexicon, lang);
  const guess: Guess = {};
  if (understood.topic !== 'other') guess.topic = understood.topic;
  if (understood.role) guess.role = understood.role;
  if (understood.ageBand) guess.age = understood.ageBand;
  if (understood.urgency === 'urgent') guess.urgency = 'urgent';
  const events: FlowEvent[] = [];
  if (understood.emergency) events.push({ type: 'EMERGENCY', selfHarm: understood.selfHarm });
  if (Object.keys(guess).length > 0 || !understood.emergency) events.push({ type: 'GUESS', guess });
  return { events };
}

function eventsFor(input: EngineInput, snapshot: Snapshot, deps: EngineDeps): FlowEvent[] {
  if (input.type === 'start') return [];
  if (input.type === 'text') return guessFromText(input.text, deps, snapshot.context.lang).events;
  const { choice } = input;
  if (isLangChoice(choice)) return [{ type: 'LANG', lang: langOfChoice(choice) }];
  if (isCommandChoice(choice)) return [COMMAND_EVENTS[choice]];
  const state = stateOf(snapshot);
  if (state === 'changing' && (PROFILE_QUESTIONS as readonly string[]).includes(choice)) {
    return [{ type: 'CHANGE_PICK', question: choice as ProfileQuestion }];
  }
  const q = (input.q ?? askOf(state) ?? 'confirm') as QuestionId;
  return [{ type: 'ANSWER', q, choice }];
}

export interface Engine {
  turn(snapshot: unknown, input: EngineInput, now: Date): TurnResult;
}

export function createEngine(deps: EngineDeps): Engine {
  return {
    turn(raw, input, now) {
      const at = now.getTime();
      let { snapshot } = restore(raw, deps, at);
      for (const event of eventsFor(input, snapshot, deps)) {
        [snapshot] = transition(referralMachine, snapshot, event);
      }
      const state = stateOf(snapshot);
      const context = snapshot.context;
      const referrals =
        state === 'referrals' ? referPage(deps.directory, profileOf(context, now), context.page) : null;
      const reply = buildReply(state, context, referrals);
      const saved: ConversationContext = { ...context, notes: [], turns: context.turns + 1, lastActiveAt: at };
      return { snapshot: makeEnvelope(state, saved), replies: [reply] };
    },
  };
}
