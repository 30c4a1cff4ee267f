/**
 * The fresh sets, each written by another hand after the previous round (see README). The newest is the
 * measurement set, never trained or tuned on: its floors sit just under its first-contact numbers so that a change
 * which generalises worse is noticed, and they are not targets to tune towards. The older ones were folded into
 * tuning and the learned model's training after their first contact; their bars keep what was reached on them.
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

/** Folded into the word lists and the learned model's training: what was reached on them is kept. */
const folded = (firstContact: string): Bars => ({ state: `folded in (first contact: ${firstContact})`, minTopic: 0.94, minRecall: 1, maxFalseAlarms: 0.08 });

const SETS: [string, Bars][] = [
  ['fresh-4.jsonl', folded('topic 73.3%, recall 51/62, false alarms 17/178')],
  ['fresh-5.jsonl', folded('topic 66.7%, recall 26/36, false alarms 20/204')],
  ['fresh-6.jsonl', folded('topic 83.8%, recall 48/52, false alarms 19/188')],
  ['fresh-7.jsonl', folded('topic 85.4%, recall 37/51, false alarms 16/189')],
  ['fresh-8.jsonl', folded('topic 84.6%, recall 54/65, false alarms 19/175')],
  ['fresh-9.jsonl', folded('topic 84.2%, recall 55/62, false alarms 14/178')],
  ['fresh-10.jsonl', folded('topic 85.8%, recall 42/61, false alarms 12/179')],
  ['fresh-11.jsonl', folded('topic 81.7%, recall 38/61, false alarms 17/179')],
  ['fresh-12.jsonl', folded('topic 86.3%, recall 58/62, false alarms 14/178')],
  ['fresh-13.jsonl', folded('topic 91.7%, recall 55/63, false alarms 13/177')],
  ['fresh-14.jsonl', folded('topic 96.3%, recall 60/63, false alarms 13/177')],
  ['fresh-15.jsonl', folded('topic 93.3%, recall 60/63, false alarms 12/177, after round 13')],
  ['fresh-16.jsonl', folded('topic 92.1%, recall 59/60, false alarms 12/180, after round 10')],
  ['fresh-17.jsonl', folded('topic 92.9%, recall 60/62, false alarms 18/178, after round 14')],
  [
    'fresh-18.jsonl',
    {
      state: 'measured, never trained or tuned on (first contact, after round 17: topic 94.2%, recall 60/61, false alarms 6/179; after round 18 with fresh-17 folded in: 94.2%, 60/61, 6/179 with weights averaged over epochs, 11/179 with the last step alone)',
      minTopic: 0.93,
      minRecall: 0.98,
      maxFalseAlarms: 0.07,
    },
  ],
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
