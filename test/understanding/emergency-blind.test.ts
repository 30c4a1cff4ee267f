/**
 * A second, independently written set (emergency-blind.jsonl): 200 emergencies and 200 ordinary consultations,
 * many of them built to look dangerous. Written without sight of the lexicon; see README.md for how it was used.
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
  split: 'tune' | 'holdout';
}

const rows: Row[] = readFileSync(join(dirname(defaultSeedsDir()), 'test', 'understanding', 'emergency-blind.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row);

describe('the blind emergency set', () => {
  const lex = lexicon();
  const results = rows.map((r) => ({ ...r, got: understand(r.text, lex, r.lang).emergency }));

  it('has 200 emergencies and 200 ordinary consultations', () => {
    expect(rows.filter((r) => r.emergency)).toHaveLength(200);
    expect(rows.filter((r) => !r.emergency)).toHaveLength(200);
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
