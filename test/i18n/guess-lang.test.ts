import { describe, expect, it } from 'vitest';
import { firstGuess, langFromLocale } from '../../src/i18n/guess-lang.js';

describe('the first language guess from a platform locale', () => {
  it('reads Teams and Slack locales and browser tags', () => {
    expect(langFromLocale('ja-JP')).toBe('ja');
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale('en_GB')).toBe('en');
    expect(langFromLocale('JA')).toBe('ja');
  });
  it('guesses nothing for languages we do not speak, or no locale', () => {
    expect(langFromLocale('fr-FR')).toBeUndefined();
    expect(langFromLocale(undefined)).toBeUndefined();
    expect(langFromLocale('')).toBeUndefined();
  });
  it('takes the first candidate we speak, else the fallback', () => {
    expect(firstGuess(['fr', 'en-US', 'ja'], 'ja')).toBe('en');
    expect(firstGuess(['fr', 'de'], 'ja-easy')).toBe('ja-easy');
  });
});
