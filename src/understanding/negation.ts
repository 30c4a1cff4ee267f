/**
 * Negation, from the rules in seeds/lexicon/negation.yaml.
 * Japanese negates after the word: the hiragana that follow a term ("危な|くはない", "殴られ|ていない") are read up
 * to a stop word (けど, のに ...); the hit is negated when only filler morphemes stand between the term and a
 * negator. A question or worry ("虐待ではないか", "されてないか心配") is a suspicion, not a denial.
 * English negates before the word: a negator among the few words before the term, in the same clause
 * ("not in danger", "no one hit me"); phrases such as "not sure" or "don't know" do not negate.
 */
import type { Doc } from './match.js';
import type { Span, Word } from './segment.js';

export interface JaNegation {
  readonly window: number;
  readonly fillers: readonly string[];
  readonly negators: readonly string[];
  readonly stops: readonly string[];
  readonly cancelAfter: readonly string[];
  readonly keepAfter: readonly string[];
  /** Words that begin like a negator but are not one (ずっと begins with ず). */
  readonly falseNegators: readonly string[];
}

export interface EnNegation {
  readonly window: number;
  readonly negators: readonly string[];
  readonly cancel: readonly string[];
  readonly clauseBreaks: readonly string[];
}

export interface NegationRules {
  readonly ja: JaNegation;
  readonly en: EnNegation;
}

export interface CompiledNegation {
  readonly ja: JaNegation & { readonly re: RegExp };
  readonly en: EnNegation & { readonly negatorSet: ReadonlySet<string>; readonly breakSet: ReadonlySet<string> };
}

function alternation(items: readonly string[]): string {
  return [...items]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

export function compileNegation(rules: NegationRules): CompiledNegation {
  const negators = [...rules.ja.negators]
    .sort((a, b) => b.length - a.length)
    .map((n) => {
      const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const tails = rules.ja.falseNegators.filter((f) => f.startsWith(n) && f.length > n.length).map((f) => esc(f.slice(n.length)));
      return tails.length === 0 ? esc(n) : `${esc(n)}(?!${tails.join('|')})`;
    });
  const re = new RegExp(`^(?:${alternation(rules.ja.fillers)})*(?:${negators.join('|')})`);
  return {
    ja: { ...rules.ja, re },
    en: { ...rules.en, negatorSet: new Set(rules.en.negators), breakSet: new Set(rules.en.clauseBreaks) },
  };
}

const HIRAGANA = /[\u3041-\u309f\u30fc]/;
const CLAUSE_BREAK = /[,;:、，。.!?\n()「」『』"]/;

function negatedAfter(doc: Doc, hit: Span, ja: CompiledNegation['ja']): boolean {
  let window = '';
  const offsets: number[] = [];
  for (let i = hit.end; i < doc.text.length && window.length < ja.window; i += 1) {
    const ch = doc.text[i] ?? '';
    if (ch === ' ' && window.length === 0) continue;
    if (!HIRAGANA.test(doc.raw[i] ?? '')) break;
    window += ch;
    offsets.push(i);
  }
  let cut = window.length;
  for (const stop of ja.stops) {
    const k = window.indexOf(stop);
    if (k >= 0 && k < cut) cut = k;
  }
  window = window.slice(0, cut);
  const m = ja.re.exec(window);
  if (m === null) return false;
  const lastOffset = offsets[m[0].length - 1];
  const after = lastOffset === undefined ? '' : doc.text.slice(lastOffset + 1, lastOffset + 4);
  const cancelled =
    ja.cancelAfter.some((c) => after.startsWith(c)) && !ja.keepAfter.some((k) => after.startsWith(k));
  return !cancelled;
}

function negatedBefore(doc: Doc, hit: Span & { term: string }, words: readonly Word[], en: CompiledNegation['en']): boolean {
  let clauseStart = 0;
  for (let i = hit.start - 1; i >= 0; i -= 1) {
    if (CLAUSE_BREAK.test(doc.text[i] ?? '')) {
      clauseStart = i + 1;
      break;
    }
  }
  let tokens = words.filter((w) => w.wordLike && w.start >= clauseStart && w.end <= hit.start).map((w) => w.text);
  const lastBreak = tokens.reduce((acc, t, i) => (en.breakSet.has(t) ? i : acc), -1);
  tokens = tokens.slice(lastBreak + 1);
  const recent = tokens.slice(-en.window);
  const termText = doc.text.slice(hit.start, hit.end);
  for (let i = 0; i < recent.length; i += 1) {
    if (!en.negatorSet.has(recent[i] ?? '')) continue;
    const phrase = `${recent.slice(i).join(' ')} ${termText}`;
    if (en.cancel.some((c) => phrase.startsWith(c))) continue;
    return true;
  }
  return false;
}

/** True when the hit is denied by the words around it. */
export function isNegated(
  doc: Doc,
  hit: Span & { term: string },
  words: readonly Word[],
  rules: CompiledNegation,
): boolean {
  return negatedAfter(doc, hit, rules.ja) || negatedBefore(doc, hit, words, rules.en);
}
