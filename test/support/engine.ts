/** The real engine over the project's own directory and lexicon, and a tiny driver for conversations. */
import { createEngine, type EngineInput } from '../../src/conversation/engine.js';
import { renderReply, type RenderedReply } from '../../src/conversation/render.js';
import type { SnapshotEnvelope } from '../../src/conversation/snapshot.js';
import type { Reply } from '../../src/conversation/reply.js';
import type { Lang } from '../../src/ids.js';
import { seedsDir } from '../../src/paths.js';
import { loadLexicon } from '../../src/understanding/index.js';
import { directory } from './directory.js';

export const lexicon = loadLexicon(seedsDir());
export const engineFor = (lang: Lang = 'ja') => createEngine({ directory, lexicon, defaultLang: lang });

export interface Step {
  snapshot: SnapshotEnvelope;
  reply: Reply;
  view: RenderedReply;
}

/** Runs inputs one after another from a fresh start; returns every step. */
export function converse(inputs: EngineInput[], options: { lang?: Lang; now?: Date } = {}): Step[] {
  const engine = engineFor(options.lang);
  const now = options.now ?? new Date('2026-11-24T01:00:00Z');
  const steps: Step[] = [];
  let snapshot: unknown;
  for (const input of [{ type: 'start' } as EngineInput, ...inputs]) {
    const result = engine.turn(snapshot, input, now);
    snapshot = result.snapshot;
    const reply = result.replies[0]!;
    steps.push({ snapshot: result.snapshot, reply, view: renderReply(reply, directory) });
  }
  return steps;
}

export const choice = (id: string): EngineInput => ({ type: 'choice', choice: id });
export const text = (value: string): EngineInput => ({ type: 'text', text: value });
export const last = <T>(list: T[]): T => list[list.length - 1]!;
