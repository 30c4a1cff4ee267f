/**
 * The learned layer: two linear models over the same text features (features.ts), trained from the labelled sets
 * in test/understanding by `npm run train:model` and stored in seeds/lexicon.
 *   - emergency: logistic regression, the probability that a message is an emergency;
 *   - topic: softmax regression over the topics.
 * Two files: learned-model.json (the features, biases, scales and the settings that say how the answers combine with
 * the word lists: floor, minEvidence, override) and learned-model.weights (signed bytes, one scale per model, raw so
 * that the files stay small for a fast command line: the emergency weights, one per feature, then the topic weights,
 * features x classes). understand() applies them. Deterministic: the same sets and normalisation always give the same
 * files (a test checks).
 */
import { z } from 'zod';
import { TOPICS, type Topic } from '../ids.js';

export const LearnedModelFile = z
  .object({
    version: z.literal(2),
    /** Feature strings (features.ts); a model's weights follow this order. */
    features: z.array(z.string()),
    emergency: z
      .object({
        bias: z.number(),
        scale: z.number().positive(),
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
        /** The same when the message says now, just now or tonight (risk.yaml cues `now`, `just-now`): less is needed. */
        minEvidenceWhenNow: z.number(),
      })
      .strict(),
    topic: z
      .object({
        classes: z.array(z.enum(TOPICS)).min(2),
        bias: z.array(z.number()),
        scale: z.number().positive(),
        /** When the word lists are sure, the model overrides them only at or above this probability. */
        override: z.number().min(0).max(1),
      })
      .strict(),
    /** What the model was trained on, for the README and the staleness test. */
    training: z.object({ sets: z.array(z.string()), rows: z.number().int().nonnegative() }).strict(),
  })
  .strict()
  .refine((m) => m.topic.bias.length === m.topic.classes.length, { message: 'topic.bias: one per class', path: ['topic', 'bias'] });
export type LearnedModelHeader = z.infer<typeof LearnedModelFile>;

/** A whole model: the header and its weights. */
export interface LearnedModelData extends LearnedModelHeader {
  /** One signed byte per feature. */
  readonly emergencyWeights: Int8Array;
  /** Signed bytes, feature-major: features x classes. */
  readonly topicWeights: Int8Array;
}

/** A loaded model with its feature index. */
export interface LearnedModel {
  readonly data: LearnedModelData;
  readonly index: ReadonlyMap<string, number>;
}

/** The two files' contents: learned-model.json and learned-model.weights. */
export function packLearnedModel(model: LearnedModelData): { header: string; weights: Uint8Array } {
  const { emergencyWeights, topicWeights, ...header } = model;
  const weights = new Uint8Array(emergencyWeights.length + topicWeights.length);
  weights.set(new Uint8Array(emergencyWeights.buffer, emergencyWeights.byteOffset, emergencyWeights.length));
  weights.set(new Uint8Array(topicWeights.buffer, topicWeights.byteOffset, topicWeights.length), emergencyWeights.length);
  return { header: `${JSON.stringify(header)}\n`, weights };
}

/** Joins a validated header and its weights file; throws when the weights do not match the feature list. */
export function unpackLearnedModel(header: LearnedModelHeader, weights: Uint8Array): LearnedModelData {
  const n = header.features.length;
  const expected = n * (1 + header.topic.classes.length);
  if (weights.length !== expected) throw new Error(`expected ${expected} bytes for ${n} features, found ${weights.length}`);
  const bytes = new Int8Array(weights.buffer, weights.byteOffset, weights.length);
  return { ...header, emergencyWeights: bytes.subarray(0, n), topicWeights: bytes.subarray(n) };
}

export function compileLearnedModel(data: LearnedModelData): LearnedModel {
  return { data, index: new Map(data.features.map((f, i) => [f, i])) };
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
  for (const i of ids) sum += model.data.emergencyWeights[i]!;
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
  for (const i of ids) for (let c = 0; c < k; c++) sums[c]! += model.data.topicWeights[i * k + c]!;
  const z = sums.map((s, c) => bias[c]! + scale * s * norm);
  const best = z.reduce((b, v, c) => (v > z[b]! ? c : b), 0);
  const total = z.reduce((t, v) => t + Math.exp(v - z[best]!), 0);
  return { topic: classes[best]!, p: 1 / total };
}
