import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding/index.js';
import { lexicon } from './helpers.js';

const ageOf = (text: string) => {
  const u = understand(text, lexicon());
  return { age: u.age, band: u.ageBand };
};

describe('school years and ages', () => {
  it.each([
    ['中1の息子', 13, '13-15'],
    ['中2女子', 13, '13-15'],
    ['中3です', 13, '13-15'],
    ['中学2年生の娘', 13, '13-15'],
    ['中二の娘', 13, '13-15'],
    ['高1です', 16, '16-17'],
    ['高校3年の生徒', 16, '16-17'],
    ['高２です', 16, '16-17'],
    ['小1の娘', 6, 'under-13'],
    ['小6です', 11, 'under-13'],
    ['大学1年です', 18, '18-19'],
  ])('%s -> %i (%s)', (text, age, band) => {
    expect(ageOf(text)).toEqual({ age, band });
  });

  it.each([
    ['14歳です', 14, '13-15'],
    ['十四歳', 14, '13-15'],
    ['１７さい', 17, '16-17'],
    ["I'm 19", 19, '18-19'],
    ['my 12 year old daughter', 12, 'under-13'],
    ['my 13yo', 13, '13-15'],
    ['娘(9)が', 9, 'under-13'],
    ['groped on the train. 16f', 16, '16-17'],
    ['8th grade', 13, '13-15'],
  ])('exact age: %s -> %i', (text, age, band) => {
    expect(ageOf(text)).toEqual({ age, band });
  });

  it('reads JK as a high-school girl and JC as a junior-high girl', () => {
    expect(ageOf('JKです')).toEqual({ age: 16, band: '16-17' });
    expect(ageOf('JCの娘')).toEqual({ age: 13, band: '13-15' });
    expect(ageOf('ＪＣの娘')).toEqual({ age: 13, band: '13-15' });
  });

  it("leaves out an adult offender's age and keeps the child's", () => {
    expect(ageOf('40歳の男に14歳の娘が触られた')).toEqual({ age: 14, band: '13-15' });
    expect(ageOf('a 30 year old guy keeps messaging my 12 year old')).toEqual({ age: 12, band: 'under-13' });
  });

  it('gives null when no age is stated, and does not read 110 or times as ages', () => {
    expect(ageOf('娘が心配です')).toEqual({ age: null, band: null });
    expect(ageOf('110番って何?')).toEqual({ age: null, band: null });
    expect(ageOf('she is 5 minutes away')).toEqual({ age: null, band: null });
  });
});
