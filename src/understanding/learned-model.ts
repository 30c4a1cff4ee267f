/**
 * The learned layer: two linear models over the same text features (features.ts), trained from the labelled sets
 * in test/understanding by `npm run train:model` and stored as seeds/lexicon/learned-model.json.
 *   - emergency: logistic regression, the probability that a message is an emergency;
 *   - topic: softmax regression over the topics.
 * Weights are stored as signed bytes (base64), one scale per model, so that the file stays small for a fast
 * command line. How the answers combine with the word lists (floor, minEvidence, override) is data in the same file; understand()
 * applies it. Deterministic: the same sets and normalisation always give the same file (a test checks).
 */
import { z } from 'zod';
import { TOPICS, type Topic } from '../ids.js';

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');

export const LearnedModelFile = z
  .object({
    version: z.literal(1),
    /** Feature strings (features.ts); a model's weights follow this order. */
    features: z.array(z.string()),
    emergency: z
      .object({
        bias: z.number(),
        scale: z.number().positive(),
        /** One signed byte per feature. */
        weights: Base64,
        /** A word-list emergency stands unless the probability is below this (the model's veto on clear false alarms). */
        floor: z.number().min(0).max(1),
        /**
         * The model alone raises an emergency when the message itself adds at least this much to the log-odds (the
         * bias, the share of emergencies in training, left out): a message with nothing the model knows (empty,
         * small talk, another script) never does.
         */
        minEvidence: z.number(),
        /** The same when the word lists find nothing at all in the message (small talk, odd input). */
        minEvidenceWithoutWords: z.number(),
      })
      .strict(),
    topic: z
      .object({
        classes: z.array(z.enum(TOPICS)).min(2),
        bias: z.array(z.number()),
        scale: z.number().positive(),
        /** Signed bytes, feature-major: features x classes. */
        weights: Base64,
        /** When the word lists are sure, the model overrides them only at or above this probability. */
        override: z.number().min(0).max(1),
      })
      .strict(),
    /** What the model was trained on, for the README and the staleness test. */
    training: z.object({ sets: z.array(z.string()), rows: z.number().int().nonnegative() }).strict(),
  })
  .strict()
  .refine((m) => m.topic.bias.length === m.topic.classes.length, { message: 'topic.bias: one per class', path: ['topic', 'bias'] });
export type LearnedModelData = z.infer<typeof LearnedModelFile>;

/** A loaded model: decoded weights and a feature index. */
export interface LearnedModel {
  readonly data: LearnedModelData;
  readonly index: ReadonlyMap<string, number>;
  readonly emergencyWeights: Int8Array;
  readonly topicWeights: Int8Array;
}

const bytes = (base64: string): Int8Array => {
  const buf = Buffer.from(base64, 'base64');
  return new Int8Array(buf.buffer, buf.byteOffset, buf.length);
};

/** Decodes a validated file; throws naming the part whose length does not match the feature list. */
export function compileLearnedModel(data: LearnedModelData): LearnedModel {
  const emergencyWeights = bytes(data.emergency.weights);
  const topicWeights = bytes(data.topic.weights);
  const n = data.features.length;
  if (emergencyWeights.length !== n) throw new Error(`emergency.weights: expected ${n} bytes, found ${emergencyWeights.length}`);
  if (topicWeights.length !== n * data.topic.classes.length) {
    throw new Error(`topic.weights: expected ${n * data.topic.classes.length} bytes, found ${topicWeights.length}`);
  }
  return { data, index: new Map(data.features.map((f, i) => [f, i])), emergencyWeights, topicWeights };
}

/** Known feature indices of a message, and the length normaliser (every feature of the message counts). */
function known(model: LearnedModel, features: readonly string[]): { ids: number[]; norm: number } {
  const ids: number[] = [];
  for (const f of features) {
    const i = model.index.get(f);
    if (i !== undefined) ids.push(i);
  }
  return { ids, norm: features.length > 0 ? 1 / Math.sqrt(features.length) : 0 };
}

export interface EmergencyScore {
  /** Probability that the message is an emergency. */
  readonly p: number;
  /** What the message's own features add to the log-odds (the bias left out). */
  readonly evidence: number;
}

export function scoreEmergency(model: LearnedModel, features: readonly string[]): EmergencyScore {
  const { ids, norm } = known(model, features);
  let sum = 0;
  for (const i of ids) sum += model.emergencyWeights[i]!;
  const evidence = model.data.emergency.scale * sum * norm;
  return { p: 1 / (1 + Math.exp(-(model.data.emergency.bias + evidence))), evidence };
}

export interface TopicGuess {
  readonly topic: Topic;
  /** Probability of the best topic. */
  readonly p: number;
}

export function guessTopic(model: LearnedModel, features: readonly string[]): TopicGuess {
  const { classes, bias, scale } = model.data.topic;
  const k = classes.length;
  const { ids, norm } = known(model, features);
  const sums = new Array<number>(k).fill(0);
  for (const i of ids) for (let c = 0; c < k; c++) sums[c]! += model.topicWeights[i * k + c]!;
  const z = sums.map((s, c) => bias[c]! + scale * s * norm);
  const best = z.reduce((b, v, c) => (v > z[b]! ? c : b), 0);
  const total = z.reduce((t, v) => t + Math.exp(v - z[best]!), 0);
  return { topic: classes[best]!, p: 1 / total };
}
