/**
 * The I/O edge of the server: settings -> store, directory, lexicon, engines -> app -> listening
 * socket. `startServer` returns the bound port (PORT=0 picks a free one) and a `stop`; `main` is
 * what `npm start` runs: one stderr line and exit 2 for a bad setting, the URL on stdout, and a
 * graceful stop on SIGTERM/SIGINT.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadAssets } from '../channels/web/assets.js';
import { loadDirectory } from '../directory/loader.js';
import { seedsDir } from '../paths.js';
import { StoreConfigError, openStore } from '../store/open-store.js';
import type { ConversationStore } from '../store/store.js';
import { loadLexicon } from '../understanding/index.js';
import { createApp } from './app.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics } from './metrics.js';
import { SettingsError, parseSettings, publicUrl, settingsErrorLine, type Settings } from './settings.js';
import { createRequestTracker, onStopSignals, shutDown } from './shutdown.js';
import { createEngines, createTurnRunner } from './turns.js';
import { VERSION } from './version.js';

export const EXIT_BAD_SETTING = 2;
export const EXIT_FAILED = 1;

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  /** Graceful stop; true when every request in flight finished in time. */
  stop(): Promise<boolean>;
}

/** A failure at start, with the one line to print and the exit code. */
export class StartError extends Error {
  readonly code = 'TSUNAGU_START';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function openConfiguredStore(setting: string): ConversationStore {
  try {
    return openStore(setting);
  } catch (err) {
    if (err instanceof StoreConfigError) throw new StartError(`tsunagu: ${err.message}`, EXIT_BAD_SETTING);
    const why = err instanceof Error ? err.message : String(err);
    throw new StartError(settingsErrorLine('TSUNAGU_STORE', setting, `cannot open the store (${why})`), EXIT_BAD_SETTING);
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      const why = err.code === 'EADDRINUSE' ? 'is already in use' : `cannot be opened (${err.code ?? err.message})`;
      reject(new StartError(`tsunagu: PORT ${port} on HOST ${host} ${why}`, EXIT_FAILED));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startServer(settings: Settings, logger: Logger = createLogger(settings.LOG_LEVEL)): Promise<RunningServer> {
  /** The store first: a bad TSUNAGU_STORE is a setting, reported before any data is read. */
  const store = openConfiguredStore(settings.TSUNAGU_STORE);
  try {
    const seeds = seedsDir(settings.TSUNAGU_SEEDS, {});
    const directory = loadDirectory(seeds);
    const lexicon = loadLexicon(seeds);
    const metrics = createMetrics();
    const tracker = createRequestTracker();
    const turns = createTurnRunner({ store, engines: createEngines(directory, lexicon), directory, metrics });
    const app = createApp({
      store,
      directory,
      turns,
      metrics,
      logger,
      tracker,
      assets: loadAssets(),
      version: VERSION,
      quickExitUrl: settings.QUICK_EXIT_URL,
      defaultLang: settings.TSUNAGU_LANG ?? 'ja',
    });
    const server = createServer(app);
    server.headersTimeout = 15_000;
    server.requestTimeout = 30_000;
    const port = await listen(server, settings.PORT, settings.HOST);
    const url = publicUrl(settings.HOST, port);
    logger.info({ event: 'listening', port, host: settings.HOST, store: store.kind, channels: directory.channels.length, version: VERSION }, 'listening');
    return { server, port, url, stop: () => shutDown({ server, tracker, store, logger }) };
  } catch (err) {
    await store.close();
    throw err;
  }
}

function fail(line: string, code: number): never {
  process.stderr.write(`${line}\n`);
  process.exit(code);
}

/** `npm start`: node dist/server.js. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let settings: Settings;
  try {
    settings = parseSettings(env);
  } catch (err) {
    if (err instanceof SettingsError) fail(err.message, EXIT_BAD_SETTING);
    throw err;
  }
  const logger = createLogger(settings.LOG_LEVEL);
  let running: RunningServer;
  try {
    running = await startServer(settings, logger);
  } catch (err) {
    if (err instanceof StartError) fail(err.message, err.exitCode);
    fail(`tsunagu: the server could not start (${err instanceof Error ? err.message : String(err)})`, EXIT_FAILED);
  }
  process.stdout.write(`tsunagu listening on ${running.url}\n`);
  onStopSignals(async (signal) => {
    logger.info({ event: 'signal', signal }, 'stop requested');
    const clean = await running.stop();
    process.exit(clean ? 0 : EXIT_FAILED);
  });
}
