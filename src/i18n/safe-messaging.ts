/**
 * Phrases tsunagu must never say (locales/README.md explains why), and the readability bound for
 * やさしい日本語. Pure checks over strings; the i18n check runs them over every locale string and
 * every user-visible text of the directory.
 */
import type { Lang } from '../ids.js';

export interface BannedPhrase {
  pattern: RegExp;
  why: string;
}

/** Promises of secrecy no service can keep, blame, and "why didn't you" questions. */
export const BANNED: Record<Lang, BannedPhrase[]> = {
  ja: [
    { pattern: /誰にも(知られ|言わ|伝わ|ばれ)/, why: 'promises that nobody will be told' },
    { pattern: /(絶対|必ず)(に)?(秘密|内緒)/, why: 'promises absolute secrecy' },
    { pattern: /秘密は(必ず|絶対)/, why: 'promises absolute secrecy' },
    { pattern: /(警察|親|家族)には(知らせ|連絡し|伝え)ません/, why: 'promises police or parents will not be told' },
    { pattern: /(なぜ|どうして|なんで)(もっと早く|言わなかった|逃げなかった|断らなかった)/, why: 'asks why the child did not act' },
    { pattern: /あなた(が|も)悪い|あなたのせいで/, why: 'blames the child' },
  ],
  en: [
    { pattern: /\b(no ?one|nobody) will (ever )?(know|be told|find out)/i, why: 'promises that nobody will be told' },
    { pattern: /\b(completely|totally|strictly|always) (confidential|secret)/i, why: 'promises absolute secrecy' },
    { pattern: /\bwill not (tell|inform|contact) (the )?(police|your parents|parents)/i, why: 'promises police or parents will not be told' },
    { pattern: /\bwhy (didn't|did not|don't) you\b/i, why: 'asks why the child did not act' },
    { pattern: /(?<!not )\byour fault\b(?! that)/i, why: 'blames the child' },
    { pattern: /\byou should have\b/i, why: 'blames the child' },
  ],
  'ja-easy': [
    { pattern: /だれにも\s*(しられ|いわ|つたわ|ばれ)/, why: 'promises that nobody will be told' },
    { pattern: /ぜったい\s*(に)?\s*ひみつ/, why: 'promises absolute secrecy' },
    { pattern: /(なぜ|どうして|なんで)\s*(もっと\s*はやく|いわなかった|にげなかった)/, why: 'asks why the child did not act' },
    { pattern: /あなた(が|も)\s*わるい/, why: 'blames the child' },
  ],
};

export function bannedIn(lang: Lang, text: string): BannedPhrase | undefined {
  return BANNED[lang].find((b) => b.pattern.test(text));
}

/** やさしい日本語 bounds: short sentences, few kanji, numbers as digits. */
export const EASY = {
  maxSentenceChars: 70,
  maxKanjiPerSentence: 4,
} as const;

const KANJI = /[\u4e00-\u9fff]/g;
const KANJI_NUMERALS = /[〇一二三四五六七八九十百千万]/;
const FULL_WIDTH_DIGITS = /[０-９]/;

export function sentences(text: string): string[] {
  return text
    .replace(/\{\{[^}]+\}\}/g, 'X')
    .split(/[。！？!?\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function easyProblems(text: string): string[] {
  const problems: string[] = [];
  for (const s of sentences(text)) {
    if (s.length > EASY.maxSentenceChars) problems.push(`sentence longer than ${EASY.maxSentenceChars} characters: "${s}"`);
    const kanji = s.match(KANJI)?.length ?? 0;
    if (kanji > EASY.maxKanjiPerSentence) problems.push(`${kanji} kanji in one sentence (max ${EASY.maxKanjiPerSentence}): "${s}"`);
  }
  if (KANJI_NUMERALS.test(text)) problems.push(`kanji numeral instead of digits: "${text}"`);
  if (FULL_WIDTH_DIGITS.test(text)) problems.push(`full-width digits: "${text}"`);
  return problems;
}
