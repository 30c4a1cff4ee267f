/**
 * The versioned envelope a store keeps. Anything unknown or corrupt is refused here, and the
 * engine starts a fresh conversation instead of failing.
 */
import { z } from 'zod';
import { RESTING_STATES, type RestingState } from '../../flows/referral.machine.js';
import { ConversationContext } from './context.js';

export const SNAPSHOT_VERSION = 1;

export const SnapshotEnvelope = z
  .object({
    v: z.literal(SNAPSHOT_VERSION),
    state: z.enum(RESTING_STATES),
    context: ConversationContext,
  })
  .strict();
export type SnapshotEnvelope = z.infer<typeof SnapshotEnvelope>;

/** Parse what a store returned; undefined when it is not a snapshot this version understands. */
export function readEnvelope(raw: unknown): SnapshotEnvelope | undefined {
  const result = SnapshotEnvelope.safeParse(raw);
  return result.success ? result.data : undefined;
}

export function makeEnvelope(state: RestingState, context: ConversationContext): SnapshotEnvelope {
  return { v: SNAPSHOT_VERSION, state, context };
}
