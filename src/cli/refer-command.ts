/** `tsunagu refer`: one profile in, ranked referrals out, as JSON or as a readable list. */
import type { Command } from 'commander';
import { loadDirectory } from '../directory/loader.js';
import { fixedT } from '../i18n/i18n.js';
import type { Topic } from '../ids.js';
import { seedsDir } from '../paths.js';
import { renderReferralText } from '../channels/console/referral-text.js';
import { presentResult } from '../referral/present.js';
import { refer } from '../referral/refer.js';
import { ALLOWED, oneOf, parseAge, parseAt, resolveLang } from './options.js';

interface ReferOptions {
  json?: boolean;
  role?: string;
  age?: string;
  topic?: string[];
  urgency?: string;
  at?: string;
  lang?: string;
  anonymous?: boolean;
  seeds?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function referAction(options: ReferOptions, now: () => Date = () => new Date()): string {
  const lang = resolveLang(options.lang);
  const t = fixedT(lang);
  const role = oneOf('--role', options.role, ALLOWED.role, t);
  const topics = (options.topic ?? []).map((v) => oneOf('--topic', v, ALLOWED.topic, t));
  if (topics.length === 0) oneOf<Topic>('--topic', undefined, ALLOWED.topic, t);
  const urgency = oneOf('--urgency', options.urgency ?? 'routine', ALLOWED.urgency, t);
  const age = parseAge('--age', options.age, t);
  const at = parseAt('--at', options.at, t, now);
  const directory = loadDirectory(seedsDir(options.seeds));
  const result = refer(directory, { role, topics, urgency, at, lang, ...(age === undefined ? {} : { age }), anonymous: options.anonymous === true });
  const view = presentResult(result, lang, t);
  return options.json ? JSON.stringify(view) : renderReferralText(view, at, t);
}

export function registerRefer(program: Command): void {
  program
    .command('refer')
    .description('rank the services that fit a situation, with contacts, open-now and reasons')
    .option('--json', 'print one JSON document')
    .option('--role <role>', `who is asking: ${ALLOWED.role.join(', ')}`)
    .option('--age <n>', 'age of the young person concerned (0-120)')
    .option('--topic <topic>', `what it is about (repeatable): ${ALLOWED.topic.join(', ')}`, collect)
    .option('--urgency <urgency>', `${ALLOWED.urgency.join(', ')} (default routine)`)
    .option('--at <iso>', 'the instant to judge opening hours at (ISO 8601; no offset means Japan time)')
    .option('--lang <lang>', `${ALLOWED.lang.join(', ')} (default TSUNAGU_LANG or ja)`)
    .option('--anonymous', 'prefer services you can use without giving a name')
    .option('--seeds <dir>', 'use another copy of seeds/ (or TSUNAGU_SEEDS)')
    .addHelpText('after', '\nEnvironment: TSUNAGU_LANG (default language), TSUNAGU_SEEDS (data folder)')
    .action((options: ReferOptions) => {
      process.stdout.write(`${referAction(options)}\n`);
    });
}
