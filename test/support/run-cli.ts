/** Runs the built `tsunagu` command (dist/cli.js, what users and outside checks run) as a real process. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, [join(projectRoot(), 'dist', 'cli.js'), ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, TSUNAGU_LANG: '', TSUNAGU_SEEDS: '', TSUNAGU_STORE: 'memory', ...options.env },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
