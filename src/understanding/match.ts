/**
 * Lexicon matching: literal terms (substring on normalised text, longest first) and a few regular expressions.
 * A term ending in "*" matches as a prefix ("molest*" -> molested, molesting). Terms that start or end with an
 * ASCII letter or digit, and terms marked `whole`, must start and end on a word boundary from Intl.Segmenter.
 * Overlapping hits in one layer are resolved longest first; a guard (a term with no payload) wins its span and
 * means nothing, which is how false friends such as "人権110番" or "パパ活" (against "パパ") are kept out.
 */
import type { Span } from './segment.js';

export interface TermSpec<P> {
  readonly term: string;
  /** null marks a guard. */
  readonly payload: P | null;
  readonly whole?: boolean;
}

export interface PatternSpec<P> {
  readonly label: string;
  readonly re: string;
  readonly payload: P | null;
}

export interface Entry<P> {
  /** The term as first written in the lexicon (shown as evidence). */
  readonly term: string;
  readonly norm: string;
  readonly prefix: boolean;
  readonly whole: boolean;
  readonly payloads: P[];
}

export interface PatternEntry<P> {
  readonly label: string;
  readonly re: RegExp;
  readonly payloads: P[];
}

export interface Matcher<P> {
  readonly entries: readonly Entry<P>[];
  readonly patterns: readonly PatternEntry<P>[];
  /** false: terms do not match across a space between two Japanese characters (see squeezeJapaneseSpaces). */
  joinSpaces?: boolean;
}

export interface Doc {
  /** Normalised text. */
  readonly text: string;
  /** The same text before katakana folding (same length); negation reads the script from it. */
  readonly raw: string;
  /** Word boundaries of `text` (see segment.ts). */
  readonly boundaries: ReadonlySet<number>;
}

export interface Hit<P> extends Span {
  readonly term: string;
  readonly payloads: readonly P[];
}

const ASCII_WORD_CHAR = /[a-z0-9]/;

/**
 * Normalised forms of lexicon terms, per normalisation function. The same term often sits in several groups or
 * concepts (a longer term is listed again under each concept it also means), and normalising it once keeps
 * loading quick.
 */
const normalisedTerms = new WeakMap<(text: string) => string, Map<string, string>>();

function normaliseTerm(normalise: (text: string) => string, term: string): string {
  let cache = normalisedTerms.get(normalise);
  if (cache === undefined) {
    cache = new Map();
    normalisedTerms.set(normalise, cache);
  }
  let norm = cache.get(term);
  if (norm === undefined) {
    norm = normalise(term);
    cache.set(term, norm);
  }
  return norm;
}

/** Builds a matcher; terms with the same normalised form are merged (their payloads add up). */
export function buildMatcher<P>(
  terms: readonly TermSpec<P>[],
  patterns: readonly PatternSpec<P>[],
  normalise: (text: string) => string,
): Matcher<P> {
  const byKey = new Map<string, { term: string; norm: string; prefix: boolean; whole: boolean; payloads: P[] }>();
  for (const spec of terms) {
    const raw = spec.term.trim();
    const prefix = raw.endsWith('*');
    const norm = normaliseTerm(normalise, prefix ? raw.slice(0, -1) : raw);
    if (norm.length === 0) continue;
    const whole = spec.whole === true;
    const key = `${norm}\u0000${prefix ? '*' : ''}${whole ? '#' : ''}`;
    let entry = byKey.get(key);
    if (entry === undefined) {
      entry = { term: raw, norm, prefix, whole, payloads: [] };
      byKey.set(key, entry);
    }
    if (spec.payload !== null) entry.payloads.push(spec.payload);
  }
  const entries = [...byKey.values()].sort((a, b) => b.norm.length - a.norm.length);
  const compiled: PatternEntry<P>[] = patterns.map((p) => ({
    label: p.label,
    re: new RegExp(p.re, 'gu'),
    payloads: p.payload === null ? [] : [p.payload],
  }));
  return { entries, patterns: compiled };
}

function boundaryOk<P>(entry: Entry<P>, doc: Doc, start: number, end: number): boolean {
  const needStart = entry.whole || ASCII_WORD_CHAR.test(entry.norm[0] ?? '');
  const needEnd = entry.whole || (!entry.prefix && ASCII_WORD_CHAR.test(entry.norm[entry.norm.length - 1] ?? ''));
  if (needStart && !doc.boundaries.has(start)) return false;
  if (needEnd && !doc.boundaries.has(end)) return false;
  return true;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Japanese script (kana, the long-vowel mark, kanji): a space between two such characters only separates words. */
const JAPANESE_CHAR = /[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff々〆]/;

/**
 * The text with the spaces between two Japanese characters removed, and for each of its characters the offset in
 * the original text. Children writing in kana often put a space between words ("ふとんに はいってくる",
 * "くび しめてる"); a lexicon term written without the space still matches across it.
 */
export interface Squeezed {
  readonly text: string;
  /** Offset in the original text of each character of `text`, plus one final entry for the end. */
  readonly at: readonly number[];
}

export function squeezeJapaneseSpaces(text: string): Squeezed | null {
  let hasJoin = false;
  for (let i = 1; i < text.length - 1; i += 1) {
    if (text[i] === ' ' && JAPANESE_CHAR.test(text[i - 1] ?? '') && JAPANESE_CHAR.test(text[i + 1] ?? '')) {
      hasJoin = true;
      break;
    }
  }
  if (!hasJoin) return null;
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (ch === ' ' && i > 0 && JAPANESE_CHAR.test(text[i - 1] ?? '') && JAPANESE_CHAR.test(text[i + 1] ?? '')) continue;
    out += ch;
    at.push(i);
  }
  at.push(text.length);
  return { text: out, at };
}

const squeezedDocs = new WeakMap<Doc, Squeezed | null>();

function squeezedOf(doc: Doc): Squeezed | null {
  let s = squeezedDocs.get(doc);
  if (s === undefined) {
    s = squeezeJapaneseSpaces(doc.text);
    squeezedDocs.set(doc, s);
  }
  return s;
}

/** All hits that survive the longest-first overlap resolution, guards removed, in text order. */
export function findHits<P>(matcher: Matcher<P>, doc: Doc): Hit<P>[] {
  const candidates: Hit<P>[] = [];
  const squeezed = matcher.joinSpaces !== false ? squeezedOf(doc) : null;
  const haystack = squeezed === null ? doc.text : squeezed.text;
  for (const entry of matcher.entries) {
    let from = 0;
    for (;;) {
      const found = haystack.indexOf(entry.norm, from);
      if (found < 0) break;
      const at = squeezed === null ? found : (squeezed.at[found] ?? 0);
      const end = squeezed === null ? found + entry.norm.length : (squeezed.at[found + entry.norm.length - 1] ?? 0) + 1;
      if (boundaryOk(entry, doc, at, end)) {
        candidates.push({ start: at, end, term: entry.term, payloads: entry.payloads });
      }
      from = found + 1;
    }
  }
  for (const p of matcher.patterns) {
    for (const m of doc.text.matchAll(p.re)) {
      if (m[0].length === 0) continue;
      candidates.push({ start: m.index, end: m.index + m[0].length, term: p.label, payloads: p.payloads });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit<P>[] = [];
  for (const c of candidates) {
    if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  }
  return kept.filter((h) => h.payloads.length > 0).sort((a, b) => a.start - b.start);
}
