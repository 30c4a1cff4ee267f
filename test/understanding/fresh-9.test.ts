/**
 * fresh-9.jsonl is the current measurement set: written after every change so far, never trained or tuned on
 * (see README). Its first-contact numbers are the honest estimate on text nobody has seen. The floors sit just under
 * them so that a change which generalises worse is noticed; they are not targets to tune towards.
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

const rows = readFileSync(join(dirname(defaultSeedsDir()), 'test', 'understanding', 'fresh-9.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row);

describe('fresh-9, measured and never tuned on', () => {
  const lex = lexicon();
  const out = rows.map((r) => ({ ...r, u: understand(r.text, lex, r.lang) }));

  it('has 240 lines, 20 per topic', () => {
    expect(rows).toHaveLength(240);
    expect(new Set(rows.map((r) => r.topic)).size).toBe(12);
  });

  it('keeps topic accuracy at or above 82% (first contact: 84.2%)', () => {
    expect(out.filter((r) => r.u.topic === r.topic).length / out.length).toBeGreaterThanOrEqual(0.82);
  });

  it('keeps emergency recall at or above 85% (first contact: 55/62)', () => {
    const emergencies = out.filter((r) => r.emergency);
    expect(emergencies.filter((r) => r.u.emergency).length / emergencies.length).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps false alarms at or below 10% (first contact: 14/178)', () => {
    const calm = out.filter((r) => !r.emergency);
    expect(calm.filter((r) => r.u.emergency).length / calm.length).toBeLessThanOrEqual(0.1);
  });
});
