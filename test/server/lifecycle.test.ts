/**
 * `npm start` as a process: /healthz soon after start, the default store created on first run, two
 * servers from one checkout at once, bad settings (exit 2, one stderr line), graceful shutdown with
 * a request in flight.
 */
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDirectory } from '../../src/directory/loader.js';
import { projectRoot, seedsDir } from '../../src/paths.js';
import { ChatClient } from './support/chat-client.js';
import { runServerToExit, startServerProcess, tempDir } from './support/server-process.js';
import { conversationIds } from './support/sqlite-peek.js';

const VERSION = (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
const CHANNELS = loadDirectory(seedsDir()).channels.length;

describe('start and /healthz', { timeout: 60_000 }, () => {
  it('answers /healthz within 10 s of start with status, store, directory and version', async () => {
    const cwd = tempDir();
    const spawned = Date.now();
    const server = await startServerProcess({ TSUNAGU_STORE: undefined }, { cwd });
    try {
      const res = await fetch(new URL('/healthz', server.url), { signal: AbortSignal.timeout(5000) });
      expect(Date.now() - spawned).toBeLessThan(10_000);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({ status: 'ok', store: 'ok', directory: CHANNELS, version: VERSION });
      // The default store, sqlite:./data/tsunagu.db, is created on first run (relative to where npm start runs).
      expect(existsSync(join(cwd, 'data', 'tsunagu.db'))).toBe(true);
      expect(server.stdout()).toMatch(new RegExp(`tsunagu listening on http://127\\.0\\.0\\.1:${server.port}/`));
    } finally {
      await server.stop();
    }
  });

  it('runs two servers from one checkout on different ports with one SQLite file', async () => {
    const db = join(tempDir(), 'shared.db');
    const a = await startServerProcess({ TSUNAGU_STORE: `sqlite:${db}` });
    const b = await startServerProcess({ TSUNAGU_STORE: `sqlite:${db}` });
    try {
      expect(a.port).not.toBe(b.port);
      const ca = new ChatClient(a.url);
      const cb = new ChatClient(b.url);
      await Promise.all([ca.last({ type: 'start' }), cb.last({ type: 'start' })]);
      await Promise.all([ca.last({ type: 'choice', choice: 'parent', q: 'role' }), cb.last({ type: 'choice', choice: 'child', q: 'role' })]);
      for (const s of [a, b]) expect((await fetch(new URL('/healthz', s.url))).status).toBe(200);
      const ids = conversationIds(db);
      expect(ids).toContain(`web:${ca.sessionId()}`);
      expect(ids).toContain(`web:${cb.sessionId()}`);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

describe('bad settings', { timeout: 60_000 }, () => {
  it.each([
    ['PORT', 'eighty'],
    ['HOST', 'not a host!'],
    ['TSUNAGU_LANG', 'fr'],
    ['TSUNAGU_STORE', 'postgres://db'],
    ['TSUNAGU_STORE', 'redis://127.0.0.1:6379'],
    ['QUICK_EXIT_URL', 'javascript:alert(1)'],
  ])('%s=%s stops the server: exit 2, one stderr line naming the variable', async (name, value) => {
    const run = await runServerToExit({ [name]: value });
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
    expect(lines[0]).toMatch(/^tsunagu: /);
    expect(run.stdout).not.toContain('listening');
  });
});

/** A POST whose body arrives in two parts, so the request is in flight while the signal comes. */
function slowPost(url: string, path: string, cookie: string, body: string) {
  const req = request(new URL(path, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie },
  });
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
  });
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return { finish: () => req.end(body.slice(half)), response };
}

describe('graceful shutdown', { timeout: 60_000 }, () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('on %s: stops accepting, finishes the turn in flight, closes the store, exits 0', async (signal) => {
    const db = join(tempDir(), 'store.db');
    const server = await startServerProcess({ TSUNAGU_STORE: `sqlite:${db}` });
    const c = new ChatClient(server.url);
    await c.last({ type: 'start', lang: 'en' });
    const inFlight = slowPost(server.url, '/api/chat', c.cookie!, JSON.stringify({ type: 'choice', choice: 'parent', q: 'role' }));
    await new Promise((r) => setTimeout(r, 200));
    server.child.kill(signal);
    await new Promise((r) => setTimeout(r, 300));
    // Not accepting any more: a new connection is refused while the old request is still open.
    await expect(fetch(new URL('/healthz', server.url), { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
    expect(server.child.exitCode).toBeNull();
    inFlight.finish();
    const done = await inFlight.response;
    expect(done.status).toBe(200);
    expect((JSON.parse(done.text) as { replies: { ask: string }[] }).replies[0]?.ask).toBe('age');
    const exit = await server.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    // The turn in flight was saved before the store closed.
    expect(conversationIds(db)).toContain(`web:${c.sessionId()}`);
    expect(server.stdout()).toContain('"event":"shutdown-done"');
  });
});
