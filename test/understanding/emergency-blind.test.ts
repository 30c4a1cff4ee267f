/**
 * Independently written sets, each scored once before its misses were folded in (see README.md): emergencies and
 * ordinary consultations, many of the calm ones built to look dangerous.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { lexicon, readSet } from './helpers.js';

interface Row {
  text: string;
  lang: 'ja' | 'en';
  emergency: boolean;
  split?: 'tune' | 'holdout';
}

describe.each([
  ['emergency-blind.jsonl', 200, 200],
  ['emergency-blind-2.jsonl', 120, 120],
  ['emergency-blind-3.jsonl', 100, 100],
  ['fresh-4.jsonl', 62, 178],
  ['fresh-5.jsonl', 36, 204],
])('the blind emergency set %s', (name, emergencies, calm) => {
  const rows = readSet<Row>(name);
  const lex = lexicon();
  const results = rows.map((r) => ({ ...r, got: understand(r.text, lex, r.lang).emergency }));

  it(`has ${emergencies} emergencies and ${calm} ordinary consultations`, () => {
    expect(rows.filter((r) => r.emergency)).toHaveLength(emergencies);
    expect(rows.filter((r) => !r.emergency)).toHaveLength(calm);
  });

  it('misses no emergency', () => {
    expect(results.filter((r) => r.emergency && !r.got).map((r) => r.text)).toEqual([]);
  });

  it('raises a false alarm on at most 10% of ordinary consultations, tricky ones included', () => {
    const calm = results.filter((r) => !r.emergency);
    const alarms = calm.filter((r) => r.got);
    expect(alarms.length / calm.length).toBeLessThanOrEqual(0.1);
  });
});
