/**
 * Generalisation, measured honestly: each of the newest fresh sets is left out of the learned model's training in turn and measured with a model trained on the rest. This is
 * how the whole understanding does on wordings it has never seen; the bars sit just under what was measured
 * (README: "The learned layer"), so a change that generalises worse fails here even when every set it was trained
 * on still passes.
 */
import { describe, expect, it } from 'vitest';
import { crossValidate } from '../../src/tools/cross-validate.js';

const HELD_OUT = ['fresh-9', 'fresh-10', 'fresh-11', 'fresh-12', 'fresh-13', 'fresh-14', 'fresh-15', 'fresh-16', 'fresh-17'].map((s) => `${s}.jsonl`);

describe('leave-one-set-out cross-validation on fresh-9 to fresh-17', () => {
  const folds = crossValidate(HELD_OUT);
  const total = (f: (m: (typeof folds)[number]['metrics']) => number) => folds.reduce((n, r) => n + f(r.metrics), 0);
  const positives = total((m) => m.emergencyPositives);
  const negatives = total((m) => m.emergencyNegatives);
  const found = total((m) => (m.emergencyRecall ?? 0) * m.emergencyPositives);
  const alarms = total((m) => (m.emergencyFalseAlarmRate ?? 0) * m.emergencyNegatives);
  const right = total((m) => m.topicAccuracy * m.n);

  it('gets the topic right at least 92% of the time on sets it never saw', () => {
    expect(right / total((m) => m.n)).toBeGreaterThanOrEqual(0.92);
    for (const f of folds) expect(f.metrics.topicAccuracy, f.set).toBeGreaterThanOrEqual(0.9);
  });

  it('finds at least 99% of the emergencies in sets it never saw', () => {
    expect(Math.round(found) / positives).toBeGreaterThanOrEqual(0.99);
  });

  it('raises at most 9% false alarms there (DESIGN.md section 7 allows 10%), and no set more than 12%', () => {
    expect(Math.round(alarms) / negatives).toBeLessThanOrEqual(0.09);
    // fresh-11 is at 11.2% since train-contrast-9 (half emergencies) joined the training data.
    for (const f of folds) expect(f.metrics.emergencyFalseAlarmRate, f.set).toBeLessThanOrEqual(0.12);
  });
});
