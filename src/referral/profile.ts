/** What the engine knows about a situation: codes only, never the words a person typed. */
import type { Lang, Role, Topic, Urgency } from '../ids.js';

export interface Profile {
  role: Role;
  /** Age of the young person concerned (the person themself when role is child or young-adult). */
  age?: number;
  topics: Topic[];
  urgency: Urgency;
  /** The instant "now" for opening hours. */
  at: Date;
  lang: Lang;
  /** The person wants to stay anonymous. */
  anonymous?: boolean;
  prefecture?: string;
  /** Words of suicide or self-harm were seen (puts a 24 h crisis line on the emergency card). */
  selfHarm?: boolean;
}
