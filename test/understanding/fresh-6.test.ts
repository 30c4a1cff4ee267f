/**
 * fresh-6.jsonl was the measurement set of the previous round (first contact: topic 83.8%, emergency recall 48/52,
 * false alarms 19/188; see README). It has since been folded into tuning and training, and fresh-7 measures now.
 * These bars keep what was reached on it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir, understand } from '../../src/understanding/index.js';
import { lexicon } from './helpers.js';

interface Row {
  text: string;
  lang: 'ja' | 'en';
  topic: string;
  role: string | null;
  emergency: boolean;
}

const rows = readFileSync(join(dirname(defaultSeedsDir()), 'test', 'understanding', 'fresh-6.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row);

describe('fresh-6, folded in after its first-contact measurement', () => {
  const lex = lexicon();
  const out = rows.map((r) => ({ ...r, u: understand(r.text, lex, r.lang) }));

  it('has 240 lines, 20 per topic', () => {
    expect(rows).toHaveLength(240);
    expect(new Set(rows.map((r) => r.topic)).size).toBe(12);
  });

  it('keeps topic accuracy at or above 88%', () => {
    expect(out.filter((r) => r.u.topic === r.topic).length / out.length).toBeGreaterThanOrEqual(0.88);
  });

  it('misses no emergency', () => {
    expect(out.filter((r) => r.emergency && !r.u.emergency).map((r) => r.text)).toEqual([]);
  });

  it('keeps false alarms at or below 6%', () => {
    const calm = out.filter((r) => !r.emergency);
    expect(calm.filter((r) => r.u.emergency).length / calm.length).toBeLessThanOrEqual(0.06);
  });
});
