/**
 * Age from free text: exact ages ("14歳", "14 years old", "i'm 14", "(9)", "16f"), school years (中2, 高校1年,
 * 小6, "8th grade") and band words (JK, 中学生, "high school"), with the rules in seeds/lexicon/age.yaml.
 *
 * The age reported is a representative number: an exact age as stated (the youngest when several are stated,
 * ages of an adult offender such as "40歳の男" left out); for 中/高 years the lower bound of the band (中2 -> 13,
 * 高3 -> 16, as DESIGN.md section 3 maps school years to bands); for 小/大 years the first age of that school year
 * (小6 -> 11, 大学2年 -> 19), because the band's lower bound would say nothing; for a band word the band's
 * lower bound (JK -> 16, JC -> 13).
 * An age is the writer's own ("self") when a first-person word stands before it ("私は17歳", "i'm in 8th grade"),
 * a self marker after it ("中3です", "高1だけど"), or it stands alone as a signature ("...。中3", "... 16f").
 */
import type { AgeBand } from '../ids.js';
import { AGE_BANDS, ageOfBand, bandOfAge } from '../ids.js';
import type { AgeFile } from './schema.js';
import type { z } from 'zod';
import type { BandPayload } from './lexicon.js';
import { findHits, type Doc, type Matcher } from './match.js';
import { sentenceSpans } from './segment.js';

type AgeData = z.infer<typeof AgeFile>;

interface SchoolYearRule {
  readonly band: AgeBand;
  readonly years: number;
  readonly firstAge: number;
  readonly age: 'band-min' | 'year-start';
}

export interface AgeRules {
  readonly schoolRe: RegExp;
  readonly schoolByPrefix: ReadonlyMap<string, SchoolYearRule>;
  readonly gradeFirstAge: number;
  readonly selfBefore: readonly string[];
  readonly selfAfter: readonly string[];
  readonly otherAfter: readonly string[];
}

export interface AgeCandidate {
  readonly kind: 'exact' | 'school' | 'grade' | 'band';
  readonly age: number;
  readonly band: AgeBand;
  readonly start: number;
  readonly end: number;
  /** Short code shown as evidence, e.g. "age:14", "school-year:中2", "band:jk". */
  readonly label: string;
  readonly self: boolean;
}

export interface AgeResult {
  readonly age: number | null;
  readonly band: AgeBand | null;
  /** The writer's own age, when the text says it. */
  readonly selfAge: number | null;
  readonly evidence: readonly string[];
}

const IDEOGRAPH = '\\u3400-\\u4dbf\\u4e00-\\u9fff々';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileAgeRules(data: AgeData, normalise: (text: string) => string): AgeRules {
  const schoolByPrefix = new Map<string, SchoolYearRule>();
  for (const sy of data.schoolYears) {
    for (const p of sy.prefixes) {
      schoolByPrefix.set(normalise(p), { band: sy.band as AgeBand, years: sy.years, firstAge: sy.firstAge, age: sy.age });
    }
  }
  const prefixes = [...schoolByPrefix.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const schoolRe = new RegExp(`(?<![${IDEOGRAPH}])(${prefixes.join('|')}) ?(\\d)(?!\\d)(?:年生|年)?`, 'g');
  const norm = (list: readonly string[]): string[] => list.map(normalise).filter((s) => s.length > 0);
  return {
    schoolRe,
    schoolByPrefix,
    gradeFirstAge: data.gradeFirstAge,
    selfBefore: norm(data.selfBefore),
    selfAfter: norm(data.selfAfter),
    otherAfter: norm(data.otherAfter),
  };
}

const NOT_AN_AGE_AFTER = /^ ?(?:min|minute|hour|hr|time|am\b|pm\b|%|th\b|st\b|nd\b|rd\b|km|kg|cm|yen|dollar|day|week|month|year|\$|:|円|時|分|日|人|回|万|月)/;

/** Exact-age patterns with the range each accepts (a "16f" signature only makes sense for a young person). */
const EXACT_PATTERNS: readonly { re: RegExp; min: number; max: number }[] = [
  { re: /(\d{1,2}) ?(?:歳|才|さい)/g, min: 0, max: 99 },
  { re: /(?<![\d$])(\d{1,2}) ?(?:years? old|yrs? old|yo|y\/o)\b/g, min: 0, max: 99 },
  { re: /\b(?:age|aged) ?(\d{1,2})\b/g, min: 0, max: 99 },
  {
    re: /\b(?:shes|she is|hes|he is|who is|are|is) (?:only |just |now |maybe |about |around )?(\d{1,2})(?=$| ?[.,!?;:)]| (?:and|but|so|now|too)\b)/g,
    min: 0,
    max: 99,
  },
  { re: /[(](\d{1,2}) ?(?:歳|才|f|m)?[)]/g, min: 0, max: 99 },
  { re: /\b(\d{1,2})(?:f|m)\b/g, min: 10, max: 29 },
  { re: /\bat (\d{1,2})(?= ?(?:[,.!?;]|and\b|$))/g, min: 5, max: 29 },
];
const SELF_EXACT = /\b(?:im|i am) (?:only |just |now )?(\d{1,2})\b/g;
const GRADE_PATTERNS: readonly RegExp[] = [/\b(\d{1,2})(?:st|nd|rd|th) ?grader?s?\b/g, /\bgrade (\d{1,2})\b/g];

