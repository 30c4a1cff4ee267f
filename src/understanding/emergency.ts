/**
 * Emergency detection, tuned for recall (seeds/lexicon/emergency.yaml).
 * A message is an emergency when it holds a standalone emergency term that is not negated (たすけて, 死にたい,
 * 殺される, "can't go home", 閉じ込められ, 血が出 ...), when the parts of a combination meet in one sentence
 * ("今" + 殴られてる, "right now" + "hitting"), or when the whole message is a bare call such as "110" or "help".
 * Guards (longer phrases such as "110番って", "人権110番", "help me find", "自殺予防") win the span of a trigger
 * they contain, so the known false friends stay quiet. Self-harm terms also set selfHarm.
 */
import type { EmergencyPayload, Lexicon } from './lexicon.js';
import { stripForBare } from './lexicon.js';
import type { Hit } from './match.js';
import { sentenceIndexOf, type Span } from './segment.js';

export interface EmergencyResult {
  readonly emergency: boolean;
  readonly selfHarm: boolean;
  /** The whole message is a call for help by itself ("110", "助けて", "今危ない"). */
  readonly bare: boolean;
  /** A standalone phrase asks for the police or an ambulance, or whether to call them. */
  readonly call: boolean;
  readonly evidence: readonly string[];
}

export function detectEmergency(
  hits: readonly Hit<EmergencyPayload>[],
  normalised: string,
  sentences: readonly Span[],
  lexicon: Lexicon,
): EmergencyResult {
  const evidence: string[] = [];
  let emergency = false;
  let selfHarm = false;
  let call = false;
  for (const hit of hits) {
    for (const p of hit.payloads) {
      if (p.selfHarm) selfHarm = true;
      if (p.standalone || p.selfHarm) {
        emergency = true;
        if (p.kind === 'call') call = true;
        if (!evidence.includes(hit.term)) evidence.push(hit.term);
      }
    }
  }
  for (const combo of lexicon.data.emergency.combos) {
    const bySentence = new Map<number, Map<string, string>>();
    for (const hit of hits) {
      const s = sentenceIndexOf(sentences, hit.start);
      for (const p of hit.payloads) {
        if (!combo.all.includes(p.group)) continue;
        const groups = bySentence.get(s) ?? new Map<string, string>();
        if (!groups.has(p.group)) groups.set(p.group, hit.term);
        bySentence.set(s, groups);
      }
    }
    for (const groups of bySentence.values()) {
      if (combo.all.every((g) => groups.has(g))) {
        emergency = true;
        for (const g of combo.all) {
          const term = groups.get(g);
          if (term !== undefined && !evidence.includes(term)) evidence.push(term);
        }
      }
    }
  }
  const bareTerm = lexicon.bare.get(stripForBare(normalised));
  if (bareTerm !== undefined) {
    emergency = true;
    if (!evidence.includes(bareTerm)) evidence.push(bareTerm);
  }
  return { emergency, selfHarm, bare: bareTerm !== undefined, call, evidence };
}
