/**
 * Content-free metrics on a registry of the server's own (never prom-client's global one). Labels are
 * codes from fixed sets: input kind, resting state, channel id, error code. Never message text,
 * choice payloads, user, session or conversation ids.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { EngineInput } from '../conversation/engine.js';
import type { RenderedReply } from '../conversation/render.js';

export interface ServerMetrics {
  readonly registry: Registry;
  recordTurn(input: EngineInput['type'], replies: readonly RenderedReply[], seconds: number): void;
  recordError(code: string): void;
  render(): Promise<string>;
  readonly contentType: string;
}

export function createMetrics(): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tsunagu_' });
  const turns = new Counter({
    name: 'tsunagu_turns_total',
    help: 'Conversation turns, by input kind (start, text, choice) and the state the turn ended in',
    labelNames: ['input', 'state'] as const,
    registers: [registry],
  });
  const referrals = new Counter({
    name: 'tsunagu_referrals_shown_total',
    help: 'Referral cards shown, by channel id',
    labelNames: ['channel'] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'tsunagu_errors_total',
    help: 'Errors while serving a request, by error code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'tsunagu_turn_duration_seconds',
    help: 'Time to run one turn: load, engine, save, render',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  return {
    registry,
    contentType: registry.contentType,
    recordTurn(input, replies, seconds) {
      latency.observe(seconds);
      for (const reply of replies) {
        turns.inc({ input, state: reply.state });
        for (const referral of reply.referrals ?? []) referrals.inc({ channel: referral.channelId });
      }
    },
    recordError(code) {
      errors.inc({ code });
    },
    render: () => registry.metrics(),
  };
}
