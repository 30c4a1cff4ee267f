/**
 * Word and sentence segmentation with Intl.Segmenter (ICU dictionaries; Japanese and English in one pass).
 * Used for word boundaries (so "夫" does not match inside "大丈夫", "jk" inside "jkb"), for the English words before
 * a term (negation), and for sentences (emergency combinations must meet in one sentence).
 */

const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(locale: string): Intl.Segmenter {
  let seg = segmenters.get(locale);
  if (seg === undefined) {
    seg = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, seg);
  }
  return seg;
}

export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly wordLike: boolean;
}

/** Every segment of the text, in order, with UTF-16 offsets. */
export function segmentWords(text: string, locale = 'ja'): Word[] {
  const out: Word[] = [];
  for (const s of wordSegmenter(locale).segment(text)) {
    out.push({ text: s.segment, start: s.index, end: s.index + s.segment.length, wordLike: s.isWordLike === true });
  }
  return out;
}

/** Offsets where a word starts or ends (0 and text.length included). */
export function wordBoundaries(text: string, locale = 'ja'): Set<number> {
  const set = new Set<number>([0, text.length]);
  for (const w of segmentWords(text, locale)) {
    set.add(w.start);
    set.add(w.end);
  }
  return set;
}

const SENTENCE_END = /[。．.!?！？\n]+/g;

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Sentence spans, split at 。 . ! ? and line breaks (a decimal point "1.5" is kept inside its sentence). */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const at = m.index;
    if (m[0] === '.' && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '')) continue;
    if (at > start) spans.push({ start, end: at });
    start = at + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** Index of the sentence that holds offset `at` (-1 when it falls on a sentence break). */
export function sentenceIndexOf(spans: readonly Span[], at: number): number {
  return spans.findIndex((s) => at >= s.start && at < s.end);
}
