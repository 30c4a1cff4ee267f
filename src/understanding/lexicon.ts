/**
 * Loading and compiling the lexicon: reads <seedsDir>/lexicon/*.yaml (only that folder), validates each file with
 * its zod schema (schema.ts), cross-checks references between files, and compiles the matchers used by
 * understand(). Errors name the file and the field, e.g. `lexicon: concepts.yaml: combos[2].all[1]: unknown concept`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { AgeBand, Role, Topic } from '../ids.js';
import { ROLES, TOPICS } from '../ids.js';
import { compileAgeRules, type AgeRules } from './age.js';
import { buildMatcher, type Matcher, type PatternSpec, type TermSpec } from './match.js';
import { compileNegation, type CompiledNegation } from './negation.js';
import { normaliseBaseAligned, variantReplacer, type Aligned } from './normalise.js';
import { projectRoot } from '../paths.js';
import { compileRisk, type RiskRules } from './risk.js';
import { compileLearnedModel, LearnedModelFile, unpackLearnedModel, unzipLearnedModel, type LearnedModel } from './learned-model.js';
import { EMERGENCY_KINDS, LEXICON_FILES, type LexiconData, type LexiconFileName } from './schema.js';

export type { LexiconData } from './schema.js';

export type EmergencyKind = (typeof EMERGENCY_KINDS)[number];

export interface TopicPayload {
  readonly topic: Topic;
  readonly weight: number;
}
export interface ConceptPayload {
  readonly concept: string;
}
export interface RolePayload {
  readonly role: Role;
  readonly weight: number;
}
export interface EmergencyPayload {
  readonly group: string;
  readonly kind: EmergencyKind;
  readonly standalone: boolean;
  readonly selfHarm: boolean;
}
export interface UrgencyPayload {
  readonly group: string;
  readonly topics: readonly Topic[] | null;
}
export interface BandPayload {
  readonly band: AgeBand;
}

/** A validated, compiled lexicon. Build it with loadLexicon() (or buildLexicon() from already parsed data). */
export interface Lexicon {
  readonly data: LexiconData;
  /** The same normalisation the input goes through (base steps + this lexicon's variants). */
  readonly normalise: (text: string) => string;
  /** The same, with the unfolded text alongside (see normalise.ts). */
  readonly normaliseAligned: (text: string) => Aligned;
  readonly negation: CompiledNegation;
  readonly topics: Matcher<TopicPayload>;
  readonly concepts: Matcher<ConceptPayload>;
  readonly roles: Matcher<RolePayload>;
  readonly emergency: Matcher<EmergencyPayload>;
  readonly urgency: Matcher<UrgencyPayload>;
  readonly bands: Matcher<BandPayload>;
  readonly age: AgeRules;
  /** Whole messages that are an emergency by themselves: normalised form without punctuation -> term as written. */
  readonly bare: ReadonlyMap<string, string>;
  readonly risk: RiskRules;
  /** The learned emergency and topic models (learned-model.json), when present. */
  readonly learned?: LearnedModel;
}

/** The project's seeds folder: walks up from this module to the folder that holds package.json. */
export function defaultSeedsDir(): string {
  return join(projectRoot(), 'seeds');
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out === '' ? '(top level)' : out;
}

function fail(messages: readonly string[]): never {
  throw new Error(messages.length === 1 ? messages[0] : `lexicon is invalid:\n${messages.join('\n')}`);
}

/**
 * Reads and validates <seedsDir>/lexicon/*.yaml and compiles it, with the learned model when present (left out with
 * `withModel: false`, as training does: it needs only the normalisation). Throws an Error naming file and field.
 */
