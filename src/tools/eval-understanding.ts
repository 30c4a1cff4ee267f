/**
 * Evaluates the free-text understanding against the labelled set.
 *   npx tsx src/tools/eval-understanding.ts [--json] [--set FILE] [--seeds DIR] [--errors]
 * Prints per-topic precision/recall, topic and role accuracy, emergency recall and false-alarm rate and age
 * accuracy, for the tuning part, the holdout part and the whole set. --json prints one JSON document instead.
 * --errors lists the tuning-part lines that were misunderstood (never holdout lines: they stay unseen).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { TOPICS } from '../ids.js';
import { metricsOf, parseEvalSet, runEval, selectSplit, splitOf, type Metrics, type Split } from '../understanding/evaluate.js';
import { defaultSeedsDir, loadLexicon } from '../understanding/index.js';

interface Options {
  json: boolean;
  errors: boolean;
  set: string;
  seeds: string;
}

function usage(message: string): never {
  process.stderr.write(`eval-understanding: ${message}\nusage: eval-understanding [--json] [--set FILE] [--seeds DIR] [--errors]\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Options {
  const seeds = defaultSeedsDir();
  const opts: Options = { json: false, errors: false, seeds, set: join(dirname(seeds), 'test', 'understanding', 'eval-set.jsonl') };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--errors') opts.errors = true;
    else if (a === '--set' || a === '--seeds') {
      const v = argv[i + 1];
      if (v === undefined) usage(`${a} needs a value`);
      if (a === '--set') opts.set = resolve(v);
      else opts.seeds = resolve(v);
      i += 1;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: eval-understanding [--json] [--set FILE] [--seeds DIR] [--errors]\n');
      process.exit(0);
    } else usage(`unknown argument "${a}"`);
  }
  return opts;
}

const pct = (x: number | null): string => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

function printMetrics(title: string, m: Metrics): void {
  const lines = [
    `== ${title} (${m.n} lines) ==`,
    `topic accuracy ${pct(m.topicAccuracy)}   role accuracy ${pct(m.roleAccuracy)}`,
    `emergency recall ${pct(m.emergencyRecall)} (${m.emergencyPositives} emergencies)   false alarms ${pct(m.emergencyFalseAlarmRate)} (of ${m.emergencyNegatives})`,
    `age exact ${pct(m.ageAccuracy)}   age band ${pct(m.ageBandAccuracy)} (${m.ageLabelled} lines with an age)`,
    'topic                    support  precision  recall',
  ];
  for (const t of TOPICS) {
    const x = m.perTopic[t];
    lines.push(`${t.padEnd(24)} ${String(x.support).padStart(7)}  ${pct(x.precision).padStart(9)}  ${pct(x.recall).padStart(6)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const lexicon = loadLexicon(opts.seeds);
  const items = parseEvalSet(readFileSync(opts.set, 'utf8'), opts.set);
  const results = runEval(items, lexicon);
  const splits: Split[] = ['tune', 'holdout', 'all'];
  const metrics = Object.fromEntries(splits.map((s) => [s, metricsOf(selectSplit(results, s))])) as Record<Split, Metrics>;
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ set: opts.set, lines: items.length, metrics })}\n`);
    return;
  }
  printMetrics('tuning part', metrics.tune);
  printMetrics('holdout part', metrics.holdout);
  printMetrics('whole set', metrics.all);
  if (opts.errors) {
    for (const { item, got } of results) {
      if (splitOf(item) !== 'tune') continue;
      const wrong: string[] = [];
      if (got.topic !== item.topic) wrong.push(`topic ${got.topic}≠${item.topic}`);
      if (got.role !== item.role) wrong.push(`role ${String(got.role)}≠${String(item.role)}`);
      if (got.emergency !== item.emergency) wrong.push(`emergency ${got.emergency}≠${item.emergency}`);
      if (item.age !== undefined && got.age !== item.age) wrong.push(`age ${String(got.age)}≠${item.age}`);
      if (wrong.length > 0) process.stdout.write(`${wrong.join(', ')}\n  ${item.text}\n  evidence: ${got.evidence.join(' | ')}\n`);
    }
  }
}

main();
