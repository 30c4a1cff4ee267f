/**
 * Training the learned layer (learned-model.ts): logistic and softmax regression over text features, fitted with
 * AdaGrad and an L2 penalty, examples visited in a seeded order; the weights kept are the average of the ends of the
 * last epochs, not the last step alone (the last step depends on which examples happened to come last: one more set
 * could move false alarms by a fifth). Pure and deterministic: the same rows and settings always give the same bytes.
 * Used by `npm run train:model` and by the cross-validation tool; never at run time.
 */
import type { Topic } from '../ids.js';
import type { LearnedModelData } from './learned-model.js';

export interface TrainingRow {
  readonly features: readonly string[];
  /** null: the line is labelled for emergency only. */
  readonly topic: Topic | null;
  readonly emergency: boolean;
}

export interface TrainingSettings {
  readonly epochs: number;
  /** The weights kept are the average of the weights at the end of this many last epochs. */
  readonly averagedEpochs: number;
  readonly l2: number;
  readonly learningRate: number;
  /** Features seen in fewer training messages are left out. */
  readonly minMessages: number;
  /** Stored weights smaller than this many steps of the byte scale are dropped (keeps the file small). */
  readonly minBytes: number;
  readonly emergencyFloor: number;
  readonly emergencyMinEvidence: number;
  readonly emergencyMinEvidenceWithoutWords: number;
  readonly emergencyMinEvidenceWhenNow: number;
  readonly emergencyMinCharacters: number;
  readonly topicOverride: number;
}

/**
 * Chosen by leaving each fresh set out in turn and measuring on it (test/understanding/README.md): strong L2 and few
 * epochs generalise best to wordings never seen; the emergency settings favour recall within a false-alarm budget.
 */
export const DEFAULT_SETTINGS: TrainingSettings = {
  epochs: 12,
  averagedEpochs: 6,
  l2: 3e-3,
  learningRate: 0.2,
  minMessages: 3,
  minBytes: 1,
  emergencyFloor: 0.1,
  emergencyMinEvidence: 0.4,
  emergencyMinEvidenceWithoutWords: 0.6,
  emergencyMinEvidenceWhenNow: 0.2,
  emergencyMinCharacters: 15,
  topicOverride: 0.55,
};

/** A deterministic pseudo-random sequence in [0, 1). */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

function shuffled(n: number, next: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

interface Encoded {
  readonly vocabulary: readonly string[];
  readonly ids: readonly (readonly number[])[];
  readonly norms: readonly number[];
}

function encode(rows: readonly TrainingRow[], minMessages: number): Encoded {
  const df = new Map<string, number>();
  for (const row of rows) for (const f of row.features) df.set(f, (df.get(f) ?? 0) + 1);
  const vocabulary = [...df].filter(([, n]) => n >= minMessages).map(([f]) => f).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  return {
    vocabulary,
    ids: rows.map((r) => r.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : []))),
    norms: rows.map((r) => (r.features.length > 0 ? 1 / Math.sqrt(r.features.length) : 0)),
  };
}

/** The average of `w` at the end of the last `averagedEpochs` epochs (all of them when there are fewer). */
function epochAverage(w: Float64Array, s: TrainingSettings): { endOfEpoch(epoch: number): void; result(): Float64Array } {
  const counted = Math.max(1, Math.min(s.averagedEpochs, s.epochs));
  const sum = new Float64Array(w.length);
  return {
    endOfEpoch(epoch) {
      if (epoch < s.epochs - counted) return;
      for (let i = 0; i < w.length; i++) sum[i]! += w[i]!;
    },
    result: () => sum.map((x) => x / counted),
  };
}

/** One AdaGrad step on weight `i` with gradient `g` (the L2 term added here). */
function step(w: Float64Array, g2: Float64Array, i: number, g: number, s: TrainingSettings, penalise: boolean): void {
  const grad = penalise ? g + s.l2 * w[i]! : g;
  g2[i]! += grad * grad;
  w[i]! -= (s.learningRate / Math.sqrt(g2[i]!)) * grad;
}

