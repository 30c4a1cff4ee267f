/**
 * Text normalisation shared by the input and the lexicon (both go through the same steps, so a lexicon term
 * written in katakana, full-width or with an apostrophe still matches).
 *
 * Steps: NFKC (full-width ASCII and half-width katakana become ordinary), curly quotes to straight, lower case,
 * apostrophes inside English words dropped (i'm -> im, can't -> cant), hyphens between letters or digits become
 * spaces (16-year-old -> 16 year old), whitespace collapsed, katakana folded to hiragana (パパ活 -> ぱぱ活),
 * kanji numerals in ages and school years turned into digits (十四歳 -> 14歳, 中二 -> 中2), then the lexicon's
 * spelling variants (子供 -> 子ども, 苛め -> いじめ ...).
 */

/** Longest input analysed; longer text is cut before anything else happens. */
export const MAX_INPUT_CHARS = 2000;

export interface Variant {
  readonly from: string;
  readonly to: string;
}

/**
 * A normalised text and the same text without katakana folding, character for character (same length, same
 * offsets). Matching uses `text`; rules that care about the script look at `raw` (negation reads hiragana
 * endings only, so the katakana word ナイフ, folded to ないふ, is not the negator ない).
 */
export interface Aligned {
  readonly text: string;
  readonly raw: string;
}

/** Cuts text to MAX_INPUT_CHARS code points (never splits a surrogate pair). */
export function cutInput(text: string, max: number = MAX_INPUT_CHARS): string {
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('');
}

/** Katakana (U+30A1..U+30F6) to the hiragana of the same sound; every other character unchanged, same length. */
export function foldKana(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out += code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : text[i];
  }
  return out;
}

const KANJI_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Value of a kanji numeral up to 99 (十四 -> 14, 二十 -> 20, 一四 -> 14), or null when it is not one. */
export function kanjiNumber(text: string): number | null {
  if (text.length === 0) return null;
  if (text.includes('十')) {
    const [tens = '', ones = '', ...rest] = text.split('十');
    if (rest.length > 0 || tens.length > 1 || ones.length > 1) return null;
    const t = tens === '' ? 1 : KANJI_DIGITS[tens];
    const o = ones === '' ? 0 : KANJI_DIGITS[ones];
    if (t === undefined || o === undefined) return null;
    return t * 10 + o;
  }
  let value = 0;
  for (const ch of text) {
    const d = KANJI_DIGITS[ch];
    if (d === undefined) return null;
    value = value * 10 + d;
  }
  return value;
}

/** Rewrites the matches of `re` in `text`, and the same spans of `raw` (a match left unchanged keeps its raw form). */
function replaceAligned(a: Aligned, re: RegExp, replace: (m: RegExpMatchArray) => string): Aligned {
  let text = '';
  let raw = '';
  let last = 0;
  for (const m of a.text.matchAll(re)) {
    const at = m.index ?? 0;
    const rep = replace(m);
    text += a.text.slice(last, at) + rep;
    raw += a.raw.slice(last, at) + (rep === m[0] ? a.raw.slice(at, at + m[0].length) : rep);
    last = at + m[0].length;
  }
  return { text: text + a.text.slice(last), raw: raw + a.raw.slice(last) };
}

const IDEOGRAPH = '\\u3400-\\u4dbf\\u4e00-\\u9fff々';
const KANJI_NUM = '[〇一二三四五六七八九十]';
const NUMERAL_RULES: readonly RegExp[] = [
  /はたち/g,
  new RegExp(`(${KANJI_NUM}{1,3})(?=\\s?(?:歳|才|さい))`, 'g'),
  /(小学校?|中学校?|高校|大学)([一二三四五六])(?=年)/g,
  new RegExp(`(?<![${IDEOGRAPH}])([小中高大])([一二三四五六])(?!${KANJI_NUM})`, 'g'),
];

/** Characters without which no numeral rule can match (kanji numerals, and the は of はたち). */
const NUMERAL_HINT = /[〇一二三四五六七八九十は]/;

function numeralsAligned(a: Aligned): Aligned {
  if (!NUMERAL_HINT.test(a.text)) return a;
  const digits = (k: string): string => {
    const n = kanjiNumber(k);
    return n === null ? k : String(n);
  };
  let out = a;
  for (const re of NUMERAL_RULES) {
    out = replaceAligned(out, re, (m) => {
      if (m[0] === 'はたち') return '20歳';
      if (m[2] === undefined) return digits(m[1] ?? '');
      return (m[1] ?? '') + digits(m[2]);
    });
  }
  return out;
}

/** Kanji numerals that state an age or a school year become ASCII digits; other kanji stay as they are. */
export function normaliseNumerals(text: string): string {
  return numeralsAligned({ text, raw: text }).text;
}

/** The steps that do not depend on the lexicon, keeping the unfolded form alongside. */
export function normaliseBaseAligned(input: string): Aligned {
  let s = input.normalize('NFKC');
  s = s.replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'").replace(/[\u201c\u201d]/g, '"');
  s = s.toLowerCase();
  s = s.replace(/(?<=[a-z])'(?=[a-z])/g, '');
  s = s.replace(/(?<=[a-z0-9])[-\u2010\u2011\u2013](?=[a-z0-9])/g, ' ');
  s = s.replace(/\s+/g, ' ').trim();
  return numeralsAligned({ text: foldKana(s), raw: s });
}

/** The steps that do not depend on the lexicon (see the file comment). */
export function normaliseBase(text: string): string {
  return normaliseBaseAligned(text).text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds a function that applies spelling variants (longest first, one pass, so replacements never chain). */
export function variantReplacer(variants: readonly Variant[]): (a: Aligned) => Aligned {
  const table = new Map<string, string>();
  for (const v of variants) {
    const from = normaliseBase(v.from);
    if (from.length > 0 && !table.has(from)) table.set(from, normaliseBase(v.to));
  }
  if (table.size === 0) return (a) => a;
  const keys = [...table.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const re = new RegExp(keys.join('|'), 'g');
  return (a) => replaceAligned(a, re, (m) => table.get(m[0]) ?? m[0]);
}

/** Full normalisation: base steps, then the variants. */
export function normalise(text: string, variants: readonly Variant[] = []): string {
  return variantReplacer(variants)(normaliseBaseAligned(text)).text;
}
