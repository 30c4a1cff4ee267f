/**
 * The fresh sets, each written by another hand after the previous round (see README). The newest is the
 * measurement set, never trained or tuned on: its floors sit just under its first-contact numbers so that a change
 * which generalises worse is noticed, and they are not targets to tune towards. The older ones were folded into
 * tuning and the topic model's training after their first contact; their bars keep what was reached on them.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { lexicon, readSet } from './helpers.js';

interface Row {
  text: string;
  lang: 'ja' | 'en';
  topic: string;
  role: string | null;
  emergency: boolean;
}

interface Bars {
  /** How the set is used now, with its first-contact numbers. */
  state: string;
  minTopic: number;
  minRecall: number;
  maxFalseAlarms: number;
}

const SETS: [string, Bars][] = [
  ['fresh-6.jsonl', { state: 'folded in (first contact: topic 83.8%, recall 48/52, false alarms 19/188)', minTopic: 0.88, minRecall: 1, maxFalseAlarms: 0.06 }],
  ['fresh-7.jsonl', { state: 'folded in (first contact: topic 85.4%, recall 37/51, false alarms 16/189)', minTopic: 0.9, minRecall: 1, maxFalseAlarms: 0.07 }],
  ['fresh-8.jsonl', { state: 'folded in (first contact: topic 84.6%, recall 54/65, false alarms 19/175)', minTopic: 0.9, minRecall: 1, maxFalseAlarms: 0.08 }],
  ['fresh-9.jsonl', { state: 'measured, never tuned on (first contact: topic 84.2%, recall 55/62, false alarms 14/178)', minTopic: 0.82, minRecall: 0.85, maxFalseAlarms: 0.1 }],
];

describe.each(SETS)('%s', (name, bars) => {
  const rows = readSet<Row>(name);
  const lex = lexicon();
  const out = rows.map((r) => ({ ...r, u: understand(r.text, lex, r.lang) }));
  const emergencies = out.filter((r) => r.emergency);
  const calm = out.filter((r) => !r.emergency);

  it('has 240 lines over the 12 topics', () => {
    expect(rows).toHaveLength(240);
    expect(new Set(rows.map((r) => r.topic)).size).toBe(12);
  });

  it(`keeps topic accuracy at or above ${bars.minTopic * 100}% — ${bars.state}`, () => {
    expect(out.filter((r) => r.u.topic === r.topic).length / out.length).toBeGreaterThanOrEqual(bars.minTopic);
  });

  it(`keeps emergency recall at or above ${bars.minRecall * 100}%`, () => {
    if (bars.minRecall === 1) expect(emergencies.filter((r) => !r.u.emergency).map((r) => r.text)).toEqual([]);
    expect(emergencies.filter((r) => r.u.emergency).length / emergencies.length).toBeGreaterThanOrEqual(bars.minRecall);
  });

  it(`keeps false alarms at or below ${bars.maxFalseAlarms * 100}%`, () => {
    expect(calm.filter((r) => r.u.emergency).length / calm.length).toBeLessThanOrEqual(bars.maxFalseAlarms);
  });
});
