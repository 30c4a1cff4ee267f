/**
 * Urgency: `emergency` when an emergency was detected; `urgent` for a sexual assault within about 72 hours
 * (a recent-time word such as 昨日, 昨夜, さっき, "last night", "yesterday" with a sexual-assault topic) or harm
 * likely within days (a meeting arranged, a threat to share images); otherwise `routine`.
 * The words and the topics they apply to are in seeds/lexicon/urgency.yaml.
 */
import type { Topic, Urgency } from '../ids.js';
import type { UrgencyPayload } from './lexicon.js';
import type { Hit } from './match.js';

export interface UrgencyResult {
  readonly urgency: Urgency;
  readonly evidence: readonly string[];
}

export function inferUrgency(emergency: boolean, topic: Topic, hits: readonly Hit<UrgencyPayload>[]): UrgencyResult {
  if (emergency) return { urgency: 'emergency', evidence: [] };
  const evidence: string[] = [];
  for (const hit of hits) {
    for (const p of hit.payloads) {
      if (p.topics !== null && !p.topics.includes(topic)) continue;
      if (!evidence.includes(hit.term)) evidence.push(hit.term);
    }
  }
  return { urgency: evidence.length > 0 ? 'urgent' : 'routine', evidence };
}
