/**
 * `npm run eval:cross`: how the learned layer does on wordings it has never seen. Each fresh set in turn is left
 * out of training, a model is trained on the rest, and the whole understanding (word lists + that model) is
 * measured on the set left out. The word lists themselves were tuned on the older fresh sets, so their share is
 * honest only on sets written after the last tuning round (see test/understanding/README.md).
 *   npx tsx src/tools/cross-validate.ts [--json] [SET ...]     (default: every fresh-N set)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import { metricsOf, parseEvalSet, runEval, type Metrics } from '../understanding/evaluate.js';
import { compileLearnedModel } from '../understanding/learned-model.js';
import { loadLexicon } from '../understanding/lexicon.js';
import { featurisedSets, labelledSets, MEASUREMENT_ONLY, setsDir, trainOn } from './train-model.js';

export interface FoldResult {
  readonly set: string;
  readonly metrics: Metrics;
}

/**
 * For each set of `held`: leaves it out (and the measurement-only sets), trains on the rest, measures on it. The sets
 * are read and featurised once; `onFold` hears of each fold as it ends (training takes seconds per fold).
 */
export function crossValidate(held: readonly string[], root = projectRoot(), onFold?: (fold: FoldResult) => void): FoldResult[] {
  const base = loadLexicon(join(root, 'seeds'), { withModel: false });
  const sets = featurisedSets(base, root);
  return held.map((set) => {
    const file = join(setsDir(root), set);
    if (!existsSync(file)) throw new Error(`cross-validate: no labelled set named ${set} in ${setsDir(root)}`);
    const items = parseEvalSet(readFileSync(file, 'utf8'), set);
    const model = trainOn(sets, (name) => name !== set && !MEASUREMENT_ONLY.includes(name));
    const lexicon = { ...base, learned: compileLearnedModel(model) };
    const fold = { set, metrics: metricsOf(runEval(items, lexicon)) };
    onFold?.(fold);
    return fold;
  });
}

const pct = (n: number | null): string => (n === null ? '-' : `${(n * 100).toFixed(1)}%`);

if (process.argv[1]?.endsWith('cross-validate.ts')) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const named = args.filter((a) => a !== '--json').map((a) => (a.endsWith('.jsonl') ? a : `${a}.jsonl`));
  const held = named.length > 0 ? named : [...labelledSets().keys()].filter((f) => f.startsWith('fresh-'));
  const results = crossValidate(held, projectRoot(), ({ set, metrics: m }) => {
    if (json) return;
    process.stderr.write(
      `${set.padEnd(16)} topic ${pct(m.topicAccuracy)}  role ${pct(m.roleAccuracy)}  emergency recall ${pct(m.emergencyRecall)} of ${m.emergencyPositives}  false alarms ${pct(m.emergencyFalseAlarmRate)} of ${m.emergencyNegatives}\n`,
    );
  });
  if (json) process.stdout.write(`${JSON.stringify(results.map((r) => ({ set: r.set, ...r.metrics })))}\n`);
}
