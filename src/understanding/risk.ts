/**
 * The broader emergency layer (seeds/lexicon/risk.yaml): weighted risk cues that add up, minus dampeners for
 * talk of the past, jokes and everyday things. A phrase-list hit counts as a strong cue, so it too can be
 * outweighed by clear signs that the danger is past or a joke. It catches the many wordings the phrase lists in emergency.yaml
 * cannot; each cue is a stem that in this setting means danger, harm or a cry for help.
 */
import { z } from 'zod';
import { foldKana } from './normalise.js';

export const RiskFile = z
  .object({
    threshold: z.number().positive(),
    phraseWeight: z.number().positive(),
    cues: z.array(
      z.object({ id: z.string(), weight: z.number().positive(), selfHarm: z.boolean().default(false), re: z.string().min(1) }).strict(),
    ),
    dampeners: z.array(
      z
        .object({
          id: z.string(),
          weight: z.number().positive(),
          /** Not applied when a self-harm cue is present: "ODしたｗ" is still an overdose. */
          sparesSelfHarm: z.boolean().default(false),
          /** Not applied when the message asks for the police or an ambulance: "昨夜…警察に電話すべきですか" is about now. */
          sparesCalls: z.boolean().default(false),
          /** Cue ids that keep this dampener from applying: a photo sent "long ago" does not make "he is on his way" past. */
          sparedBy: z.array(z.string()).default([]),
          /** A clear sign that the danger is not now (past, joke, question...): the learned model cannot overrule it. */
          vetoesModel: z.boolean().default(false),
          /**
           * Cue ids that lift the veto (the weight still counts): with "今" or "tonight" in the message, "以前" or
           * "通報したい" no longer says the danger is past, and the learned model decides.
           */
          vetoSparedBy: z.array(z.string()).default([]),
          re: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict();
export type RiskData = z.infer<typeof RiskFile>;

/** A cue or dampener of risk.yaml with its pattern compiled. */
type Compiled<T extends { re: string }> = Omit<T, 're'> & { readonly re: RegExp };

export interface RiskRules {
  readonly threshold: number;
  readonly phraseWeight: number;
  readonly cues: readonly Compiled<RiskData['cues'][number]>[];
  readonly dampeners: readonly Compiled<RiskData['dampeners'][number]>[];
}

/** Patterns are matched against normalised text, where katakana is already hiragana; fold them the same way. */
const compile = (source: string): RegExp => new RegExp(foldKana(source), 'u');

export function compileRisk(data: RiskData): RiskRules {
  return {
    threshold: data.threshold,
    phraseWeight: data.phraseWeight,
    cues: data.cues.map((c) => ({ ...c, re: compile(c.re) })),
    dampeners: data.dampeners.map((d) => ({ ...d, re: compile(d.re) })),
  };
}

export interface RiskResult {
  readonly emergency: boolean;
  readonly selfHarm: boolean;
  readonly score: number;
  /** Cue ids, shown as evidence ("risk:die"). */
  readonly cues: readonly string[];
  /** Dampener ids that applied, for evaluation tools. */
  readonly dampeners: readonly string[];
  /** A dampener that says "not now" applied: the learned model alone does not make this an emergency. */
  readonly notNow: boolean;
}

/** What the phrase lists of emergency.yaml already found. */
export interface PhraseFinding {
  readonly emergency: boolean;
  readonly selfHarm: boolean;
  /** Asks for the police or an ambulance, or whether to call them. */
  readonly call: boolean;
}

/**
 * `phrases`: an emergency found by the phrase lists counts as a strong cue and can be dampened; a self-harm phrase
 * is spared like a self-harm cue ("リストカットの痕がある生徒がいます。どこと連携すべきでしょうか" stays an emergency),
 * and dampeners marked `sparesCalls` leave a message that asks for the police or an ambulance alone.
 */
export function assessRisk(normalised: string, rules: RiskRules, phrases: PhraseFinding): RiskResult {
  const hits = rules.cues.filter((c) => c.re.test(normalised));
  const selfHarmCue = hits.some((c) => c.selfHarm) || phrases.selfHarm;
  const hitIds = new Set(hits.map((c) => c.id));
  const damp = rules.dampeners.filter(
    (d) => d.re.test(normalised) && !(d.sparesSelfHarm && selfHarmCue) && !(d.sparesCalls && phrases.call) && !d.sparedBy.some((id) => hitIds.has(id)),
  );
  const score =
    (phrases.emergency ? rules.phraseWeight : 0) + hits.reduce((n, c) => n + c.weight, 0) - damp.reduce((n, d) => n + d.weight, 0);
  const emergency = score >= rules.threshold;
  return {
    emergency,
    selfHarm: emergency && hits.some((c) => c.selfHarm),
    score,
    cues: hits.map((c) => `risk:${c.id}`),
    dampeners: damp.map((d) => d.id),
    notNow: damp.some((d) => d.vetoesModel && !d.vetoSparedBy.some((id) => hitIds.has(id))),
  };
}
