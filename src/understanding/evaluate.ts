/**
 * Evaluation of understand() against a labelled set (test/understanding/eval-set.jsonl): per-topic precision and
 * recall, topic and role accuracy, emergency recall and false-alarm rate, age accuracy. Used by the evaluation
 * test and by src/tools/eval-understanding.ts. Pure: no file access, no output.
 */
import { z } from 'zod';
import { bandOfAge, ROLES, TOPICS, type Topic } from '../ids.js';
import { understand, type Understanding } from './index.js';
import type { Lexicon } from './lexicon.js';

export const EvalItemSchema = z
  .object({
    text: z.string().min(1),
    lang: z.enum(['ja', 'en']),
    topic: z.enum(TOPICS),
    role: z.enum(ROLES).nullable(),
    emergency: z.boolean(),
    age: z.number().int().min(0).max(120).optional(),
    split: z.enum(['tune', 'holdout']).optional(),
  })
  .strict();
export type EvalItem = z.infer<typeof EvalItemSchema>;

/** Parses JSON Lines against `schema`; throws naming the source, the line and the field of the first bad line. */
export function parseJsonLines<S extends z.ZodType>(schema: S, jsonl: string, source: string): z.infer<S>[] {
  const items: z.infer<S>[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new Error(`${source}:${i + 1}: not JSON: ${(err as Error).message}`);
    }
    const r = schema.safeParse(raw);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new Error(`${source}:${i + 1}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    items.push(r.data);
  });
  return items;
}

/** Parses a labelled set (JSON Lines of EvalItem). */
export const parseEvalSet = (jsonl: string, source = 'eval set'): EvalItem[] => parseJsonLines(EvalItemSchema, jsonl, source);

export interface TopicMetrics {
  readonly support: number;
  readonly predicted: number;
  readonly correct: number;
  /** null when nothing was predicted as this topic. */
  readonly precision: number | null;
  /** null when the set has no line of this topic. */
  readonly recall: number | null;
}

export interface Metrics {
  readonly n: number;
  readonly topicAccuracy: number;
  readonly perTopic: Readonly<Record<Topic, TopicMetrics>>;
  readonly roleAccuracy: number;
  readonly emergencyPositives: number;
  readonly emergencyNegatives: number;
  readonly emergencyRecall: number | null;
  readonly emergencyFalseAlarmRate: number | null;
  readonly ageLabelled: number;
  readonly ageAccuracy: number | null;
  readonly ageBandAccuracy: number | null;
}

export interface EvalResult {
  readonly item: EvalItem;
  readonly got: Understanding;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 10000) / 10000);

export function runEval(items: readonly EvalItem[], lexicon: Lexicon): EvalResult[] {
  return items.map((item) => ({ item, got: understand(item.text, lexicon, item.lang) }));
}

export function metricsOf(results: readonly EvalResult[]): Metrics {
  const perTopic = {} as Record<Topic, TopicMetrics>;
  for (const t of TOPICS) {
    const support = results.filter((r) => r.item.topic === t).length;
    const predicted = results.filter((r) => r.got.topic === t).length;
    const correct = results.filter((r) => r.item.topic === t && r.got.topic === t).length;
    perTopic[t] = { support, predicted, correct, precision: ratio(correct, predicted), recall: ratio(correct, support) };
  }
  const pos = results.filter((r) => r.item.emergency);
  const neg = results.filter((r) => !r.item.emergency);
  const aged = results.filter((r) => r.item.age !== undefined);
  return {
    n: results.length,
    topicAccuracy: ratio(results.filter((r) => r.got.topic === r.item.topic).length, results.length) ?? 0,
    perTopic,
    roleAccuracy: ratio(results.filter((r) => r.got.role === r.item.role).length, results.length) ?? 0,
    emergencyPositives: pos.length,
    emergencyNegatives: neg.length,
    emergencyRecall: ratio(pos.filter((r) => r.got.emergency).length, pos.length),
    emergencyFalseAlarmRate: ratio(neg.filter((r) => r.got.emergency).length, neg.length),
    ageLabelled: aged.length,
    ageAccuracy: ratio(aged.filter((r) => r.got.age === r.item.age).length, aged.length),
    ageBandAccuracy: ratio(
      aged.filter((r) => r.got.ageBand !== null && r.item.age !== undefined && r.got.ageBand === bandOfAge(r.item.age)).length,
      aged.length,
    ),
  };
}

export type Split = 'tune' | 'holdout' | 'all';

export function splitOf(item: EvalItem): 'tune' | 'holdout' {
  return item.split === 'holdout' ? 'holdout' : 'tune';
}

export function selectSplit(results: readonly EvalResult[], split: Split): EvalResult[] {
  return split === 'all' ? [...results] : results.filter((r) => splitOf(r.item) === split);
}
