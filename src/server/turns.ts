/**
 * The server's turn for every channel: one engine per language (the language only matters for a
 * conversation that starts now), runTurn under the store's lock, the replies rendered, and a
 * content-free metric recorded. The input's text goes to the engine and nowhere else.
 */
import { createEngine, type Engine, type EngineInput } from '../conversation/engine.js';
import { emergencyLines, renderReply, type RenderedReply } from '../conversation/render.js';
import type { Reply } from '../conversation/reply.js';
import { runTurn } from '../conversation/run-turn.js';
import type { Directory } from '../directory/directory.js';
import { fixedT } from '../i18n/i18n.js';
import { LANGS, type Lang } from '../ids.js';
import type { ConversationStore } from '../store/store.js';
import type { Lexicon } from '../understanding/index.js';
import type { ServerMetrics } from './metrics.js';

/**
 * A rendered reply with the language it is written in (the page switches its own strings with it)
 * and, when it carries the emergency card, that card's lines (also among `messages`), so a channel
 * can show the card apart.
 */
export type LangReply = RenderedReply & { lang: Lang; emergencyCard: string[] | null };

export function emergencyCardOf(reply: Reply, directory: Directory): string[] | null {
  const card = reply.messages.find((m) => m.type === 'emergency-card');
  return card ? emergencyLines(directory, fixedT(reply.lang), reply.lang, card.selfHarm) : null;
}

export function renderForChannel(reply: Reply, directory: Directory): LangReply {
  return { ...renderReply(reply, directory), lang: reply.lang, emergencyCard: emergencyCardOf(reply, directory) };
}

export interface TurnRunner {
  run(conversationId: string, input: EngineInput, lang: Lang): Promise<LangReply[]>;
}

export function createEngines(directory: Directory, lexicon: Lexicon): Record<Lang, Engine> {
  return Object.fromEntries(LANGS.map((lang) => [lang, createEngine({ directory, lexicon, defaultLang: lang })])) as Record<
    Lang,
    Engine
  >;
}

export function createTurnRunner(deps: {
  store: ConversationStore;
  engines: Record<Lang, Engine>;
  directory: Directory;
  metrics: ServerMetrics;
  clock?: () => Date;
}): TurnRunner {
  const clock = deps.clock ?? (() => new Date());
  return {
    async run(conversationId, input, lang) {
      const started = process.hrtime.bigint();
      const replies = await runTurn(deps.store, deps.engines[lang], { conversationId, input, now: clock() });
      const rendered = (replies ?? []).map((r) => renderForChannel(r, deps.directory));
      deps.metrics.recordTurn(input.type, rendered, Number(process.hrtime.bigint() - started) / 1e9);
      return rendered;
    },
  };
}