function plausible(age: number): boolean {
  return age >= 0 && age <= 99;
}

function isOther(text: string, end: number, rules: AgeRules): boolean {
  const after = text.slice(end).replace(/^ /, '');
  return rules.otherAfter.some((o) => after.startsWith(o));
}

/** An age stated about someone else ("she is 14", "my son is 9") is never the writer's own. */
const THIRD_PERSON = /^(?:she|he|they|shes|hes|theyre|her|his|their|my |our |彼女|彼|娘|息子)/;

function isSelf(text: string, start: number, end: number, rules: AgeRules, soloSpans: ReadonlySet<string>): boolean {
  if (THIRD_PERSON.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 14), start).replace(/[ \u3000はもって、,:]+$/u, '').replace(/今$/, '');
  const endsWithWord = (w: string): boolean =>
    before.endsWith(w) && !(/^[a-z]/.test(w) && /[a-z0-9]/.test(before[before.length - w.length - 1] ?? ''));
  if (rules.selfBefore.some(endsWithWord)) return true;
  const after = text.slice(end).replace(/^(?:女子|男子|の女子|の男子|生|女|男)/, '');
  if (rules.selfAfter.some((w) => after.startsWith(w))) return true;
  if (start === 0 && /^[、,]/.test(after) && after === text.slice(end)) return true;
  return soloSpans.has(`${start}:${end}`);
}

/** Spans of text that stand alone (a sentence, or a space-separated last word) with nothing but a sex marker. */
function soloCandidates(text: string, spans: readonly { start: number; end: number }[], cands: readonly { start: number; end: number }[]): Set<string> {
  const out = new Set<string>();
  for (const c of cands) {
    for (const s of spans) {
      if (c.start < s.start || c.end > s.end) continue;
      const head = text.slice(s.start, c.start).trim();
      const tail = text.slice(c.end, s.end).trim().replace(/^(?:女子|男子|生|f|m)$/, '');
      const lastWordAlone =
        tail === '' && c.end === s.end && /[^\x00-\x7f]/.test(text.slice(c.start, c.end)) && / $/.test(text.slice(s.start, c.start));
      const afterComma = tail === '' && c.end === text.length && /[,、] ?$/.test(text.slice(0, c.start));
      if ((head === '' && tail === '') || lastWordAlone || afterComma) out.add(`${c.start}:${c.end}`);
    }
  }
  return out;
}

