import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, cutInput, foldKana, normalise, normaliseBase } from '../../src/understanding/index.js';
import { kanjiNumber, normaliseNumerals } from '../../src/understanding/normalise.js';

describe('normalise', () => {
  it('folds full-width ASCII and digits (NFKC) and lower-cases', () => {
    expect(normaliseBase('ＤＶ　１４歳')).toBe('dv 14歳');
    expect(normaliseBase('ＪＣの娘')).toBe('jcの娘');
  });

  it('turns half-width katakana into hiragana', () => {
    expect(normaliseBase('ｲｼﾞﾒ')).toBe('いじめ');
    expect(normaliseBase('パパ活')).toBe('ぱぱ活');
  });

  it('keeps the length when folding katakana', () => {
    const text = 'リベンジポルノとパパ活';
    expect(foldKana(text)).toHaveLength(text.length);
    expect(foldKana('ヴァ')).toBe('ゔぁ');
  });

  it('drops apostrophes inside English words and splits hyphenated words', () => {
    expect(normaliseBase("I can’t go home, I'm 14")).toBe('i cant go home, im 14');
    expect(normaliseBase('my 16-year-old')).toBe('my 16 year old');
  });

  it('turns kanji numerals of ages and school years into digits', () => {
    expect(normaliseNumerals('十四歳')).toBe('14歳');
    expect(normaliseNumerals('二十歳')).toBe('20歳');
    expect(normaliseNumerals('中二の娘')).toBe('中2の娘');
    expect(normaliseNumerals('高校一年生')).toBe('高校1年生');
    expect(normaliseBase('はたち')).toBe('20歳');
    expect(kanjiNumber('二十四')).toBe(24);
    expect(kanjiNumber('歳')).toBeNull();
  });

  it('leaves kanji numerals alone where they are not an age or a school year', () => {
    expect(normaliseNumerals('途中二回')).toBe('途中二回');
    expect(normaliseNumerals('一緒に')).toBe('一緒に');
  });

  it('applies spelling variants, longest first and without chaining', () => {
    const variants = [
      { from: '子供', to: '子ども' },
      { from: '虐め', to: 'いじめ' },
    ];
    expect(normalise('子供が虐められた', variants)).toBe('子どもがいじめられた');
  });

  it('cuts input at 2,000 characters without splitting a surrogate pair', () => {
    expect(MAX_INPUT_CHARS).toBe(2000);
    expect(cutInput('a'.repeat(2500))).toHaveLength(2000);
    const emoji = '😀'.repeat(2001);
    const cut = cutInput(emoji);
    expect(Array.from(cut)).toHaveLength(2000);
    expect(cut.endsWith('😀')).toBe(true);
  });
});
