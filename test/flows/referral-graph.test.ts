/**
 * Proof over the conversation graph: a breadth-first walk that presses every button every reply
 * offers (all answers, skips and commands), from the greeting, through the real engine.
 * Checked at every node reached: emergency is handled, there is no dead end, referrals come within a
 * bounded number of further inputs, and every referral reply shows a service open at that moment.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { RESTING_STATES } from '../../flows/referral.machine.js';
import type { EngineInput } from '../../src/conversation/engine.js';
import type { SnapshotEnvelope } from '../../src/conversation/snapshot.js';
import type { Reply } from '../../src/conversation/reply.js';
import { tokyoInstant } from '../../src/directory/tokyo-time.js';
import { profileOf } from '../../src/conversation/profile-of.js';
import { referPage } from '../../src/referral/more.js';
import { directory } from '../support/directory.js';
import { engineFor } from '../support/engine.js';

const engine = engineFor('ja');
/** The walk runs at one instant; every referral node found is then asked again at each of these. */
const WALK_AT = tokyoInstant('2026-11-24T10:00');
const CLOCKS = ['2026-11-24T10:00', '2026-11-22T03:00', '2026-11-23T18:00', '2026-12-31T23:30', '2027-01-02T12:00'].map(tokyoInstant);
const MAX_NODES = 20_000;
/** From any node, answering "unknown" (or the first offered answer) must reach referrals within this many inputs. */
const BOUND = 6;

interface Node {
  snapshot: SnapshotEnvelope;
  reply: Reply;
}

function keyOf(s: SnapshotEnvelope): string {
  const { turns, lastActiveAt, notes, history, page, lang, ...rest } = s.context;
  return JSON.stringify([s.state, rest, history.length > 0]);
}

const pressable = (reply: Reply) => reply.choices.filter((c) => !c.startsWith('lang-'));

/** Free text is part of the alphabet too: a guess to confirm, and words of danger. */
const TEXTS = ['中2の娘が学校でいじめられています', 'たすけて'];
const inputsOf = (reply: Reply): EngineInput[] => [
  ...pressable(reply).map((choice): EngineInput => ({ type: 'choice', choice })),
  ...TEXTS.map((text): EngineInput => ({ type: 'text', text })),
];
const labelOf = (input: EngineInput) => (input.type === 'choice' ? input.choice : input.type === 'text' ? 'text' : 'start');

function walk(now: Date) {
  const start = engine.turn(undefined, { type: 'start' }, now);
  const seen = new Map<string, Node>([[keyOf(start.snapshot), { snapshot: start.snapshot, reply: start.replies[0]! }]]);
  const queue: Node[] = [...seen.values()];
  const transitions = new Set<string>();
  while (queue.length > 0 && seen.size < MAX_NODES) {
    const node = queue.shift()!;
    for (const input of inputsOf(node.reply)) {
      const result = engine.turn(node.snapshot, input, now);
      const next = { snapshot: result.snapshot, reply: result.replies[0]! };
      transitions.add(`${node.snapshot.state} --${labelOf(input)}--> ${next.snapshot.state}`);
      const key = keyOf(next.snapshot);
      if (!seen.has(key)) {
        seen.set(key, next);
        queue.push(next);
      }
    }
  }
  return { nodes: [...seen.values()], transitions, complete: queue.length === 0 };
}

function inputsToReferrals(node: Node, now: Date): number {
  let current = node;
  for (let n = 0; n <= BOUND; n++) {
    if (current.reply.state === 'referrals' && (current.reply.referrals?.referrals.length ?? 0) > 0) return n;
    const answers = current.reply.ask ? current.reply.choices : [];
    const pick = answers.includes('unknown') ? 'unknown' : answers.includes('yes') ? 'yes' : current.reply.choices[0]!;
    const input: EngineInput = { type: 'choice', choice: current.reply.state === 'referrals' ? 'restart' : pick };
    const result = engine.turn(current.snapshot, input, now);
    current = { snapshot: result.snapshot, reply: result.replies[0]! };
  }
  return Infinity;
}

const coverage = new Set<string>();

describe('the referral flow, walked through every button and two texts', () => {
  const now = WALK_AT;
  const { nodes, transitions, complete } = walk(now);
  for (const t of transitions) coverage.add(t);

  it('walks the whole graph', () => {
    expect(complete, `stopped at ${MAX_NODES} nodes`).toBe(true);
    expect(nodes.length).toBeGreaterThan(100);
  });

  it('reaches every resting state', () => {
    expect(new Set(nodes.map((n) => n.snapshot.state))).toEqual(new Set(RESTING_STATES));
  });

  it('handles the emergency button in every state, showing the card with 110 first', () => {
    const failures: string[] = [];
    for (const node of nodes) {
      const result = engine.turn(node.snapshot, { type: 'choice', choice: 'emergency' }, now);
      const reply = result.replies[0]!;
      if (!reply.emergency || result.snapshot.context.urgency !== 'emergency') failures.push(node.snapshot.state);
      if (reply.state === 'referrals' && reply.referrals?.referrals[0]?.channel.id !== 'police-110') failures.push(`${node.snapshot.state}: 110 not first`);
    }
    expect(failures).toEqual([]);
  });

  it('has no dead end: every reply offers the emergency button and every answer to its question', () => {
    for (const node of nodes) {
      expect(node.reply.choices).toContain('emergency');
      expect(node.reply.choices.length).toBeGreaterThan(2);
    }
  });

  it(`reaches referrals within ${BOUND} further inputs from every node`, () => {
    const slow = nodes.filter((n) => inputsToReferrals(n, now) > BOUND).map((n) => n.snapshot.state);
    expect(slow).toEqual([]);
  });

  it('shows at least one service open at that moment in every referral reply, whatever the clock', () => {
    const failures: string[] = [];
    for (const node of nodes.filter((n) => n.reply.state === 'referrals' && n.snapshot.context.page === 0)) {
      for (const clock of CLOCKS) {
        // The same referral reply the engine builds for this conversation, at another moment.
        const again = referPage(directory, profileOf(node.snapshot.context, clock), 0);
        if (!again.referrals.some((r) => r.openNow === true)) failures.push(`${keyOf(node.snapshot)} at ${clock.toISOString()}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

afterAll(() => {
  process.stdout.write(`flow transition coverage: ${coverage.size} distinct state --choice--> state transitions walked\n`);
});
