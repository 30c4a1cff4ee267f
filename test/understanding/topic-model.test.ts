import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTopicModel, modelPath, serialise } from '../../src/tools/train-topic-model.js';
import { understand } from '../../src/understanding/index.js';
import { classifyWithModel } from '../../src/understanding/topic-model.js';
import { lexicon, readSet } from './helpers.js';

describe('the naive Bayes topic model', () => {
  it('is what `npm run train:topic-model` makes from the labelled sets (rerun it after changing them)', () => {
    expect(readFileSync(modelPath(), 'utf8')).toBe(serialise(buildTopicModel()));
  });

  it('stays small enough for a fast command line', () => {
    expect(statSync(modelPath()).size).toBeLessThan(1_000_000);
  });

  it('reads topics it has no word list for', () => {
    const lex = lexicon();
    const model = lex.topicModel!;
    expect(classifyWithModel(model, lex.normalise('学校でクラスのみんなに無視されて、机に落書きされる')).topic).toBe('bullying');
    expect(classifyWithModel(model, lex.normalise('someone I met in a game keeps asking for pics and to meet up')).topic).toBe('online-grooming');
  });

  it('lifts topic accuracy on fresh-5, a set kept out of all training and topic tuning, to at least 75%', () => {
    const lex = lexicon();
    const rows = readSet<{ text: string; lang: 'ja' | 'en'; topic: string }>('fresh-5.jsonl');
    const right = rows.filter((r) => understand(r.text, lex, r.lang).topic === r.topic).length;
    expect(right / rows.length).toBeGreaterThanOrEqual(0.75);
  });
});
