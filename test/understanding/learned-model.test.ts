/**
 * The learned layer: the committed file is what training makes, the trainer learns what its data says, and the
 * model reads wordings that no word list holds. How well it generalises is measured in cross-validation.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLearnedModel, modelPaths } from '../../src/tools/train-model.js';
import { textFeatures } from '../../src/understanding/features.js';
import { compileLearnedModel, guessTopic, packLearnedModel, scoreEmergency, unpackLearnedModel, unzipLearnedModel } from '../../src/understanding/learned-model.js';
import { DEFAULT_SETTINGS, trainLearnedModel, type TrainingRow } from '../../src/understanding/train-linear.js';
import { lexicon } from './helpers.js';

describe('the learned model file', () => {
  it('is what `npm run train:model` makes from the labelled sets (rerun it after changing them or the normalisation)', () => {
    const made = packLearnedModel(buildLearnedModel());
    expect(readFileSync(modelPaths().header, 'utf8')).toBe(made.header);
    const committed = unzipLearnedModel(readFileSync(modelPaths().binary));
    expect(Buffer.compare(committed, made.body), 'learned-model.bin.gz differs').toBe(0);
  });

  it('reads topics in wordings the word lists do not hold', () => {
    const lex = lexicon();
    const topicOf = (text: string) => guessTopic(lex.learned!, textFeatures(lex.normalise(text))).topic;
    expect(topicOf('学校でクラスのみんなに無視されて、机に落書きされる')).toBe('bullying');
    expect(topicOf('someone I met in a game keeps asking for pics and to meet up')).toBe('online-grooming');
  });
});

describe('textFeatures', () => {
  it('gives character n-grams, English words and word pairs, each once', () => {
    const f = textFeatures('he hit me 今');
    expect(f).toEqual(expect.arrayContaining([' h', 'he ', '今', ' 今 ', 'w:he', 'w:hit', 'b:hit_me']));
    expect(new Set(f).size).toBe(f.length);
    expect(f).not.toContain('h');
  });
});

describe('trainLearnedModel', () => {
  const rows: TrainingRow[] = [
    ...['knife now', 'knife here now', 'he has a knife', 'knife in the kitchen now'].map((t) => ({ features: textFeatures(t), topic: 'abuse' as const, emergency: true })),
    ...['homework', 'homework help', 'my homework is late', 'homework club'].map((t) => ({ features: textFeatures(t), topic: 'other' as const, emergency: false })),
    { features: textFeatures('knife'), topic: null, emergency: true },
  ];
  const settings = { ...DEFAULT_SETTINGS, minMessages: 1, epochs: 30 };

  it('learns what the rows say, for both models', () => {
    const model = compileLearnedModel(trainLearnedModel(rows, ['abuse', 'other'], ['toy'], settings));
    expect(scoreEmergency(model, textFeatures('a knife now')).p).toBeGreaterThan(0.5);
    expect(scoreEmergency(model, textFeatures('homework')).p).toBeLessThan(0.5);
    expect(guessTopic(model, textFeatures('knife')).topic).toBe('abuse');
    expect(guessTopic(model, textFeatures('homework')).topic).toBe('other');
  });

  it('is deterministic and records what it was trained on', () => {
    const a = trainLearnedModel(rows, ['abuse', 'other'], ['toy'], settings);
    expect(trainLearnedModel(rows, ['abuse', 'other'], ['toy'], settings)).toEqual(a);
    expect(a.training).toEqual({ sets: ['toy'], rows: rows.length });
    expect(a.topic.classes).toEqual(['abuse', 'other']);
  });
});

describe('packLearnedModel', () => {
  const rows: TrainingRow[] = ['knife now 😀', 'homework', 'knife 😀', 'homework club'].map((t, i) => ({ features: textFeatures(t), topic: i % 2 === 0 ? ('abuse' as const) : ('other' as const), emergency: i % 2 === 0 }));
  const model = trainLearnedModel(rows, ['abuse', 'other'], ['toy'], { ...DEFAULT_SETTINGS, minMessages: 1 });

  it('gives back the same features and weights when unpacked', () => {
    const packed = packLearnedModel(model);
    const back = unpackLearnedModel(JSON.parse(packed.header), unzipLearnedModel(packed.binary));
    expect(back.features).toEqual(model.features);
    expect([...back.emergencyWeights]).toEqual([...model.emergencyWeights]);
    expect([...back.topicWeights]).toEqual([...model.topicWeights]);
    expect(back.features).toContain('😀');
  });

  it('refuses a feature that would break the feature list', () => {
    expect(() => packLearnedModel({ ...model, features: ['a\nb', ...model.features.slice(1)] })).toThrow(/line break/);
  });
});
