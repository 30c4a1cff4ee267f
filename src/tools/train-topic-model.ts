/**
 * `npm run train:topic-model`: trains the naive Bayes topic model from every labelled set in test/understanding,
 * leaving out each set's holdout half and the measurement-only sets (fresh-5, fresh-9), and writes
 * seeds/lexicon/topic-model.json. A test fails when the committed model is not what this produces.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTopic, type Topic } from '../ids.js';
import { projectRoot } from '../paths.js';
import { loadLexicon } from '../understanding/lexicon.js';
import { trainTopicModel, type TopicModel } from '../understanding/topic-model.js';

/** Sets kept out of training so that they can measure generalisation honestly. */
export const MEASUREMENT_ONLY = ['fresh-5.jsonl', 'fresh-9.jsonl'];

export function trainingRows(root = projectRoot()): { text: string; topic: Topic }[] {
  const dir = join(root, 'test', 'understanding');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && !MEASUREMENT_ONLY.includes(f))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').trim().split('\n'))
    .map((line) => JSON.parse(line) as { text: string; topic?: string; split?: string })
    .filter((r): r is { text: string; topic: Topic; split?: string } => r.split !== 'holdout' && typeof r.topic === 'string' && isTopic(r.topic))
    .map((r) => ({ text: r.text, topic: r.topic }));
}

export function buildTopicModel(root = projectRoot()): TopicModel {
  const lexicon = loadLexicon(join(root, 'seeds'));
  return trainTopicModel(trainingRows(root).map((r) => ({ normalised: lexicon.normalise(r.text), topic: r.topic })));
}

export const modelPath = (root = projectRoot()) => join(root, 'seeds', 'lexicon', 'topic-model.json');
export const serialise = (model: TopicModel) => `${JSON.stringify(model)}\n`;

if (process.argv[1]?.endsWith('train-topic-model.ts')) {
  const model = buildTopicModel();
  writeFileSync(modelPath(), serialise(model));
  process.stdout.write(`wrote ${modelPath()}: ${model.vocabulary} features, ${model.docs.reduce((a, b) => a + b, 0)} documents\n`);
}
