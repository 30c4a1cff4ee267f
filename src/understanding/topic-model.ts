/**
 * A small naive Bayes topic model over character 2-3-grams (and English words) of the normalised text, trained
 * from the labelled sets in test/understanding by `npm run train:topic-model` and stored as
 * seeds/lexicon/topic-model.json. The lexicon decides when it is sure; the model answers when the lexicon finds
 * nothing or little, because word lists do not generalise to wordings they have never seen (see the README in
 * test/understanding for the measurements). Deterministic: the same data always gives the same model.
 */
import { z } from 'zod';
import { TOPICS, type Topic } from '../ids.js';

export const TopicModelFile = z
  .object({
    version: z.literal(1),
    classes: z.array(z.enum(TOPICS)).min(2),
    /** Training documents per class. */
    docs: z.array(z.number().int().nonnegative()),
    /** Feature occurrences per class (after pruning). */
    totals: z.array(z.number().int().nonnegative()),
    vocabulary: z.number().int().positive(),
    /**
     * feature -> [class index, count, class index, count, ...] (sparse). Checked by one loop in
     * `validFeatures` rather than by zod, which would take longer than the rest of a CLI run.
     */
    features: z.custom<Record<string, number[]>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && validFeatures(v as Record<string, unknown>), {
      message: 'expected [class, count, ...] arrays of whole numbers',
    }),
  })
  .strict();

function validFeatures(features: Record<string, unknown>): boolean {
  for (const value of Object.values(features)) {
    if (!Array.isArray(value) || value.length % 2 !== 0) return false;
    for (const n of value) if (!Number.isInteger(n) || n < 0) return false;
  }
  return true;
}
export type TopicModel = z.infer<typeof TopicModelFile>;

/** Character 2- and 3-grams of the normalised text, plus English words of three letters or more; each once. */
export function ngramFeatures(normalised: string): string[] {
  const text = normalised.replace(/\s+/g, ' ');
  const out = new Set<string>();
  for (let k = 2; k <= 3; k++) {
    for (let i = 0; i + k <= text.length; i++) {
      const gram = text.slice(i, i + k);
      if (gram.trim().length === k) out.add(gram);
    }
  }
  for (const word of text.split(/[^a-z0-9]+/)) if (word.length > 2) out.add(`w:${word}`);
  return [...out];
}

export function trainTopicModel(rows: readonly { normalised: string; topic: Topic }[], minCount = 2): TopicModel {
  const classes = TOPICS.filter((t) => rows.some((r) => r.topic === t));
  const index = new Map(classes.map((c, i) => [c, i]));
  const docs = classes.map(() => 0);
  const perFeature = new Map<string, number[]>();
  for (const row of rows) {
    const c = index.get(row.topic)!;
    docs[c]! += 1;
    for (const f of ngramFeatures(row.normalised)) {
      const counts = perFeature.get(f) ?? classes.map(() => 0);
      counts[c]! += 1;
      perFeature.set(f, counts);
    }
  }
  const kept = [...perFeature.entries()].filter(([, counts]) => counts.reduce((a, b) => a + b, 0) >= minCount).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const totals = classes.map((_, c) => kept.reduce((n, [, counts]) => n + counts[c]!, 0));
  const features: Record<string, number[]> = {};
  for (const [f, counts] of kept) features[f] = counts.flatMap((n, c) => (n > 0 ? [c, n] : []));
  return { version: 1, classes, docs, totals, vocabulary: kept.length, features };
}

export interface TopicGuess {
  topic: Topic;
  /** Posterior probability of the best class. */
  p: number;
}

export function classifyWithModel(model: TopicModel, normalised: string): TopicGuess {
  const nDocs = model.docs.reduce((a, b) => a + b, 0);
  const scores = model.classes.map((_, c) => Math.log(model.docs[c]! / nDocs));
  for (const f of ngramFeatures(normalised)) {
    const sparse = model.features[f];
    if (!sparse) continue;
    const counts = new Map<number, number>();
    for (let i = 0; i < sparse.length; i += 2) counts.set(sparse[i]!, sparse[i + 1]!);
    model.classes.forEach((_, c) => {
      scores[c]! += Math.log(((counts.get(c) ?? 0) + 1) / (model.totals[c]! + model.vocabulary));
    });
  }
  const best = scores.reduce((b, s, i) => (s > scores[b]! ? i : b), 0);
  const z = scores.reduce((sum, s) => sum + Math.exp(s - scores[best]!), 0);
  return { topic: model.classes[best]!, p: 1 / z };
}
