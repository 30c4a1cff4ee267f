/**
 * The turn, end to end, for every channel: claim the dedupe key (a repeat stops here), then under
 * the conversation's lock load the snapshot, run the engine, save the new snapshot, and only then
 * hand the replies back to be sent.
 */
import type { ConversationStore } from '../store/store.js';
import type { Engine, EngineInput } from './engine.js';
import type { Reply } from './reply.js';

export const DEDUPE_TTL_MS = 10 * 60 * 1000;

export interface TurnRequest {
  conversationId: string;
  input: EngineInput;
  now: Date;
  /** A platform's delivery id; a second delivery with the same key gets no replies. */
  dedupeKey?: string;
}

export async function runTurn(store: ConversationStore, engine: Engine, request: TurnRequest): Promise<Reply[] | null> {
  const { conversationId, input, now, dedupeKey } = request;
  if (dedupeKey !== undefined && !(await store.claim(dedupeKey, DEDUPE_TTL_MS, now.getTime()))) return null;
  return store.withLock(conversationId, async () => {
    const saved = await store.load(conversationId);
    const { snapshot, replies } = engine.turn(saved, input, now);
    await store.save(conversationId, snapshot);
    return replies;
  });
}
