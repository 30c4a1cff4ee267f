/** A terminal conversation: an id in the configured store, a clock, and a turn that returns rendered replies. */
import { randomUUID } from 'node:crypto';
import type { Directory } from '../../directory/directory.js';
import type { Engine, EngineInput } from '../../conversation/engine.js';
import { renderReply, type RenderedReply } from '../../conversation/render.js';
import { runTurn } from '../../conversation/run-turn.js';
import type { Lang } from '../../ids.js';
import type { ConversationStore } from '../../store/store.js';

export interface SessionReply {
  lang: Lang;
  view: RenderedReply;
}

export interface ChatSession {
  send(input: EngineInput): Promise<SessionReply[]>;
  /** A normal exit: a conversation with a random id is deleted; a named one is kept to resume. */
  end(): Promise<void>;
}

export function openChatSession(deps: {
  store: ConversationStore;
  engine: Engine;
  directory: Directory;
  clock: () => Date;
  conversationId?: string;
}): ChatSession {
  const keep = deps.conversationId !== undefined;
  const id = deps.conversationId ?? `console:${randomUUID()}`;
  return {
    async send(input) {
      const replies = await runTurn(deps.store, deps.engine, { conversationId: id, input, now: deps.clock() });
      return (replies ?? []).map((r) => ({ lang: r.lang, view: renderReply(r, deps.directory) }));
    },
    async end() {
      if (!keep) await deps.store.delete(id);
    },
  };
}
