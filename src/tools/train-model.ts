/**
 * `npm run train:model`: trains the learned layer (emergency and topic) from every labelled set in
 * test/understanding except the measurement-only sets, and writes
 * seeds/lexicon/learned-model.json. A test fails when the committed file is not what this produces.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { TOPICS } from '../ids.js';
import { projectRoot } from '../paths.js';
import { EvalItemSchema } from '../understanding/evaluate.js';
import { textFeatures } from '../understanding/features.js';
import { loadLexicon, type Lexicon } from '../understanding/lexicon.js';
import type { LearnedModelData } from '../understanding/learned-model.js';
import { DEFAULT_SETTINGS, trainLearnedModel, type TrainingRow, type TrainingSettings } from '../understanding/train-linear.js';

/** Sets kept out of training so that they can measure generalisation honestly (test/understanding/README.md). */
export const MEASUREMENT_ONLY: readonly string[] = ['fresh-14.jsonl'];

export const setsDir = (root = projectRoot()) => join(root, 'test', 'understanding');

/** A labelled line; the emergency-only sets (emergency-blind*) carry no topic or role. */
const LabelledLine = EvalItemSchema.partial({ topic: true, role: true });
export type LabelledLine = z.infer<typeof LabelledLine>;

function parseLines(jsonl: string, source: string): LabelledLine[] {
  return jsonl
    .split('\n')
    .flatMap((line, i) => {
      if (line.trim() === '') return [];
      const parsed = LabelledLine.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${source}:${i + 1}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
      return [parsed.data];
    });
}

/** Every labelled set of test/understanding by file name, parsed. */
export function labelledSets(root = projectRoot()): Map<string, LabelledLine[]> {
  const dir = setsDir(root);
  const names = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  return new Map(names.map((f) => [f, parseLines(readFileSync(join(dir, f), 'utf8'), f)]));
}

export function trainingRowsOf(items: readonly LabelledLine[], lexicon: Lexicon): TrainingRow[] {
  return items.map((r) => ({ features: textFeatures(lexicon.normalise(r.text)), topic: r.topic ?? null, emergency: r.emergency }));
}

/** Trains on the given sets (all training sets when omitted). */
export function buildLearnedModel(
  root = projectRoot(),
  only?: (setName: string) => boolean,
  settings: TrainingSettings = DEFAULT_SETTINGS,
): LearnedModelData {
  const lexicon = loadLexicon(join(root, 'seeds'), { withModel: false });
  const chosen = [...labelledSets(root)].filter(([name]) => (only ? only(name) : !MEASUREMENT_ONLY.includes(name)));
  const rows = chosen.flatMap(([, items]) => trainingRowsOf(items, lexicon));
  return trainLearnedModel(rows, TOPICS, chosen.map(([name]) => name), settings);
}

export const modelPath = (root = projectRoot()) => join(root, 'seeds', 'lexicon', 'learned-model.json');
export const serialise = (model: LearnedModelData) => `${JSON.stringify(model)}\n`;

if (process.argv[1]?.endsWith('train-model.ts')) {
  const model = buildLearnedModel();
  writeFileSync(modelPath(), serialise(model));
  process.stdout.write(`wrote ${modelPath()}: ${model.features.length} features from ${model.training.rows} messages in ${model.training.sets.length} sets\n`);
}
