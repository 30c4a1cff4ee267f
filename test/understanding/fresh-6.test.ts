/**
 * fresh-6.jsonl is a measurement set: written last, never trained or tuned on (see README). Its first-contact
 * numbers are the honest estimate of how the understanding does on text nobody has seen. The floors below sit just
 * under those numbers, so a change that generalises worse is noticed; they are not targets to tune towards.
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

describe('fresh-6, measured and never tuned on', () => {
  const lex = lexicon();
  const out = rows.map((r) => ({ ...r, u: understand(r.text, lex, r.lang) }));

  it('has 240 lines, 20 per topic', () => {
    expect(rows).toHaveLength(240);
    expect(new Set(rows.map((r) => r.topic)).size).toBe(12);
  });

  it('keeps topic accuracy at or above 80% (first contact: 83.8%)', () => {
    expect(out.filter((r) => r.u.topic === r.topic).length / out.length).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps emergency recall at or above 90% (first contact: 48/52)', () => {
    const emergencies = out.filter((r) => r.emergency);
    expect(emergencies.filter((r) => r.u.emergency).length / emergencies.length).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps false alarms at or below 12% (first contact: 19/188)', () => {
    const calm = out.filter((r) => !r.emergency);
    expect(calm.filter((r) => r.u.emergency).length / calm.length).toBeLessThanOrEqual(0.12);
  });
});
