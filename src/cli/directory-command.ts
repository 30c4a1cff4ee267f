/** `tsunagu directory check` and `tsunagu directory export`. */
import type { Command } from 'commander';
import { checkDirectory } from '../directory/check.js';
import { toHsds } from '../directory/hsds.js';
import { loadDirectory } from '../directory/loader.js';
import { fixedT } from '../i18n/i18n.js';
import { seedsDir } from '../paths.js';
import { oneOf, parseAt, resolveLang } from './options.js';
import { UsageError } from './usage-error.js';

interface CheckOptions {
  maxAge?: string;
  at?: string;
  json?: boolean;
  lang?: string;
  seeds?: string;
}

export function checkAction(options: CheckOptions): { output: string; exitCode: number } {
  const t = fixedT(resolveLang(options.lang));
  const maxAge = Number(options.maxAge ?? '365');
  if (!Number.isInteger(maxAge) || maxAge < 0) {
    throw new UsageError(t('cli:badAge', { option: '--max-age', value: String(options.maxAge) }));
  }
  const at = parseAt('--at', options.at, t);
  const report = checkDirectory(loadDirectory(seedsDir(options.seeds)), at, maxAge);
  if (options.json) return { output: JSON.stringify(report), exitCode: 0 };
  const byConfidence = Object.entries(report.byConfidence).map(([k, v]) => `${k} ${v}`).join(', ');
  const lines = [
    t('cli:check.summary', { channels: report.channels, contacts: report.contacts }),
    t('cli:check.sources', { seeds: report.seedCitations, facts: report.factRows, byConfidence }),
    t('cli:check.stale', { maxAge, count: report.stale.length }),
    ...report.stale.map((s) => t('cli:check.staleRecord', { ...s })),
    t('cli:check.ok'),
  ];
  return { output: lines.join('\n'), exitCode: 0 };
}

export function exportAction(options: { format?: string; seeds?: string; lang?: string }): string {
  const lang = resolveLang(options.lang);
  const t = fixedT(lang);
  const format = oneOf('--format', options.format ?? 'json', ['json', 'hsds'] as const, t);
  const directory = loadDirectory(seedsDir(options.seeds));
  const document = format === 'hsds' ? { hsds_version: '3.0', ...toHsds(directory, lang) } : { channels: directory.channels };
  return JSON.stringify(document, null, 2);
}

export function registerDirectory(program: Command): void {
  const directory = program.command('directory').description('check or export the channel directory');
  directory
    .command('check')
    .description('validate seeds/channels and list records past the freshness limit')
    .option('--max-age <days>', 'freshness limit in days since verifiedAt (default 365)')
    .option('--at <iso>', 'judge freshness at this instant (default now)')
    .option('--json', 'print the report as one JSON document')
    .option('--lang <lang>', 'ja, en, ja-easy')
    .option('--seeds <dir>', 'use another copy of seeds/ (or TSUNAGU_SEEDS)')
    .action((options: CheckOptions) => {
      const { output, exitCode } = checkAction(options);
      process.stdout.write(`${output}\n`);
      process.exitCode = exitCode;
    });
  directory
    .command('export')
    .description('export the directory as JSON, or as Open Referral HSDS 3.0 organizations and services')
    .option('--format <format>', 'json (the directory records as they are) or hsds (default json)')
    .option('--lang <lang>', 'ja, en, ja-easy')
    .option('--seeds <dir>', 'use another copy of seeds/ (or TSUNAGU_SEEDS)')
    .action((options: { format?: string; seeds?: string; lang?: string }) => {
      process.stdout.write(`${exportAction(options)}\n`);
    });
}
