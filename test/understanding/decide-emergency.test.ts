/**
 * How the word lists and the learned model outvote each other (decide-emergency.ts), with the project's word lists
 * and a stand-in model whose answer is fixed: it knows no feature, so its probability is its bias.
 */
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/ids.js';
import { understand, type Lexicon } from '../../src/understanding/index.js';
import { compileLearnedModel, type LearnedModelData } from '../../src/understanding/learned-model.js';
import { lexicon } from './helpers.js';

/** The project's lexicon with a model that gives every message the probability `p` of being an emergency. */
function withModelSaying(p: number): Lexicon {
  const real = lexicon().learned!.data;
  const data: LearnedModelData = {
    ...real,
    features: [],
    emergencyWeights: new Int8Array(0),
    topicWeights: new Int8Array(0),
    emergency: { ...real.emergency, bias: Math.log(p / (1 - p)) },
    topic: { ...real.topic, classes: [...TOPICS], bias: TOPICS.map(() => 0) },
  };
  return { ...lexicon(), learned: compileLearnedModel(data) };
}

/** The project's lexicon with a model that reads only one feature, the character 今, as a strong sign of danger. */
function withModelAlarmedByNow(): Lexicon {
  const real = lexicon().learned!.data;
  const data: LearnedModelData = {
    ...real,
    features: ['今'],
    emergencyWeights: Int8Array.of(127),
    topicWeights: new Int8Array(real.topic.classes.length),
    emergency: { ...real.emergency, scale: 0.1 },
  };
  return { ...lexicon(), learned: compileLearnedModel(data) };
}

describe('decideEmergency', () => {
  const vetoing = withModelSaying(0.01);

  it('lets a model that is sure there is no danger overrule one loose call for help', () => {
    expect(understand('宿題たすけて', lexicon()).emergency).toBe(true);
    expect(understand('宿題たすけて', vetoing).emergency).toBe(false);
  });

  it('never lets the model overrule two kinds of danger phrase at once', () => {
    expect(understand('watashi nihon ni tsurete korareta, okane nai, kaerenai, tasukete', vetoing).emergency).toBe(true);
  });

  it('never lets the model overrule self-harm, an injury or a call for the police', () => {
    for (const text of ['死にたい', '骨が折れたみたい', '警察呼んで']) expect(understand(text, vetoing).emergency, text).toBe(true);
  });

  it('lets the model alone raise an emergency only on a message long enough to judge, or with a sign of danger', () => {
    const alarmed = withModelAlarmedByNow();
    expect(understand('今から塾', alarmed).emergency).toBe(false);
    expect(understand('今から塾に行って、そのあと友達とごはんを食べる予定です', alarmed).emergency).toBe(true);
  });
});
