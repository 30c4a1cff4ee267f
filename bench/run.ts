/**
 * `npm run bench`: how the hot paths compare with a fixed baseline measured in the same process
 * (copying the directory through JSON), so the numbers mean something on a shared, noisy machine.
 * Prints one JSON document and writes bench/results/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../src/conversation/engine.js';
import { loadDirectory } from '../src/directory/loader.js';
import { tokyoInstant } from '../src/directory/tokyo-time.js';
import { projectRoot, seedsDir } from '../src/paths.js';
import { refer } from '../src/referral/refer.js';
import { loadLexicon, understand } from '../src/understanding/index.js';
import { measure } from './measure.js';

const directory = loadDirectory(seedsDir());
const lexicon = loadLexicon(seedsDir());
const engine = createEngine({ directory, lexicon, defaultLang: 'ja' });
let minute = 0;
const nextInstant = () => new Date(tokyoInstant('2026-11-24T00:00').getTime() + (minute++ % 10080) * 60_000);

const baseline = measure('baseline: JSON copy of the directory', () => JSON.parse(JSON.stringify(directory.channels)));
const cases = [
  measure('refer: one profile, a new instant each time', () =>
    refer(directory, { role: 'child', age: 14, topics: ['sexual-abuse'], urgency: 'routine', at: nextInstant(), lang: 'ja' }),
  ),
  measure('understand: a counsellor note in Japanese', () =>
    understand('中2女子、義父から性的虐待の疑い、今夜帰りたくないと言っている', lexicon, 'ja'),
  ),
  measure('understand: an English message', () => understand('my daughter is 14 and someone online is asking her for nudes', lexicon, 'en')),
  measure('turn: start, answer, referrals (three turns)', () => {
    const at = nextInstant();
    let s = engine.turn(undefined, { type: 'start' }, at).snapshot;
    s = engine.turn(s, { type: 'choice', choice: 'professional' }, at).snapshot;
    return engine.turn(s, { type: 'text', text: '中学生の子が虐待されているかもしれない' }, at);
  }, 100),
];

const report = {
  node: process.version,
  baseline: { name: baseline.name, medianNsPerOp: Math.round(baseline.medianNsPerOp) },
  results: cases.map((c) => ({
    name: c.name,
    medianNsPerOp: Math.round(c.medianNsPerOp),
    ratioToBaseline: Number((c.medianNsPerOp / baseline.medianNsPerOp).toFixed(3)),
  })),
};
const out = join(projectRoot(), 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(report)}\n`);
