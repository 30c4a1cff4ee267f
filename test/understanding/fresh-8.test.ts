/**
 * fresh-8.jsonl was a measurement set (first contact: topic 84.6%, emergency recall 54/65, false alarms 19/175; see
 * README) and has since been folded into tuning and the topic model's training; fresh-9 measures now. These bars
 * keep what was reached on it.
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

const rows = readFileSync(join(dirname(defaultSeedsDir()), 'test', 'understanding', 'fresh-8.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row);

describe('fresh-8, folded in after its first-contact measurement', () => {
  const lex = lexicon();
  const out = rows.map((r) => ({ ...r, u: understand(r.text, lex, r.lang) }));

  it('has 240 lines, 20 per topic', () => {
    expect(rows).toHaveLength(240);
    expect(new Set(rows.map((r) => r.topic)).size).toBe(12);
  });

  it('keeps topic accuracy at or above 90%', () => {
    expect(out.filter((r) => r.u.topic === r.topic).length / out.length).toBeGreaterThanOrEqual(0.9);
  });

  it('misses no emergency', () => {
    expect(out.filter((r) => r.emergency && !r.u.emergency).map((r) => r.text)).toEqual([]);
  });

  it('keeps false alarms at or below 8%', () => {
    const calm = out.filter((r) => !r.emergency);
    expect(calm.filter((r) => r.u.emergency).length / calm.length).toBeLessThanOrEqual(0.08);
  });
});
