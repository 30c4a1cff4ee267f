/**
 * Two independently written sets (emergency-blind.jsonl, emergency-blind-2.jsonl): emergencies and ordinary
 * consultations in equal numbers, many of the calm ones built to look dangerous. Written without sight of the lexicon; see README.md for how it was used.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir, understand } from '../../src/understanding/index.js';
import { lexicon } from './helpers.js';

interface Row {
  text: string;
  lang: 'ja' | 'en';
  emergency: boolean;
  split?: 'tune' | 'holdout';
}

const read = (name: string): Row[] =>
  readFileSync(join(dirname(defaultSeedsDir()), 'test', 'understanding', name), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);

describe.each([
  ['emergency-blind.jsonl', 200, 200],
  ['emergency-blind-2.jsonl', 120, 120],
  ['emergency-blind-3.jsonl', 100, 100],
  ['fresh-4.jsonl', 62, 178],
  ['fresh-5.jsonl', 36, 204],
])('the blind emergency set %s', (name, emergencies, calm) => {
  const rows = read(name);
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