export function loadLexicon(seedsDir: string, options: { withModel?: boolean } = {}): Lexicon {
  const dir = join(seedsDir, 'lexicon');
  if (!existsSync(dir)) fail([`lexicon: folder not found: ${dir}`]);
  const present = readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f));
  const known = Object.keys(LEXICON_FILES) as LexiconFileName[];
  const errors: string[] = [];
  for (const f of present) {
    if (!(known as string[]).includes(f)) {
      errors.push(`lexicon: ${f}: unknown lexicon file (expected one of ${known.join(', ')})`);
    }
  }
  for (const f of known) {
    if (!present.includes(f)) errors.push(`lexicon: ${f}: file missing in ${dir}`);
  }
  if (errors.length > 0) fail(errors);

  const parsed: Record<string, unknown> = {};
  for (const f of known) {
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(join(dir, f), 'utf8'));
    } catch (err) {
      errors.push(`lexicon: ${f}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
      continue;
    }
    const result = LEXICON_FILES[f].safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push(`lexicon: ${f}: ${formatPath(issue.path)}: ${issue.message}`);
      }
      continue;
    }
    parsed[f.replace(/\.yaml$/, '')] = result.data;
  }
  if (errors.length > 0) fail(errors);
  const lexicon = buildLexicon(parsed as unknown as LexiconData);
  if (options.withModel === false || !existsSync(join(dir, LEARNED_MODEL_FILE))) return lexicon;
  return { ...lexicon, learned: readLearnedModel(dir) };
}

/** The learned model: its header, and its features and weights (learned-model.ts). */
export const LEARNED_MODEL_FILE = 'learned-model.json';
export const LEARNED_BINARY_FILE = 'learned-model.bin.gz';

function readLearnedModel(dir: string): LearnedModel {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, LEARNED_MODEL_FILE), 'utf8'));
  } catch (err) {
    fail([`lexicon: ${LEARNED_MODEL_FILE}: not valid JSON: ${(err as Error).message}`]);
  }
  const header = LearnedModelFile.safeParse(raw);
  if (!header.success) fail([`lexicon: ${LEARNED_MODEL_FILE}: ${formatPath(header.error.issues[0]!.path)}: ${header.error.issues[0]!.message}`]);
  const binaryFile = join(dir, LEARNED_BINARY_FILE);
  if (!existsSync(binaryFile)) fail([`lexicon: ${LEARNED_BINARY_FILE}: file missing in ${dir} (it comes with ${LEARNED_MODEL_FILE})`]);
  try {
    return compileLearnedModel(unpackLearnedModel(header.data, unzipLearnedModel(readFileSync(binaryFile))));
  } catch (err) {
    fail([`lexicon: ${LEARNED_BINARY_FILE}: ${(err as Error).message}`]);
  }
}

function checkRegex(file: string, path: string, source: string, errors: string[]): void {
  try {
    new RegExp(source, 'gu');
  } catch (err) {
    errors.push(`lexicon: ${file}: ${path}: invalid regular expression: ${(err as Error).message}`);
  }
}

/** An id given twice: references to it would be ambiguous, and one of the two entries is usually a forgotten copy. */
function repeatedIds(file: string, key: string, entries: readonly { id: string }[], errors: string[]): void {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.id)) errors.push(`lexicon: ${file}: ${key}[${i}].id: "${e.id}" is used twice`);
    seen.add(e.id);
  });
}

function crossCheck(data: LexiconData): string[] {
  const errors: string[] = [];
  const conceptIds = new Set(data.concepts.concepts.map((c) => c.id));
  data.concepts.combos.forEach((combo, i) => {
    for (const [key, list] of [['all', combo.all], ['none', combo.none]] as const) {
      list.forEach((cid, j) => {
        if (!conceptIds.has(cid)) errors.push(`lexicon: concepts.yaml: combos[${i}].${key}[${j}]: unknown concept "${cid}"`);
      });
    }
  });
  const groupIds = new Set(data.emergency.groups.map((g) => g.id));
  data.emergency.combos.forEach((combo, i) => {
    combo.all.forEach((gid, j) => {
      if (!groupIds.has(gid)) errors.push(`lexicon: emergency.yaml: combos[${i}].all[${j}]: unknown group "${gid}"`);
    });
  });
  data.emergency.groups.forEach((g, i) =>
    g.patterns.forEach((p, j) => checkRegex('emergency.yaml', `groups[${i}].patterns[${j}].re`, p.re, errors)),
  );
  data.roles.groups.forEach((g, i) =>
    g.patterns.forEach((p, j) => checkRegex('roles.yaml', `groups[${i}].patterns[${j}].re`, p.re, errors)),
  );
  repeatedIds('emergency.yaml', 'groups', data.emergency.groups, errors);
  repeatedIds('risk.yaml', 'cues', data.risk.cues, errors);
  repeatedIds('risk.yaml', 'dampeners', data.risk.dampeners, errors);
  const cueIds = new Set(data.risk.cues.map((c) => c.id));
  data.risk.dampeners.forEach((d, i) => {
    for (const [key, list] of [['sparedBy', d.sparedBy], ['vetoSparedBy', d.vetoSparedBy]] as const) {
      list.forEach((id, j) => {
        if (!cueIds.has(id)) errors.push(`lexicon: risk.yaml: dampeners[${i}].${key}[${j}]: unknown cue "${id}"`);
      });
    }
  });
  for (const t of TOPICS) {
    if (t !== 'other' && !data.topics.priority.includes(t)) errors.push(`lexicon: topics.yaml: priority: missing "${t}"`);
  }
  for (const r of ROLES) {
    if (!data.roles.priority.includes(r)) errors.push(`lexicon: roles.yaml: priority: missing "${r}"`);
  }
  return errors;
}

/** Compiles validated lexicon data; throws when files refer to each other wrongly. */
export function buildLexicon(data: LexiconData): Lexicon {
  const errors = crossCheck(data);
  if (errors.length > 0) fail(errors);

  const applyVariants = variantReplacer(data.variants.variants.flatMap((v) => v.from.map((from) => ({ from, to: v.to }))));
  const normaliseAligned = (text: string): Aligned => applyVariants(normaliseBaseAligned(text));
  const normalise = (text: string): string => normaliseAligned(text).text;
  const guardSpecs = <P>(guards: readonly string[]): TermSpec<P>[] => guards.map((term) => ({ term, payload: null }));

  const topics = buildMatcher<TopicPayload>(
    [
      ...data.topics.groups.flatMap((g) => g.terms.map((term) => ({ term, payload: { topic: g.topic, weight: g.weight } }))),
      ...guardSpecs<TopicPayload>(data.topics.guards),
    ],
    [],
    normalise,
  );
  const concepts = buildMatcher<ConceptPayload>(
    [
      ...data.concepts.concepts.flatMap((c) => c.terms.map((term) => ({ term, whole: c.whole, payload: { concept: c.id } }))),
      ...guardSpecs<ConceptPayload>(data.concepts.guards),
    ],
    [],
    normalise,
  );
  const roles = buildMatcher<RolePayload>(
    [
      ...data.roles.groups.flatMap((g) =>
        g.terms.map((term) => ({ term, whole: g.whole, payload: { role: g.role, weight: g.weight } })),
      ),
      ...guardSpecs<RolePayload>(data.roles.guards),
    ],
    data.roles.groups.flatMap((g) =>
      g.patterns.map((p): PatternSpec<RolePayload> => ({ label: p.label, re: p.re, payload: { role: g.role, weight: g.weight } })),
    ),
    normalise,
  );
  const emergencyPayload = (g: LexiconData['emergency']['groups'][number]): EmergencyPayload => ({
    group: g.id,
    kind: g.kind,
    standalone: g.standalone,
    selfHarm: g.selfHarm,
  });
  const emergency = buildMatcher<EmergencyPayload>(
    [
      ...data.emergency.groups.flatMap((g) => g.terms.map((term) => ({ term, whole: g.whole, payload: emergencyPayload(g) }))),
      ...guardSpecs<EmergencyPayload>(data.emergency.guards),
    ],
    data.emergency.groups.flatMap((g) => g.patterns.map((p) => ({ label: p.label, re: p.re, payload: emergencyPayload(g) }))),
    normalise,
  );
  const urgency = buildMatcher<UrgencyPayload>(
    data.urgency.groups.flatMap((g) => g.terms.map((term) => ({ term, payload: { group: g.id, topics: g.topics ?? null } }))),
    [],
    normalise,
  );
  const bands = buildMatcher<BandPayload>(
    data.age.bands.flatMap((b) => b.terms.map((term) => ({ term, payload: { band: b.band as AgeBand } }))),
    [],
    normalise,
  );
  const bare = new Map(data.emergency.bare.map((b) => [stripForBare(normalise(b)), b] as const));
  return {
    data,
    normalise,
    normaliseAligned,
    negation: compileNegation(data.negation),
    topics,
    concepts,
    roles,
    emergency,
    urgency,
    bands,
    age: compileAgeRules(data.age, normalise),
    bare,
    risk: compileRisk(data.risk),
  };
}

/** A message reduced to what counts for the bare-message rule: no spaces, punctuation or symbols. */
export function stripForBare(normalised: string): string {
  return normalised.replace(/[\s\p{P}\p{S}]/gu, '');
}
