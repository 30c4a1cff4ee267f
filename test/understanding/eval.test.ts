import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES, TOPICS } from '../../src/ids.js';
import { defaultSeedsDir } from '../../src/understanding/index.js';
import { metricsOf, parseEvalSet, runEval, selectSplit, type EvalResult } from '../../src/understanding/evaluate.js';
import { lexicon } from './helpers.js';

const setPath = join(dirname(defaultSeedsDir()), 'test', 'understanding', 'eval-set.jsonl');
const items = parseEvalSet(readFileSync(setPath, 'utf8'), setPath);

describe('the labelled evaluation set', () => {
  it('is large, bilingual, with a holdout part and every topic and role', () => {
    expect(items.length).toBeGreaterThanOrEqual(320);
    expect(items.filter((i) => i.split === 'holdout').length).toBeGreaterThanOrEqual(60);
    expect(items.filter((i) => i.lang === 'ja').length).toBeGreaterThanOrEqual(100);
    expect(items.filter((i) => i.lang === 'en').length).toBeGreaterThanOrEqual(100);
    for (const t of TOPICS) expect(items.filter((i) => i.topic === t).length, t).toBeGreaterThanOrEqual(10);
    for (const r of ROLES) expect(items.filter((i) => i.role === r).length, r).toBeGreaterThanOrEqual(10);
    expect(items.some((i) => i.role === null)).toBe(true);
  });

  it('has about 15-20% emergencies and no duplicate lines', () => {
    const share = items.filter((i) => i.emergency).length / items.length;
    expect(share).toBeGreaterThanOrEqual(0.15);
    expect(share).toBeLessThanOrEqual(0.22);
    expect(new Set(items.map((i) => i.text)).size).toBe(items.length);
  });

  it('rejects a malformed line, naming the line', () => {
    expect(() => parseEvalSet('{"text":"x","lang":"ja","topic":"nope","role":null,"emergency":false}', 'set')).toThrow(/set:1: topic/);
    expect(() => parseEvalSet('\nnot json', 'set')).toThrow(/set:2: not JSON/);
  });
});

describe('metrics', () => {
  it('computes precision, recall, accuracy and false alarms', () => {
    const mk = (topic: 'abuse' | 'dv', got: 'abuse' | 'dv', emergency: boolean, gotEmergency: boolean): EvalResult => ({
      item: { text: 'x', lang: 'ja', topic, role: null, emergency },
      got: { topic: got, role: null, age: null, ageBand: null, urgency: 'routine', emergency: gotEmergency, selfHarm: false, confidence: 0, evidence: [] },
    });
    const m = metricsOf([mk('abuse', 'abuse', true, true), mk('abuse', 'dv', true, false), mk('dv', 'dv', false, true), mk('dv', 'dv', false, false)]);
    expect(m.topicAccuracy).toBe(0.75);
    expect(m.perTopic.abuse).toMatchObject({ support: 2, predicted: 1, precision: 1, recall: 0.5 });
    expect(m.perTopic.dv).toMatchObject({ support: 2, predicted: 3, recall: 1 });
    expect(m.perTopic.dv.precision).toBeCloseTo(2 / 3, 3);
    expect(m.emergencyRecall).toBe(0.5);
    expect(m.emergencyFalseAlarmRate).toBe(0.5);
    expect(m.perTopic.bullying.precision).toBeNull();
  });
});

describe('understanding quality on the labelled set', () => {
  const results = runEval(items, lexicon());
  const all = metricsOf(results);

  it('finds every emergency (recall 100% over the whole set)', () => {
    const missed = results.filter((r) => r.item.emergency && !r.got.emergency).map((r) => r.item.text);
    expect(missed).toEqual([]);
    expect(all.emergencyRecall).toBe(1);
  });

  it('raises at most 5% false emergencies', () => {
    expect(all.emergencyFalseAlarmRate).not.toBeNull();
    expect(all.emergencyFalseAlarmRate ?? 1).toBeLessThanOrEqual(0.05);
  });

  it('gets the topic right in at least 90% of lines', () => {
    expect(all.topicAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the holdout part honest: topic accuracy at least 80%, role accuracy at least 80%', () => {
    const holdout = metricsOf(selectSplit(results, 'holdout'));
    expect(holdout.n).toBeGreaterThanOrEqual(60);
    expect(holdout.topicAccuracy).toBeGreaterThanOrEqual(0.8);
    expect(holdout.roleAccuracy).toBeGreaterThanOrEqual(0.8);
  });
});
