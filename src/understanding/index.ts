/**
 * Free-text understanding: text -> {topic, role, age, urgency, emergency, selfHarm, confidence, evidence}.
 * Deterministic, offline and explainable: a lexicon kept as data (seeds/lexicon/*.yaml), NFKC and kana
 * normalisation, Intl.Segmenter word boundaries, negation rules, and a small learned layer (learned-model.json and .bin.gz,
 * linear models over character n-grams) for the wordings no list has. No network, no download, no state.
 * `evidence` holds lexicon terms (as written in the lexicon) and short codes such as "age:14" or "model:topic";
 * never user text.
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
import { textFeatures } from './features.js';
import { guessTopic, type LearnedModel } from './learned-model.js';
import { decideEmergency } from './decide-emergency.js';
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

/** At or above this word-list confidence (and not `other`), the word lists are sure of the topic. */
export const LEXICON_SURE = 0.4;

type TopicAnswer = ReturnType<typeof scoreTopics>;

/**
 * The topic: the model's answer, unless the word lists are sure and the model is not sure enough to overrule them
 * (measured on sets never trained on: test/understanding/README.md). Denied topic words ("no one hit me") keep
 * the word lists' answer, so the model cannot guess the topic the person denies.
 */
function chooseTopic(byWords: TopicAnswer, model: LearnedModel | undefined, features: readonly string[], denied: boolean): TopicAnswer {
  if (!model || denied) return byWords;
  const guess = guessTopic(model, features);
  const wordsSure = byWords.topic !== 'other' && byWords.confidence >= LEXICON_SURE;
  if (guess.topic === byWords.topic || (wordsSure && guess.p < model.data.topic.override)) return byWords;
  return { ...byWords, topic: guess.topic, confidence: Math.round(guess.p * 100) / 100, evidence: [...byWords.evidence, 'model:topic'] };
}

/** Emergency kinds whose wording often contains a negative form that is part of the harm itself. */
const NEGATION_IMMUNE: ReadonlySet<string> = new Set(['injury', 'confinement', 'no-home']);

/**
 * Understands one message. Pure: the same text and lexicon always give the same answer.
 * Both languages are always matched (people mix them); `lang` is accepted for the contract and does not change
 * the result.
 */
export function understand(text: string, lexicon: Lexicon, lang?: Lang): Understanding {
  void lang;
  const { doc, words } = analyse(typeof text === 'string' ? text : '', lexicon);
  const affirmed = <P>(hits: Hit<P>[]): Hit<P>[] => hits.filter((h) => !isNegated(doc, h, words, lexicon.negation));

  const topicHits = findHits(lexicon.topics, doc);
  const conceptHits = findHits(lexicon.concepts, doc);
  const topicWords = affirmed(topicHits);
  const conceptWords = affirmed(conceptHits);
  const byWords = scoreTopics(topicWords, conceptWords, lexicon);
  // "no one hit me": topic words that are denied keep the model from guessing the topic they deny.
  const denied = topicWords.length < topicHits.length || conceptWords.length < conceptHits.length;
  const features = lexicon.learned ? textFeatures(doc.text) : [];
  const topic = chooseTopic(byWords, lexicon.learned, features, denied);
  const age = extractAge(doc, lexicon.age, lexicon.bands);
  const role = inferRole(affirmed(findHits(lexicon.roles, doc)), age.selfAge, lexicon);
  // Harm words that carry their own negative (止まらない, 逃げられない) are never read as denied.
  const dangerWords = findHits(lexicon.emergency, doc);
  const emergencyHits = dangerWords.filter(
    (h) => h.payloads.some((p) => NEGATION_IMMUNE.has(p.kind)) || !isNegated(doc, h, words, lexicon.negation),
  );
  const phrases = detectEmergency(emergencyHits, doc.text, sentenceSpans(doc.text), lexicon);
  const risk = assessRisk(doc.text, lexicon.risk, phrases);
  const emergency = decideEmergency(
    {
      dangerWords,
      emergencyHits,
      phrases,
      risk,
      anyTopicWords: topicHits.length + conceptHits.length > 0,
      anyLetters: /\p{L}/u.test(doc.text),
      characters: Array.from(doc.text).length,
    },
    lexicon.learned,
    features,
  );
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