/** Logistic regression; returns the weights per vocabulary feature and the bias (the last element). */
export function fitBinary(enc: Encoded, labels: readonly boolean[], s: TrainingSettings): Float64Array {
  const v = enc.vocabulary.length;
  const w = new Float64Array(v + 1);
  const g2 = new Float64Array(v + 1).fill(1e-8);
  const next = sequence(7);
  const average = epochAverage(w, s);
  for (let e = 0; e < s.epochs; e++) {
    for (const r of shuffled(labels.length, next)) {
      const ids = enc.ids[r]!;
      const norm = enc.norms[r]!;
      let z = w[v]!;
      for (const i of ids) z += w[i]! * norm;
      const g = 1 / (1 + Math.exp(-z)) - (labels[r] ? 1 : 0);
      for (const i of ids) step(w, g2, i, g * norm, s, true);
      step(w, g2, v, g, s, false);
    }
    average.endOfEpoch(e);
  }
  return average.result();
}

/** Softmax regression; weights feature-major (feature x class), then one bias per class. Rows labelled -1 are skipped. */
export function fitSoftmax(enc: Encoded, labels: readonly number[], classes: number, s: TrainingSettings): Float64Array {
  const v = enc.vocabulary.length;
  const w = new Float64Array((v + 1) * classes);
  const g2 = new Float64Array((v + 1) * classes).fill(1e-8);
  const next = sequence(11);
  const z = new Float64Array(classes);
  const average = epochAverage(w, s);
  for (let e = 0; e < s.epochs; e++) {
    for (const r of shuffled(labels.length, next)) {
      if (labels[r]! < 0) continue;
      const ids = enc.ids[r]!;
      const norm = enc.norms[r]!;
      for (let c = 0; c < classes; c++) z[c] = w[v * classes + c]!;
      for (const i of ids) for (let c = 0; c < classes; c++) z[c]! += w[i * classes + c]! * norm;
      const max = Math.max(...z);
      let total = 0;
      for (let c = 0; c < classes; c++) total += (z[c] = Math.exp(z[c]! - max));
      for (let c = 0; c < classes; c++) {
        const g = z[c]! / total - (labels[r] === c ? 1 : 0);
        for (const i of ids) step(w, g2, i * classes + c, g * norm, s, true);
        step(w, g2, v * classes + c, g, s, false);
      }
    }
    average.endOfEpoch(e);
  }
  return average.result();
}

/** Signed bytes with one scale: weight ~ scale * byte; bytes below `minBytes` in size become 0. */
function quantise(weights: ArrayLike<number>, minBytes: number): { scale: number; bytes: Int8Array } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]!));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const b = Math.round(weights[i]! / scale);
    bytes[i] = Math.abs(b) >= minBytes ? b : 0;
  }
  return { scale, bytes };
}

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Trains both models and packs them into the file format, leaving out features whose every weight rounds to 0. */
export function trainLearnedModel(
  rows: readonly TrainingRow[],
  topics: readonly Topic[],
  sets: readonly string[],
  s: TrainingSettings = DEFAULT_SETTINGS,
): LearnedModelData {
  const classes = topics.filter((t) => rows.some((r) => r.topic === t));
  const enc = encode(rows, s.minMessages);
  const v = enc.vocabulary.length;
  const k = classes.length;
  const em = fitBinary(enc, rows.map((r) => r.emergency), s);
  const tp = fitSoftmax(enc, rows.map((r) => (r.topic === null ? -1 : classes.indexOf(r.topic))), k, s);
  const emQ = quantise(em.subarray(0, v), s.minBytes);
  const tpQ = quantise(tp.subarray(0, v * k), s.minBytes);
  const keep = enc.vocabulary.flatMap((_, i) => (emQ.bytes[i] !== 0 || tpQ.bytes.subarray(i * k, (i + 1) * k).some((b) => b !== 0) ? [i] : []));
  const emBytes = Int8Array.from(keep, (i) => emQ.bytes[i]!);
  const tpBytes = new Int8Array(keep.length * k);
  keep.forEach((i, j) => tpBytes.set(tpQ.bytes.subarray(i * k, (i + 1) * k), j * k));
  return {
    version: 3,
    features: keep.map((i) => enc.vocabulary[i]!),
    emergency: {
      bias: round6(em[v]!),
      scale: emQ.scale,
      floor: s.emergencyFloor,
      minEvidence: s.emergencyMinEvidence,
      minEvidenceWithoutWords: s.emergencyMinEvidenceWithoutWords,
      minEvidenceWhenNow: s.emergencyMinEvidenceWhenNow,
      minCharacters: s.emergencyMinCharacters,
    },
    topic: {
      classes,
      bias: Array.from(tp.subarray(v * k), round6),
      scale: tpQ.scale,
      override: s.topicOverride,
    },
    training: { sets: [...sets], rows: rows.length },
    emergencyWeights: emBytes,
    topicWeights: tpBytes,
  };
}
