/** `tsunagu classify`: what the bot understands from one message (DESIGN.md section 6). */
import type { Command } from 'commander';
import { fixedT } from '../i18n/i18n.js';
import { seedsDir } from '../paths.js';
import { loadLexicon, understand } from '../understanding/index.js';
import { resolveLang } from './options.js';
import { UsageError } from './usage-error.js';
import { MAX_TEXT } from '../conversation/limits.js';

interface ClassifyOptions {
  json?: boolean;
  lang?: string;
  seeds?: string;
}

export function classifyAction(text: string | undefined, options: ClassifyOptions): string {
  const lang = resolveLang(options.lang);
  const t = fixedT(lang);
  if (text === undefined) throw new UsageError(t('cli:missingText'));
  const u = understand(text.slice(0, MAX_TEXT), loadLexicon(seedsDir(options.seeds)), lang);
  const result = {
    topic: u.topic,
    role: u.role,
    age: u.age,
    urgency: u.urgency,
    emergency: u.emergency,
    confidence: u.confidence,
    evidence: u.evidence,
  };
  if (options.json) return JSON.stringify(result);
  return Object.entries(result)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
    .join('\n');
}

export function registerClassify(program: Command): void {
  program
    .command('classify')
    .description('show the topic, role, age, urgency and emergency tsunagu reads from one message')
    .argument('[text]', 'the message (cut at 2,000 characters); nothing is stored or logged')
    .option('--json', 'print one JSON document')
    .option('--lang <lang>', 'ja, en, ja-easy (the language of the message and of errors)')
    .option('--seeds <dir>', 'use another copy of seeds/ (or TSUNAGU_SEEDS)')
    .addHelpText('after', '\nEnvironment: TSUNAGU_LANG, TSUNAGU_SEEDS')
    .action((text: string | undefined, options: ClassifyOptions) => {
      process.stdout.write(`${classifyAction(text, options)}\n`);
    });
}
