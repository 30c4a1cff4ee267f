/**
 * /healthz over real HTTP against the app composed in-process with a real SQLite store: 200 while
 * the store answers, 503 once it does not (the store is really closed, not mocked).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAssets } from '../../src/channels/web/assets.js';
import { seedsDir } from '../../src/paths.js';
import { createApp } from '../../src/server/app.js';
import { healthReport } from '../../src/server/health.js';
import { createLogger } from '../../src/server/logger.js';
import { createMetrics } from '../../src/server/metrics.js';
import { createRequestTracker } from '../../src/server/shutdown.js';
import { createEngines, createTurnRunner } from '../../src/server/turns.js';
import { VERSION } from '../../src/server/version.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import type { ConversationStore } from '../../src/store/store.js';
import { loadLexicon } from '../../src/understanding/index.js';
import { directory } from '../support/directory.js';
import { tempDir } from './support/server-process.js';

let server: Server;
let store: ConversationStore;
let base: string;

beforeAll(async () => {
  store = createSqliteStore(join(tempDir(), 'health.db'));
  const metrics = createMetrics();
  const engines = createEngines(directory, loadLexicon(seedsDir()));
  const app = createApp({
    store,
    directory,
    turns: createTurnRunner({ store, engines, directory, metrics }),
    metrics,
    logger: createLogger('silent'),
    tracker: createRequestTracker(),
    assets: loadAssets(),
    version: VERSION,
    quickExitUrl: 'http://127.0.0.1:9/',
    defaultLang: 'ja',
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 30_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
});

describe('/healthz', { timeout: 30_000 }, () => {
  it('reports the store, the directory and the version', () => {
    expect(healthReport(true, directory, '1.2.3')).toEqual({ status: 'ok', store: 'ok', directory: directory.channels.length, version: '1.2.3' });
    expect(healthReport(false, directory, '1.2.3')).toMatchObject({ status: 'unavailable', store: 'unreachable' });
  });

  it('answers 200 while the store answers, then 503 when it is closed', async () => {
    const ok = await fetch(`${base}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: 'ok', store: 'ok', directory: directory.channels.length, version: VERSION });
    await store.close();
    const down = await fetch(`${base}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'unavailable', store: 'unreachable' });
    expect(down.headers.get('cache-control')).toBe('no-store');
  });
});
