/**
 * `npm run train:model`: trains the learned layer (emergency and topic) from every labelled set in
 * test/understanding except the measurement-only sets, and writes seeds/lexicon/learned-model.json and
 * learned-model.bin.gz. A test fails when the committed files are not what this produces.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { TOPICS } from '../ids.js';
import { projectRoot } from '../paths.js';
import { EvalItemSchema, parseJsonLines } from '../understanding/evaluate.js';
import { textFeatures } from '../understanding/features.js';
import { LEARNED_MODEL_FILE, LEARNED_BINARY_FILE, loadLexicon, type Lexicon } from '../understanding/lexicon.js';
import { packLearnedModel, type LearnedModelData } from '../understanding/learned-model.js';
import { DEFAULT_SETTINGS, trainLearnedModel, type TrainingRow, type TrainingSettings } from '../understanding/train-linear.js';

/** Sets kept out of training so that they can measure generalisation honestly (test/understanding/README.md). */
export const MEASUREMENT_ONLY: readonly string[] = ['fresh-18.jsonl', 'fresh-19.jsonl'];

export const setsDir = (root = projectRoot()) => join(root, 'test', 'understanding');

/** A labelled line; the emergency-only sets (emergency-blind*) carry no topic or role. */
const LabelledLine = EvalItemSchema.partial({ topic: true, role: true });
export type LabelledLine = z.infer<typeof LabelledLine>;

/** Every labelled set of test/understanding by file name, parsed. */
export function labelledSets(root = projectRoot()): Map<string, LabelledLine[]> {
  const dir = setsDir(root);
  const names = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  return new Map(names.map((f) => [f, parseJsonLines(LabelledLine, readFileSync(join(dir, f), 'utf8'), f)]));
}

export function trainingRowsOf(items: readonly LabelledLine[], lexicon: Lexicon): TrainingRow[] {
  return items.map((r) => ({ features: textFeatures(lexicon.normalise(r.text)), topic: r.topic ?? null, emergency: r.emergency }));
}

/** Every labelled set as training rows (read and featurised once, so that several models can be trained from it). */
export function featurisedSets(lexicon: Lexicon, root = projectRoot()): Map<string, TrainingRow[]> {
  return new Map([...labelledSets(root)].map(([name, items]) => [name, trainingRowsOf(items, lexicon)]));
}

/** Trains on the chosen sets of `sets` (all but the measurement-only sets when `only` is omitted). */
export function trainOn(
  sets: ReadonlyMap<string, readonly TrainingRow[]>,
  only: (setName: string) => boolean = (name) => !MEASUREMENT_ONLY.includes(name),
  settings: TrainingSettings = DEFAULT_SETTINGS,
): LearnedModelData {
  const chosen = [...sets].filter(([name]) => only(name));
  return trainLearnedModel(chosen.flatMap(([, rows]) => rows), TOPICS, chosen.map(([name]) => name), settings);
}

/** Trains on the given sets of the project (all training sets when omitted). */
export function buildLearnedModel(
  root = projectRoot(),
  only?: (setName: string) => boolean,
  settings: TrainingSettings = DEFAULT_SETTINGS,
): LearnedModelData {
  return trainOn(featurisedSets(loadLexicon(join(root, 'seeds'), { withModel: false }), root), only, settings);
}

export const modelPaths = (root = projectRoot()) => {
  const dir = join(root, 'seeds', 'lexicon');
  return { header: join(dir, LEARNED_MODEL_FILE), binary: join(dir, LEARNED_BINARY_FILE) };
};

if (process.argv[1]?.endsWith('train-model.ts')) {
  const model = buildLearnedModel();
  const files = packLearnedModel(model);
  const paths = modelPaths();
  writeFileSync(paths.header, files.header);
  writeFileSync(paths.binary, files.binary);
  process.stdout.write(`wrote ${paths.header} and ${LEARNED_BINARY_FILE}: ${model.features.length} features from ${model.training.rows} messages in ${model.training.sets.length} sets\n`);
}
