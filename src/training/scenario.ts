/**
 * A scenario: a golden conversation written from the seed documents. The same files are tests
 * (test/scenarios) and, later, trainer rehearsals (a trainee plays the steps and is scored).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';
import { Localized } from '../directory/schema.js';
import { LANGS } from '../ids.js';

export const ScenarioStep = z
  .object({
    send: z.union([z.object({ choice: z.string() }).strict(), z.object({ text: z.string() }).strict()]),
    expect: z
      .object({
        ask: z.string().nullable().optional(),
        state: z.string().optional(),
        emergency: z.boolean().optional(),
        referralsInclude: z.array(z.string()).optional(),
        topReferrals: z.array(z.string()).optional(),
        topN: z.number().int().min(1).max(5).optional(),
        messageIncludes: z.array(z.string()).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export const Scenario = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: Localized,
    lang: z.enum(LANGS),
    /** Japan time of the conversation, for open-now. */
    at: z.string(),
    /** Seed lines the expected referrals rest on, cited as NNN:L-M. */
    sources: z.array(z.string().regex(/^\d{3}:\d+(-\d+)?$/)).min(1),
    steps: z.array(ScenarioStep).min(1),
  })
  .strict();
export type Scenario = z.infer<typeof Scenario>;

export function loadScenarios(dir: string): Scenario[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const result = Scenario.safeParse(load(readFileSync(join(dir, f), 'utf8')));
      if (!result.success) {
        const issue = result.error.issues[0]!;
        throw new Error(`${f}: field "${issue.path.join('.')}": ${issue.message}`);
      }
      return result.data;
    });
}
