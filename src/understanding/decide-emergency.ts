/**
 * The emergency decision: the word lists (emergency.yaml phrases and the weighted cues of risk.yaml) and the learned
 * model (learned-model.json) together. The words are explainable and sure of what they know; the model reads the
 * wordings no list holds. Each can outvote the other only in the ways below, chosen by measuring on sets never
 * trained on (test/understanding/README.md).
 */
import type { EmergencyResult } from './emergency.js';
import { scoreEmergency, type LearnedModel } from './learned-model.js';
import type { EmergencyPayload } from './lexicon.js';
import type { Hit } from './match.js';
import type { RiskResult } from './risk.js';

/**
 * Phrase kinds the model never overrules: an injury, being confined, asking for the police or an ambulance (nor a
 * message that is a call for help by itself, "110", "助けて", "今危ない").
 */
const NEVER_OVERRULED: ReadonlySet<string> = new Set(['injury', 'confinement', 'call', 'self-harm']);

/** risk.yaml cues that say the message is about now ("今", "tonight", "still", "just now"). */
const NOW_CUES: ReadonlySet<string> = new Set(['risk:now', 'risk:just-now']);

export interface WordsSeen {
  /** Danger words found, before negation. */
  readonly dangerWords: readonly Hit<EmergencyPayload>[];
  /** The danger words that are not denied. */
  readonly emergencyHits: readonly Hit<EmergencyPayload>[];
  readonly phrases: EmergencyResult;
  readonly risk: RiskResult;
  /** Any topic or concept word at all. */
  readonly anyTopicWords: boolean;
  /** Any letter at all (kana, kanji, Latin...): "???" or a row of emoji has none. */
  readonly anyLetters: boolean;
  /** Characters (code points) in the normalised message. */
  readonly characters: number;
}

export interface EmergencyDecision {
  readonly emergency: boolean;
  readonly selfHarm: boolean;
  /** Lexicon terms and cue ids, plus "model:emergency" when the model decided. */
  readonly evidence: readonly string[];
}

/**
 * - The words say emergency: it stands unless the model's probability is below `floor`; self-harm, injury,
 *   confinement, calls for the police, bare calls for help and two kinds of danger phrase at once are never overruled.
 * - The words do not: the model decides when the message itself adds at least `minEvidence` to the log-odds (more,
 *   `minEvidenceWithoutWords`, when the lists find nothing at all; less, `minEvidenceWhenNow`, when the message says
 *   now, just now or tonight), unless the words say "not now" (denied danger
 *   words, or a past/joke/question sign of risk.yaml), the message has no letter at all, or it is shorter than
 *   `minCharacters` with no danger word or risk cue but "now". Asking whether to call the police is always about now.
 */
export function decideEmergency(seen: WordsSeen, model: LearnedModel | undefined, features: readonly string[]): EmergencyDecision {
  const { dangerWords, emergencyHits, phrases, risk } = seen;
  const selfHarmWords = risk.emergency && (phrases.selfHarm || risk.selfHarm);
  const wordsEvidence = risk.emergency ? [...phrases.evidence, ...risk.cues] : [];
  const byWords = { emergency: risk.emergency, selfHarm: selfHarmWords, evidence: wordsEvidence };
  if (!model) return byWords;

  const { p, evidence } = scoreEmergency(model, features);
  const { floor, minEvidence, minEvidenceWithoutWords, minEvidenceWhenNow, minCharacters } = model.data.emergency;
  if (risk.emergency) {
    const standalone = emergencyHits.flatMap((h) => h.payloads.filter((k) => k.standalone));
    // Two kinds of danger phrase at once ("kaerenai ... tasukete") are not a false friend the model knows.
    const sure =
      selfHarmWords || phrases.bare || standalone.some((k) => NEVER_OVERRULED.has(k.kind)) || new Set(standalone.map((k) => k.kind)).size >= 2;
    return sure || p >= floor ? byWords : { emergency: false, selfHarm: false, evidence: [] };
  }
  // Only a denied danger phrase ("not in danger") says "not now"; a denied part of a combination ("if I don't ...
  // tonight") does not.
  const phrase = (h: Hit<EmergencyPayload>) => h.payloads.some((k) => k.kind !== 'part');
  const dangerDenied = dangerWords.some(phrase) && !emergencyHits.some(phrase);
  if ((risk.notNow || dangerDenied) && !phrases.call) return byWords;
  // Punctuation and emoji alone tell the model nothing it should act on.
  if (!seen.anyLetters) return byWords;
  const otherCue = risk.cues.some((c) => !NOW_CUES.has(c));
  // A short message needs a danger phrase or a risk cue besides "now" ("今から" alone is only a part of a phrase).
  if (seen.characters < minCharacters && !dangerWords.some(phrase) && !otherCue) return byWords;
  // Words about something (a topic, a danger, a risk cue other than "now"); "今ひま?" has none.
  const aboutSomething = seen.anyTopicWords || dangerWords.length > 0 || otherCue;
  const saysNow = risk.cues.some((c) => NOW_CUES.has(c));
  const needed = !aboutSomething
    ? Math.max(minEvidence, minEvidenceWithoutWords)
    : saysNow
      ? Math.min(minEvidence, minEvidenceWhenNow)
      : minEvidence;
  return evidence >= needed ? { emergency: true, selfHarm: false, evidence: ['model:emergency'] } : byWords;
}
