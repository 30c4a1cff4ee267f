/**
 * The built server (dist/server.js, what `npm start` runs) as a real process on 127.0.0.1 with a
 * free port (PORT=0), its stdout and stderr kept whole so tests can search every log line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../../src/paths.js';

export const SERVER_JS = join(projectRoot(), 'dist', 'server.js');
const LISTENING = /tsunagu listening on (http:\/\/\S+)/;

/** Variables the server reads; a test starts from none of them set, then sets its own. */
const SERVER_VARIABLES = [
  'PORT',
  'HOST',
  'TSUNAGU_STORE',
  'TSUNAGU_LANG',
  'TSUNAGU_SEEDS',
  'QUICK_EXIT_URL',
  'LOG_LEVEL',
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_API_URL',
  'MicrosoftAppId',
  'MicrosoftAppPassword',
  'MicrosoftAppTenantId',
  'MicrosoftAppType',
];

export function serverEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const name of SERVER_VARIABLES) delete base[name];
  const out: NodeJS.ProcessEnv = { ...base, PORT: '0', HOST: '127.0.0.1', TSUNAGU_STORE: 'memory' };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Milliseconds from spawn to the "listening" line. */
  startMs: number;
  stdout(): string;
  stderr(): string;
  exited: Promise<Exit>;
  /** SIGTERM and wait (bounded); resolves with how it exited. */
  stop(signal?: NodeJS.Signals): Promise<Exit>;
}

export function tempDir(prefix = 'tsunagu-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

function exitOf(child: ChildProcess): Promise<Exit> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

/** Runs the server until it exits by itself (bad settings): for exit codes and stderr lines. */
export function runServerToExit(env: Record<string, string | undefined>, timeoutMs = 15_000): Promise<Exit & { stdout: string; stderr: string }> {
  if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run npm run build first`);
  const child = spawn(process.execPath, [SERVER_JS], { env: serverEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return exitOf(child).then((exit) => {
    clearTimeout(timer);
    return { ...exit, stdout, stderr };
  });
}

export async function startServerProcess(
  env: Record<string, string | undefined> = {},
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<ServerProcess> {
  if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run npm run build first`);
  const started = Date.now();
  const child = spawn(process.execPath, [SERVER_JS], {
    env: serverEnv(env),
    cwd: options.cwd ?? projectRoot(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = exitOf(child);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not print its URL within ${options.timeoutMs ?? 10_000} ms; stderr: ${stderr}`));
    }, options.timeoutMs ?? 10_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
      const hit = LISTENING.exec(stdout);
      if (hit?.[1]) {
        clearTimeout(timer);
        resolve(hit[1]);
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    void exited.then((exit) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${exit.code ?? exit.signal}) before listening; stderr: ${stderr}`));
    });
  });
  const port = Number(new URL(url).port);
  return {
    url,
    port,
    child,
    startMs: Date.now() - started,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const exit = await exited;
      clearTimeout(timer);
      return exit;
    },
  };
}
