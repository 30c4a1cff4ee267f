import { describe, expect, it } from 'vitest';
import { localeProblems } from '../../src/i18n/locale-checks.js';
import { bannedIn, easyProblems } from '../../src/i18n/safe-messaging.js';
import { sourceLiteralProblems } from '../../src/i18n/text-checks.js';
import { allI18nProblems } from '../../src/tools/i18n-check.js';
import { fixedT, i18nInstance } from '../../src/i18n/i18n.js';

describe('npm run i18n:check over the real project', () => {
  it('finds no problem in locales, directory texts or code', () => {
    expect(allI18nProblems()).toEqual([]);
  });
});

describe('the checks themselves catch what they are for', () => {
  it('a missing key, an extra variable and a banned phrase are reported', () => {
    const problems = localeProblems({
      ja: { conversation: { note: { hello: 'こんにちは {{name}}', bye: 'さようなら' } } },
      en: { conversation: { note: { hello: 'Hello {{who}}' } } },
      'ja-easy': { conversation: { note: { hello: 'こんにちは {{name}}', bye: 'だれにも いわないよ' } } },
    } as never);
    expect(problems.some((p) => p.includes('en: missing key conversation:note.bye'))).toBe(true);
    expect(problems.some((p) => p.includes('variables {who}'))).toBe(true);
    expect(problems.some((p) => p.includes('promises that nobody will be told'))).toBe(true);
  });

  it('bans secrecy promises and blame, but allows "it is not your fault"', () => {
    expect(bannedIn('en', 'Nobody will know you called.')).toBeDefined();
    expect(bannedIn('en', "Why didn't you tell someone?")).toBeDefined();
    expect(bannedIn('en', 'It is not your fault.')).toBeUndefined();
    expect(bannedIn('ja', '誰にも知られません')).toBeDefined();
    expect(bannedIn('ja', 'あなたは悪くありません。')).toBeUndefined();
  });

  it('flags long sentences, many kanji and kanji numerals in やさしい日本語', () => {
    expect(easyProblems('児童相談所虐待対応電話番号案内です。')).not.toEqual([]);
    expect(easyProblems('三さいです。')).not.toEqual([]);
    expect(easyProblems('3さいです。')).toEqual([]);
  });

  it('finds Japanese text in code literals but not in comments', () => {
    expect(sourceLiteralProblems('src/x.ts', "const a = 'こんにちは';")).toHaveLength(1);
    expect(sourceLiteralProblems('src/x.ts', '// こんにちは')).toHaveLength(0);
  });
});

describe('typed keys and no fallback', () => {
  it('gives each language its own text for an emergency key', () => {
    const texts = (['ja', 'en', 'ja-easy'] as const).map((l) => fixedT(l)('conversation:emergency.title'));
    expect(new Set(texts).size).toBe(3);
  });

  it('never fills a missing key from another language', () => {
    i18nInstance().addResource('ja', 'conversation', 'test.onlyInJa', '日本語だけ');
    // @ts-expect-error a key that is not in the typed resources is a type error
    const easy: string = fixedT('ja-easy')('conversation:test.onlyInJa');
    expect(easy).not.toBe('日本語だけ');
    // @ts-expect-error as above
    expect(fixedT('ja')('conversation:test.onlyInJa')).toBe('日本語だけ');
  });
});
