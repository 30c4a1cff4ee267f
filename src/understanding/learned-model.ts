/**
 * The learned layer: two linear models over the same text features (features.ts), trained from the labelled sets
 * in test/understanding by `npm run train:model` and stored in seeds/lexicon.
 *   - emergency: logistic regression, the probability that a message is an emergency;
 *   - topic: softmax regression over the topics.
 * Two files: learned-model.json (biases, scales, the settings that say how the answers combine with the word lists:
 * floor, minEvidence, override; and what the model was trained on) and learned-model.bin.gz (gzip, so that the
 * dictionary stays small for a fast command line: the feature strings, one per line, a zero byte, then signed bytes
 * with one scale per model: the emergency weights, one per feature, then the topic weights, features x classes).
 * understand() applies them. Deterministic: the same sets and normalisation always give the same model (a test checks).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { TOPICS, type Topic } from '../ids.js';

export const LearnedModelFile = z
  .object({
    version: z.literal(3),
    /** How many features (features.ts) the binary file lists; the weights follow their order. */
    featureCount: z.number().int().nonnegative(),
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
        /**
         * Nor on a message shorter than this many characters unless the word lists see a danger or a risk cue other
         * than "now": short messages give the model too little to go on, and small talk is short ("今から塾").
         */
        minCharacters: z.number().int().nonnegative(),
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

/** A whole model: the header, its features and its weights. */
export interface LearnedModelData extends Omit<LearnedModelHeader, 'featureCount'> {
  /** Feature strings (features.ts); the weights follow this order. */
  readonly features: readonly string[];
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

/** Ends the feature list in the binary file; a feature never holds it nor a line break. */
const END_OF_FEATURES = 0;

/** The two files' contents: learned-model.json and learned-model.bin.gz (unzipped: `body`, which a test compares). */
export function packLearnedModel(model: LearnedModelData): { header: string; body: Uint8Array; binary: Uint8Array } {
  const { emergencyWeights, topicWeights, features, version, ...rest } = model;
  const bad = features.find((f) => f.includes('\n') || f.includes('\0'));
  if (bad !== undefined) throw new Error(`feature ${JSON.stringify(bad)} holds a line break or a zero byte`);
  const names = Buffer.from(features.join('\n'), 'utf8');
  const body = new Uint8Array(names.length + 1 + emergencyWeights.length + topicWeights.length);
  body.set(names);
  body[names.length] = END_OF_FEATURES;
  body.set(new Uint8Array(emergencyWeights.buffer, emergencyWeights.byteOffset, emergencyWeights.length), names.length + 1);
  body.set(new Uint8Array(topicWeights.buffer, topicWeights.byteOffset, topicWeights.length), names.length + 1 + emergencyWeights.length);
  const header: LearnedModelHeader = { version, featureCount: features.length, ...rest };
  return { header: `${JSON.stringify(header)}\n`, body, binary: gzipSync(body, { level: 9 }) };
}

/** The unzipped binary file (body) of a model. */
export function unzipLearnedModel(binary: Uint8Array): Uint8Array {
  try {
    return gunzipSync(binary);
  } catch (err) {
    throw new Error(`not a gzip file: ${(err as Error).message}`);
  }
}

/** Joins a validated header and the unzipped binary file; throws when they do not match. */
export function unpackLearnedModel(header: LearnedModelHeader, body: Uint8Array): LearnedModelData {
  const end = body.indexOf(END_OF_FEATURES);
  if (end < 0) throw new Error('no end to the feature list');
  const features = end === 0 ? [] : Buffer.from(body.buffer, body.byteOffset, end).toString('utf8').split('\n');
  const n = header.featureCount;
  if (features.length !== n) throw new Error(`expected ${n} features, found ${features.length}`);
  const expected = n * (1 + header.topic.classes.length);
  const found = body.length - end - 1;
  if (found !== expected) throw new Error(`expected ${expected} weight bytes for ${n} features, found ${found}`);
  const bytes = new Int8Array(body.buffer, body.byteOffset + end + 1, found);
  const { featureCount: _count, ...rest } = header;
  return { ...rest, features, emergencyWeights: bytes.subarray(0, n), topicWeights: bytes.subarray(n) };
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
