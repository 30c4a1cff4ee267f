/** Golden conversations in flows/scenarios, replayed through the real engine; prints their transition coverage. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { referralMachine } from '../../flows/referral.machine.js';
import type { EngineInput } from '../../src/conversation/engine.js';
import { renderReply } from '../../src/conversation/render.js';
import { tokyoInstant } from '../../src/directory/tokyo-time.js';
import { projectRoot } from '../../src/paths.js';
import { loadScenarios } from '../../src/training/scenario.js';
import { directory } from '../support/directory.js';
import { engineFor } from '../support/engine.js';

const scenarios = loadScenarios(join(projectRoot(), 'flows', 'scenarios'));
const covered = new Set<string>();

/** (state, choice or text) pairs the machine can take, from its definition: the coverage denominator. */
function machineStates(): string[] {
  return Object.keys(referralMachine.root.states).filter((s) => s !== 'route');
}

describe.each(scenarios.map((s) => [s.id, s] as const))('scenario %s', (_id, scenario) => {
  it('plays through with every expectation met', () => {
    const engine = engineFor(scenario.lang);
    const now = tokyoInstant(scenario.at);
    let snapshot = engine.turn(undefined, { type: 'start' }, now).snapshot;
    scenario.steps.forEach((step, i) => {
      const input: EngineInput = 'choice' in step.send ? { type: 'choice', choice: step.send.choice } : { type: 'text', text: step.send.text };
      const before = snapshot.state;
      const result = engine.turn(snapshot, input, now);
      snapshot = result.snapshot;
      covered.add(`${before} --${'choice' in step.send ? 'choice' : 'text'}--> ${snapshot.state}`);
      const reply = result.replies[0]!;
      const view = renderReply(reply, directory);
      const at = `step ${i + 1}`;
      const e = step.expect;
      if (e.ask !== undefined) expect(reply.ask, at).toBe(e.ask);
      if (e.state !== undefined) expect(reply.state, at).toBe(e.state);
      if (e.emergency !== undefined) expect(reply.emergency, at).toBe(e.emergency);
      const ids = view.referrals?.map((r) => r.channelId) ?? [];
      for (const id of e.referralsInclude ?? []) expect(ids, at).toContain(id);
      if (e.topReferrals) {
        const n = e.topN ?? e.topReferrals.length;
        for (const id of e.topReferrals) expect(ids.slice(0, Math.max(n, e.topReferrals.length)), at).toContain(id);
      }
      for (const text of e.messageIncludes ?? []) expect(view.messages.map((m) => m.text).join('\n'), at).toContain(text);
    });
  });
});

describe('scenario files', () => {
  it('cover every resting state of the referral machine between them', () => {
    const reached = new Set([...covered].flatMap((t) => t.split(/ --\w+--> /)));
    const missing = machineStates().filter((s) => !reached.has(s) && s !== 'changing');
    expect(missing).toEqual([]);
  });
});

afterAll(() => {
  const states = machineStates();
  process.stdout.write(`scenario coverage: ${covered.size} distinct state transitions over ${states.length} states\n${[...covered].sort().join('\n')}\n`);
});