/** All age statements in a normalised text. */
export function ageCandidates(doc: Doc, rules: AgeRules, bands: Matcher<BandPayload>): AgeCandidate[] {
  const text = doc.text;
  const raw: Omit<AgeCandidate, 'self'>[] = [];
  const taken: { start: number; end: number }[] = [];
  const free = (s: number, e: number): boolean => !taken.some((t) => s < t.end && t.start < e);
  const push = (c: Omit<AgeCandidate, 'self'>): void => {
    if (!free(c.start, c.end)) return;
    taken.push({ start: c.start, end: c.end });
    raw.push(c);
  };
  const selfExact = new Set<string>();
  for (const m of text.matchAll(SELF_EXACT)) {
    const age = Number(m[1]);
    const end = m.index + m[0].length;
    if (!plausible(age) || NOT_AN_AGE_AFTER.test(text.slice(end))) continue;
    selfExact.add(`${m.index}:${end}`);
    push({ kind: 'exact', age, band: bandOfAge(age), start: m.index, end, label: `age:${age}` });
  }
  for (const { re, min, max } of EXACT_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const age = Number(m[1]);
      const end = m.index + m[0].length;
      if (age < min || age > max || isOther(text, end, rules)) continue;
      push({ kind: 'exact', age, band: bandOfAge(age), start: m.index, end, label: `age:${age}` });
    }
  }
  for (const m of text.matchAll(rules.schoolRe)) {
    const prefix = m[1] ?? '';
    const year = Number(m[2]);
    const rule = rules.schoolByPrefix.get(prefix);
    if (rule === undefined || year < 1 || year > rule.years) continue;
    const bandMin = AGE_BANDS[rule.band].min;
    const age = rule.age === 'band-min' ? bandMin : Math.max(bandMin, rule.firstAge + year - 1);
    const short = `${prefix.slice(0, 1)}${year}`;
    push({ kind: 'school', age, band: rule.band, start: m.index, end: m.index + m[0].length, label: `school-year:${short}` });
  }
  for (const re of GRADE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const grade = Number(m[1]);
      if (grade < 1 || grade > 12) continue;
      const age = rules.gradeFirstAge + grade - 1;
      push({ kind: 'grade', age, band: bandOfAge(age), start: m.index, end: m.index + m[0].length, label: `grade:${grade}` });
    }
  }
  for (const h of findHits(bands, doc)) {
    const band = h.payloads[0]?.band;
    if (band === undefined) continue;
    push({ kind: 'band', age: ageOfBand(band), band, start: h.start, end: h.end, label: `band:${h.term}` });
  }
  // A bare number that is a sentence of its own ("... 16." / "…。15") is a signature age.
  const spans = sentenceSpans(text);
  for (const s of spans) {
    const part = text.slice(s.start, s.end);
    const m = /^ *(\d{1,2}) *$/.exec(part);
    if (m === null) continue;
    const age = Number(m[1]);
    if (age < 5 || age > 29) continue;
    const start = s.start + part.indexOf(m[1] ?? '');
    push({ kind: 'exact', age, band: bandOfAge(age), start, end: start + (m[1] ?? '').length, label: `age:${age}` });
  }
  // So is a number that ends the message after a comma ("..., 15").
  const tail = /[,、] ?(\d{1,2})$/.exec(text);
  if (tail !== null) {
    const age = Number(tail[1]);
    const start = text.length - (tail[1] ?? '').length;
    if (age >= 5 && age <= 29) push({ kind: 'exact', age, band: bandOfAge(age), start, end: text.length, label: `age:${age}` });
  }
  const solo = soloCandidates(text, spans, raw);
  return raw
    .map((c) => ({
      ...c,
      self: selfExact.has(`${c.start}:${c.end}`) || isSelf(text, c.start, c.end, rules, solo),
    }))
    .sort((a, b) => a.start - b.start);
}

const KIND_RANK: Readonly<Record<AgeCandidate['kind'], number>> = { exact: 0, school: 1, grade: 2, band: 3 };

function best(cands: readonly AgeCandidate[]): AgeCandidate | null {
  let out: AgeCandidate | null = null;
  for (const c of cands) {
    if (
      out === null ||
      KIND_RANK[c.kind] < KIND_RANK[out.kind] ||
      (KIND_RANK[c.kind] === KIND_RANK[out.kind] && c.age < out.age)
    ) {
      out = c;
    }
  }
  return out;
}

/** The representative age of the text, its band, and the writer's own age if stated. */
export function extractAge(doc: Doc, rules: AgeRules, bands: Matcher<BandPayload>): AgeResult {
  const cands = ageCandidates(doc, rules, bands);
  const chosen = best(cands);
  const self = best(cands.filter((c) => c.self));
  const evidence = [...new Set([chosen, self].filter((c): c is AgeCandidate => c !== null).map((c) => c.label))];
  return {
    age: chosen?.age ?? null,
    band: chosen?.band ?? null,
    selfAge: self?.age ?? null,
    evidence,
  };
}
