import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { projectRoot } from '../../src/paths.js';
import { runCli } from '../support/run-cli.js';

/** The `refer --json` contract of DESIGN.md section 6, written out independently of the code. */
const ReferOutput = z
  .object({
    emergency: z.boolean(),
    referrals: z
      .array(
        z
          .object({
            channelId: z.string(),
            name: z.string().min(1),
            contacts: z
              .array(
                z
                  .object({
                    kind: z.enum(['phone', 'web', 'email', 'letter', 'in-person', 'sns']),
                    value: z.string().min(1),
                    hours: z.string().nullable(),
                    cost: z.enum(['free', 'paid']).nullable(),
                    anonymous: z.enum(['yes', 'no', 'unknown']),
                  })
                  .strict(),
              )
              .min(1),
            openNow: z.boolean().nullable(),
            reasons: z.array(z.string().min(1)).min(1),
          })
          .strict(),
      )
      .min(1)
      .max(5),
    notices: z.array(z.string()),
  })
  .strict();

describe('tsunagu refer --json', () => {
  it('prints one JSON document in the contract shape', () => {
    const run = runCli(['refer', '--json', '--role', 'professional', '--topic', 'abuse', '--at', '2026-11-24T10:00:00+09:00']);
    expect(run.status).toBe(0);
    const out = ReferOutput.parse(JSON.parse(run.stdout));
    expect(out.referrals[0]?.channelId).toBe('cgc-189');
    expect(out.referrals[0]?.contacts[0]?.value).toBe('189');
    expect(out.notices.some((n) => n.includes('通告'))).toBe(true);
  });

  it('keeps numbers and open-now marks identical across languages', () => {
    const runs = ['ja', 'en', 'ja-easy'].map((lang) =>
      ReferOutput.parse(JSON.parse(runCli(['refer', '--json', '--role', 'child', '--age', '13', '--topic', 'bullying', '--at', '2026-11-22T23:00', '--lang', lang]).stdout)),
    );
    const facts = runs.map((o) => o.referrals.map((r) => [r.channelId, r.openNow, r.contacts.map((c) => [c.kind, c.kind === 'phone' ? c.value : '', c.cost, c.anonymous])]));
    expect(facts[1]).toEqual(facts[0]);
    expect(facts[2]).toEqual(facts[0]);
    expect(runs[1]!.referrals[0]!.name).not.toEqual(runs[0]!.referrals[0]!.name);
  });

  it('accepts several topics and an emergency', () => {
    const run = runCli(['refer', '--json', '--role', 'bystander', '--topic', 'abuse', '--topic', 'dv', '--urgency', 'emergency']);
    const out = ReferOutput.parse(JSON.parse(run.stdout));
    expect(out.emergency).toBe(true);
    expect(out.referrals[0]?.channelId).toBe('police-110');
  });

  it('prints a readable list with numbers and open-now marks without --json', () => {
    const run = runCli(['refer', '--role', 'child', '--age', '15', '--topic', 'sexual-abuse', '--at', '2026-11-21T23:00', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('189');
    expect(run.stdout).toContain('Open now');
    expect(run.stdout).toMatch(/^1\. /m);
  });
});

describe('bad command-line values', () => {
  const cases: [string, string[], string[]][] = [
    ['an unknown role', ['--role', 'teacher', '--topic', 'abuse'], ['teacher', 'professional']],
    ['an unknown topic', ['--role', 'parent', '--topic', 'grooming'], ['grooming', 'online-grooming']],
    ['an impossible age', ['--role', 'parent', '--topic', 'abuse', '--age', '-3'], ['-3']],
    ['an age that is not a number', ['--role', 'parent', '--topic', 'abuse', '--age', 'ten'], ['ten']],
    ['an --at that is not a date', ['--role', 'parent', '--topic', 'abuse', '--at', 'tomorrow'], ['tomorrow']],
    ['an unknown urgency', ['--role', 'parent', '--topic', 'abuse', '--urgency', 'soon'], ['soon', 'emergency']],
    ['an unknown language', ['--role', 'parent', '--topic', 'abuse', '--lang', 'fr'], ['fr', 'ja-easy']],
  ];
  for (const [what, args, mentions] of cases) {
    it(`rejects ${what} with one stderr line naming it, exit 2`, () => {
      const run = runCli(['refer', '--json', ...args]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      for (const m of mentions) expect(lines[0]).toContain(m);
    });
  }
});

describe('tsunagu directory check', () => {
  it('summarises the directory and exits 0', () => {
    const run = runCli(['directory', 'check', '--json', '--at', '2026-11-23T12:00']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { channels: number; factRows: number; stale: unknown[] };
    expect(report.channels).toBeGreaterThanOrEqual(36);
    expect(report.factRows).toBeGreaterThan(0);
    expect(report.stale).toEqual([]);
  });

  it('flags records past the freshness limit, judged at --at', () => {
    const run = runCli(['directory', 'check', '--json', '--at', '2028-01-01T00:00', '--max-age', '365']);
    const report = JSON.parse(run.stdout) as { stale: { id: string }[] };
    expect(report.stale.map((s) => s.id)).toContain('cgc-189');
  });

  it('fails naming the file, the record and the field of a broken record', () => {
    const copy = mkdtempSync(join(tmpdir(), 'tsunagu-seeds-'));
    cpSync(join(projectRoot(), 'seeds'), copy, { recursive: true });
    const file = join(copy, 'channels', 'childline.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('cost: free', 'cost: cheap'));
    const run = runCli(['directory', 'check', '--seeds', copy]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('childline.yaml');
    expect(run.stderr).toContain('"childline"');
    expect(run.stderr).toContain('contacts.0.cost');
  });

  it('fails when a required channel is missing', () => {
    const copy = mkdtempSync(join(tmpdir(), 'tsunagu-seeds-'));
    cpSync(join(projectRoot(), 'seeds'), copy, { recursive: true });
    rmSync(join(copy, 'channels', 'ihc.yaml'));
    const run = runCli(['directory', 'check', '--seeds', copy]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('"ihc"');
    expect(run.stderr).toContain('required channel is missing');
  });
});
