/**
 * Topic and role recognition on text written without sight of the lexicon (see README.md, "The blind topic set").
 * topic-blind.jsonl: 360 lines, 30 per topic, tune and holdout alternating within each topic. Only the tune half's
 * errors were read while tuning; the holdout half is checked in aggregate only, and this test never prints its
 * lines. topic-tune-2..6.jsonl: five further fresh batches, all tuning lines, each first measured before use.
 * fresh-4.jsonl: a batch by a new hand (topic, role and emergency labels, no split), tuned on after first contact.
 * fresh-5.jsonl: written after that tuning and scored once; never tuned on (README.md, "Fresh batches 4 and 5").
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES, TOPICS } from '../../src/ids.js';
import { defaultSeedsDir } from '../../src/understanding/index.js';
import { metricsOf, parseEvalSet, runEval, selectSplit, type EvalResult } from '../../src/understanding/evaluate.js';
import { lexicon } from './helpers.js';

const read = (name: string) => {
  const path = join(dirname(defaultSeedsDir()), 'test', 'understanding', name);
  return parseEvalSet(readFileSync(path, 'utf8'), path);
};

/** The lines whose topic was misread, one per line, for an assertion's message. */
const topicMisses = (results: readonly EvalResult[]): string =>
  results.filter((r) => r.got.topic !== r.item.topic).map((r) => `${r.got.topic}≠${r.item.topic}: ${r.item.text}`).join('\n');

describe('the blind topic set (topic-blind.jsonl)', () => {
  const items = read('topic-blind.jsonl');
  const results = runEval(items, lexicon());
  const tune = selectSplit(results, 'tune');
  const holdout = selectSplit(results, 'holdout');

  it('has 30 lines per topic, half tune and half holdout, about 60% Japanese and every role', () => {
    expect(items).toHaveLength(360);
    for (const t of TOPICS) {
      const rows = items.filter((i) => i.topic === t);
      expect(rows, t).toHaveLength(30);
      expect(rows.filter((i) => i.split === 'holdout'), t).toHaveLength(15);
      expect(rows.filter((i) => i.split === 'tune'), t).toHaveLength(15);
    }
    const ja = items.filter((i) => i.lang === 'ja').length / items.length;
    expect(ja).toBeGreaterThanOrEqual(0.55);
    expect(ja).toBeLessThanOrEqual(0.65);
    for (const r of ROLES) expect(items.some((i) => i.role === r), r).toBe(true);
    expect(items.some((i) => i.role === null)).toBe(true);
    expect(new Set(items.map((i) => i.text)).size).toBe(items.length);
  });

  it('gets the topic right in at least 95% of the tune half', () => {
    expect(metricsOf(tune).topicAccuracy, topicMisses(tune)).toBeGreaterThanOrEqual(0.95);
  });

  it('gets the topic right in at least 85% of the holdout half (aggregate only)', () => {
    expect(holdout).toHaveLength(180);
    expect(metricsOf(holdout).topicAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('gets the role right in at least 90% of the tune half and 80% of the holdout half', () => {
    expect(metricsOf(tune).roleAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(metricsOf(holdout).roleAccuracy).toBeGreaterThanOrEqual(0.8);
  });
});

describe.each([
  ['topic-tune-2.jsonl', 144],
  ['topic-tune-3.jsonl', 144],
  ['topic-tune-4.jsonl', 144],
  ['topic-tune-5.jsonl', 144],
  ['topic-tune-6.jsonl', 120],
])('the fresh tuning batch %s', (name, size) => {
  const items = read(name);
  const results = runEval(items, lexicon());

  it(`has ${size} tuning lines, the same number per topic`, () => {
    expect(items).toHaveLength(size);
    expect(items.every((i) => i.split === 'tune')).toBe(true);
    for (const t of TOPICS) expect(items.filter((i) => i.topic === t), t).toHaveLength(size / TOPICS.length);
  });

  it('keeps topic accuracy at 95% or more and role accuracy at 90% or more', () => {
    const m = metricsOf(results);
    expect(m.topicAccuracy, topicMisses(results)).toBeGreaterThanOrEqual(0.95);
    expect(m.roleAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the fresh batch fresh-4.jsonl (a new hand; tuned on after first contact)', () => {
  const items = read('fresh-4.jsonl');
  const results = runEval(items, lexicon());

  it('has 240 lines, 20 per topic', () => {
    expect(items).toHaveLength(240);
    for (const t of TOPICS) expect(items.filter((i) => i.topic === t), t).toHaveLength(20);
  });

  it('keeps topic accuracy at 95% or more and role accuracy at 90% or more', () => {
    const m = metricsOf(results);
    expect(m.topicAccuracy, topicMisses(results)).toBeGreaterThanOrEqual(0.95);
    expect(m.roleAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the fresh batch fresh-5.jsonl (scored once, never tuned on)', () => {
  const items = read('fresh-5.jsonl');
  const results = runEval(items, lexicon());

  it('has 240 lines, 20 per topic, 60% Japanese, every role and null', () => {
    expect(items).toHaveLength(240);
    for (const t of TOPICS) expect(items.filter((i) => i.topic === t), t).toHaveLength(20);
    expect(items.filter((i) => i.lang === 'ja')).toHaveLength(144);
    for (const r of ROLES) expect(items.some((i) => i.role === r), r).toBe(true);
    expect(items.some((i) => i.role === null)).toBe(true);
    expect(new Set(items.map((i) => i.text)).size).toBe(items.length);
  });

  // Not a target: a floor a little under the first-contact figures (66.7% topic, 77.1% role), so that a change which
  // makes the lexicon generalise worse is noticed. Raise it only after fresh-5 has been used for tuning.
  it('stays above a floor of 60% topic and 70% role accuracy', () => {
    const m = metricsOf(results);
    expect(m.topicAccuracy).toBeGreaterThanOrEqual(0.6);
    expect(m.roleAccuracy).toBeGreaterThanOrEqual(0.7);
  });
});
