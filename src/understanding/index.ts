/**
 * Free-text understanding: text -> {topic, role, age, urgency, emergency, selfHarm, confidence, evidence}.
 * Deterministic, offline and explainable: a lexicon kept as data (seeds/lexicon/*.yaml), NFKC and kana
 * normalisation, Intl.Segmenter word boundaries, negation rules. No network, no model, no state.
 * `evidence` holds lexicon terms (as written in the lexicon) and short codes such as "age:14"; never user text.
 */
import type { AgeBand, Lang, Role, Topic, Urgency } from '../ids.js';
import { extractAge } from './age.js';
import { detectEmergency } from './emergency.js';
import type { Lexicon } from './lexicon.js';
import { findHits, type Doc, type Hit } from './match.js';
import { isNegated } from './negation.js';
import { cutInput } from './normalise.js';
import { inferRole } from './role.js';
import { segmentWords, sentenceSpans, type Word } from './segment.js';
import { assessRisk } from './risk.js';
import { scoreTopics } from './topic.js';
import { classifyWithModel } from './topic-model.js';
import { inferUrgency } from './urgency.js';

export type { Lexicon, LexiconData } from './lexicon.js';
export { buildLexicon, defaultSeedsDir, loadLexicon } from './lexicon.js';
export { MAX_INPUT_CHARS, cutInput, foldKana, normalise, normaliseBase } from './normalise.js';

export interface Understanding {
  topic: Topic;
  role: Role | null;
  age: number | null;
  ageBand: AgeBand | null;
  urgency: Urgency;
  emergency: boolean;
  selfHarm: boolean;
  confidence: number;
  evidence: string[];
}

function analyse(text: string, lexicon: Lexicon): { doc: Doc; words: Word[] } {
  const { text: normalised, raw } = lexicon.normaliseAligned(cutInput(text));
  const words = segmentWords(normalised, 'ja');
  const boundaries = new Set<number>([0, normalised.length]);
  for (const w of words) {
    boundaries.add(w.start);
    boundaries.add(w.end);
  }
  return { doc: { text: normalised, raw, boundaries }, words };
}

/**
 * Understands one message. Pure: the same text and lexicon always give the same answer.
 * Both languages are always matched (people mix them); `lang` is accepted for the contract and does not change
 * the result.
 */
/** Below this lexicon confidence the topic model's answer is taken instead (measured on fresh text: README). */
export const LEXICON_SURE = 0.5;

/** The word lists decide when they are sure; otherwise the n-gram model, which generalises to unseen wordings. */
function withModel(byWords: ReturnType<typeof scoreTopics>, normalised: string, lexicon: Lexicon): ReturnType<typeof scoreTopics> {
  if (!lexicon.topicModel || (byWords.topic !== 'other' && byWords.confidence >= LEXICON_SURE)) return byWords;
  const guess = classifyWithModel(lexicon.topicModel, normalised);
  if (guess.topic === byWords.topic) return byWords;
  return { ...byWords, topic: guess.topic, confidence: Math.round(guess.p * 0.8 * 100) / 100, evidence: [...byWords.evidence, 'model:topic'] };
}

/** Emergency kinds whose wording often contains a negative form that is part of the harm itself. */
const NEGATION_IMMUNE: ReadonlySet<string> = new Set(['injury', 'confinement', 'no-home']);

export function understand(text: string, lexicon: Lexicon, lang?: Lang): Understanding {
  void lang;
  const { doc, words } = analyse(typeof text === 'string' ? text : '', lexicon);
  const affirmed = <P>(hits: Hit<P>[]): Hit<P>[] => hits.filter((h) => !isNegated(doc, h, words, lexicon.negation));

  const topicHits = findHits(lexicon.topics, doc);
  const conceptHits = findHits(lexicon.concepts, doc);
  const byWords = scoreTopics(affirmed(topicHits), affirmed(conceptHits), lexicon);
  // "no one hit me": topic words that are denied keep the model from guessing the topic they deny.
  const denied = affirmed(topicHits).length < topicHits.length || affirmed(conceptHits).length < conceptHits.length;
  const topic = denied ? byWords : withModel(byWords, doc.text, lexicon);
  const age = extractAge(doc, lexicon.age, lexicon.bands);
  const role = inferRole(affirmed(findHits(lexicon.roles, doc)), age.selfAge, lexicon);
  // Harm words that carry their own negative (止まらない, 逃げられない) are never read as denied.
  const emergencyHits = findHits(lexicon.emergency, doc).filter(
    (h) => h.payloads.some((p) => NEGATION_IMMUNE.has(p.kind)) || !isNegated(doc, h, words, lexicon.negation),
  );
  const phrases = detectEmergency(emergencyHits, doc.text, sentenceSpans(doc.text), lexicon);
  const risk = assessRisk(doc.text, lexicon.risk, phrases.emergency);
  const emergency = {
    emergency: risk.emergency,
    selfHarm: risk.emergency && (phrases.selfHarm || risk.selfHarm),
    evidence: risk.emergency ? [...phrases.evidence, ...risk.cues] : [],
  };
  const urgency = inferUrgency(emergency.emergency, topic.topic, affirmed(findHits(lexicon.urgency, doc)));

  const evidence = [
    ...new Set([...topic.evidence, ...role.evidence, ...age.evidence, ...emergency.evidence, ...urgency.evidence]),
  ];
  return {
    topic: topic.topic,
    role: role.role,
    age: age.age,
    ageBand: age.band,
    urgency: urgency.urgency,
    emergency: emergency.emergency,
    selfHarm: emergency.selfHarm,
    confidence: topic.confidence,
    evidence,
  };
}
