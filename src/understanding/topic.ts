/**
 * Topic scoring: each distinct topic term adds its weight (seeds/lexicon/topics.yaml); each combination of concepts
 * that meets in the text adds the combination's weight (concepts.yaml, e.g. a sexual act + a family member ->
 * sexual-abuse). The best score wins if it reaches minScore; ties go to the topic listed first in `priority`.
 * Confidence grows with the winning score and shrinks when a second topic comes close.
 */
import type { Topic } from '../ids.js';
import type { ConceptPayload, Lexicon, TopicPayload } from './lexicon.js';
import type { Hit } from './match.js';

export interface TopicResult {
  readonly topic: Topic;
  readonly confidence: number;
  readonly evidence: readonly string[];
  readonly scores: Readonly<Partial<Record<Topic, number>>>;
}

interface Tally {
  score: number;
  evidence: string[];
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Confidence in 0..1 from the best and the runner-up score. */
export function topicConfidence(best: number, second: number): number {
  if (best <= 0) return 0;
  const strength = best / (best + 2);
  const clarity = Math.max(0, best - second) / best;
  return round2(Math.min(1, strength * (0.4 + 0.6 * clarity)));
}

export function scoreTopics(
  topicHits: readonly Hit<TopicPayload>[],
  conceptHits: readonly Hit<ConceptPayload>[],
  lexicon: Lexicon,
): TopicResult {
  const tallies = new Map<Topic, Tally>();
  const tally = (t: Topic): Tally => {
    let x = tallies.get(t);
    if (x === undefined) {
      x = { score: 0, evidence: [] };
      tallies.set(t, x);
    }
    return x;
  };

  const seen = new Map<string, number>();
  for (const hit of topicHits) {
    for (const p of hit.payloads) {
      const key = `${p.topic}\u0000${hit.term}`;
      const before = seen.get(key) ?? 0;
      if (p.weight <= before) continue;
      seen.set(key, p.weight);
      const t = tally(p.topic);
      t.score += p.weight - before;
      if (!t.evidence.includes(hit.term)) t.evidence.push(hit.term);
    }
  }

  const conceptTerms = new Map<string, string>();
  for (const hit of conceptHits) {
    for (const p of hit.payloads) if (!conceptTerms.has(p.concept)) conceptTerms.set(p.concept, hit.term);
  }
  for (const combo of lexicon.data.concepts.combos) {
    if (!combo.all.every((c) => conceptTerms.has(c))) continue;
    if (combo.none.some((c) => conceptTerms.has(c))) continue;
    const t = tally(combo.topic);
    t.score += combo.weight;
    for (const c of combo.all) {
      const term = conceptTerms.get(c);
      if (term !== undefined && !t.evidence.includes(term)) t.evidence.push(term);
    }
  }

  const priority = lexicon.data.topics.priority;
  const rank = (t: Topic): number => {
    const i = priority.indexOf(t);
    return i < 0 ? priority.length : i;
  };
  const ranked = [...tallies.entries()]
    .filter(([t]) => t !== 'other')
    .sort((a, b) => b[1].score - a[1].score || rank(a[0]) - rank(b[0]));
  const scores: Partial<Record<Topic, number>> = {};
  for (const [t, x] of ranked) scores[t] = round2(x.score);

  const first = ranked[0];
  if (first === undefined || first[1].score < lexicon.data.topics.minScore) {
    return { topic: 'other', confidence: ranked.length === 0 && conceptHits.length === 0 ? 0 : 0.1, evidence: [], scores };
  }
  const second = ranked[1]?.[1].score ?? 0;
  return { topic: first[0], confidence: topicConfidence(first[1].score, second), evidence: first[1].evidence, scores };
}
