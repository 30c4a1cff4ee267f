/**
 * The real server (dist/server.js) over real HTTP on 127.0.0.1 with a SQLite store in a temp folder:
 * headers, cookie, no-store, the session life cycle (start, resume offer, continue, restart, exit),
 * body limits, /metrics, and the privacy canary.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatClient, setCookiesOf } from './support/chat-client.js';
import { startServerProcess, tempDir, type ServerProcess } from './support/server-process.js';
import { allRows, conversationIds, rawFiles } from './support/sqlite-peek.js';

const CANARY = 'カナリア-7f3a9c-canary-do-not-store';

let server: ServerProcess;
let dbPath: string;

beforeAll(async () => {
  dbPath = join(tempDir(), 'store.db');
  server = await startServerProcess({ TSUNAGU_STORE: `sqlite:${dbPath}`, LOG_LEVEL: 'trace' });
}, 30_000);

afterAll(async () => {
  await server?.stop();
}, 30_000);

const client = (headers: Record<string, string> = {}) => new ChatClient(server.url, headers);

/** parent, 16-17, sexual assault within 72 hours: the shortest walk to referral cards. */
const TO_REFERRALS = [
  { type: 'choice', choice: 'parent', q: 'role' },
  { type: 'choice', choice: '16-17', q: 'age' },
  { type: 'choice', choice: 'sexual-violence', q: 'topic' },
  { type: 'choice', choice: 'within-72h', q: 'when' },
];

describe('security headers', { timeout: 30_000 }, () => {
  it.each(['/', '/app.js', '/app.css', '/healthz', '/metrics', '/api/strings?lang=en', '/no-such-page'])('are on %s', async (path) => {
    const res = await fetch(new URL(path, server.url), { signal: AbortSignal.timeout(5000) });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('serves the script and the style with their own types', async () => {
    const js = await fetch(new URL('/app.js', server.url));
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await js.text()).toContain('sendBeacon');
    const css = await fetch(new URL('/app.css', server.url));
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });
});

describe('the page and the session', { timeout: 30_000 }, () => {
  it('serves a neutral page with autocomplete off, no-store, and no cookie before the chat starts', async () => {
    const res = await fetch(new URL('/', server.url), { headers: { 'accept-language': 'en-US,en;q=0.9' } });
    const html = await res.text();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(setCookiesOf(res.headers)).toEqual([]);
    expect(html).toContain('<title data-i18n="title">Chat</title>');
    expect(html).toMatch(/<input[^>]*autocomplete="off"/);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('data-mode="new"');
  });

  it('guesses the first language from Accept-Language (ja, en, else ja)', async () => {
    for (const [header, lang, greeting] of [
      ['en-GB,en;q=0.8', 'en', /Hello/],
      ['ja-JP', 'ja', /[\u3040-\u30ff]/],
      ['fr-FR', 'ja', /[\u3040-\u30ff]/],
    ] as const) {
      const reply = await client({ 'accept-language': header }).last({ type: 'start' });
      expect(reply.lang).toBe(lang);
      expect(reply.messages[0]?.text).toMatch(greeting);
    }
  });

  it('sets a session cookie only: HttpOnly, SameSite=Strict, no Expires or Max-Age, an opaque id', async () => {
    const c = client();
    const { sent } = await c.chat({ type: 'start', lang: 'ja' });
    const [cookie, ...more] = setCookiesOf(sent.headers);
    expect(more).toEqual([]);
    expect(cookie).toMatch(/^sid=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toMatch(/expires|max-age/i);
    expect(sent.headers.get('cache-control')).toBe('no-store');
    expect(conversationIds(dbPath)).toContain(`web:${c.sessionId()}`);
  });

  it('sends Cache-Control: no-store on every chat response, errors included', async () => {
    const c = client();
    for (const sent of [
      (await c.chat({ type: 'start' })).sent,
      (await c.chat({ type: 'choice', choice: 'parent', q: 'role' })).sent,
      await c.post('/api/chat', '{not json'),
      await c.post('/api/exit', ''),
    ]) {
      expect(sent.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('never resumes by itself: a returning session gets continue or restart, and continue goes on', async () => {
    const c = client({ 'accept-language': 'en' });
    await c.last({ type: 'start' });
    await c.last({ type: 'choice', choice: 'parent', q: 'role' });
    const page = await c.request('/');
    expect(page.text).toContain('data-mode="resume"');
    expect(page.text).toContain('data-choice="continue"');
    expect(page.text).toContain('data-choice="restart"');
    expect(page.text).not.toContain('How old');
    const next = await c.last({ type: 'choice', choice: 'continue' });
    expect(next.ask).toBe('age');
    expect(next.messages.map((m) => m.text).join(' ')).toContain('carry on');
  });

  it('offers nothing to resume for an unknown or deleted session', async () => {
    const stranger = client();
    stranger.cookie = 'sid=00000000-0000-4000-8000-000000000000';
    expect((await stranger.request('/')).text).toContain('data-mode="new"');
  });

  it('starting again issues a new id and deletes the old conversation', async () => {
    const c = client();
    await c.last({ type: 'start' });
    const first = c.sessionId();
    await c.last({ type: 'start' });
    expect(c.sessionId()).not.toBe(first);
    const ids = conversationIds(dbPath);
    expect(ids).not.toContain(`web:${first}`);
    expect(ids).toContain(`web:${c.sessionId()}`);
  });

  it('Quick Exit deletes the conversation and clears the cookie', async () => {
    const c = client();
    await c.last({ type: 'start' });
    const id = c.sessionId();
    expect(conversationIds(dbPath)).toContain(`web:${id}`);
    const sent = await c.post('/api/exit', '');
    expect(sent.status).toBe(204);
    expect(setCookiesOf(sent.headers)[0]).toMatch(/^sid=; .*Expires=Thu, 01 Jan 1970/);
    expect(c.cookie).toBeUndefined();
    expect(conversationIds(dbPath)).not.toContain(`web:${id}`);
  });

  it('walks to referral cards whose phone values are as dialled', async () => {
    const c = client({ 'accept-language': 'en' });
    await c.last({ type: 'start' });
    let reply = await c.last(TO_REFERRALS[0]);
    for (const step of TO_REFERRALS.slice(1)) reply = await c.last(step);
    expect(reply.state).toBe('referrals');
    const ids = reply.referrals?.map((r) => r.channelId) ?? [];
    expect(ids.slice(0, 2)).toContain('one-stop-8891');
    const phone = reply.referrals?.find((r) => r.channelId === 'one-stop-8891')?.contacts.find((k) => k.kind === 'phone');
    expect(phone?.value).toBe('#8891');
  });

  it('answers an emergency phrase with the emergency card first', async () => {
    const c = client();
    await c.last({ type: 'start', lang: 'ja' });
    const reply = await c.last({ type: 'text', text: 'たすけて' });
    expect(reply.emergency).toBe(true);
    expect(reply.emergencyCard?.join('\n')).toContain('110');
    expect(reply.emergencyCard?.join('\n')).toContain('119');
  });
});

describe('request limits', { timeout: 30_000 }, () => {
  it('refuses a body over 8 kB (413), broken JSON (400) and a wrong shape (400), with codes only', async () => {
    const c = client();
    await c.chat({ type: 'start' });
    const big = await c.post('/api/chat', { type: 'text', text: 'x'.repeat(9 * 1024) });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text)).toEqual({ error: 'TOO_LARGE' });
    const broken = await c.post('/api/chat', `{"type":"text","text":"${CANARY}`);
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.text)).toEqual({ error: 'BAD_JSON' });
    const shape = await c.post('/api/chat', { type: 'choice', choice: 'Parent or guardian' });
    expect(shape.status).toBe(400);
    const form = await c.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'type=start' });
    expect(form.status).toBe(400);
  });

  it('takes a long text (cut to 2,000 characters) and answers normally', async () => {
    const c = client();
    await c.chat({ type: 'start', lang: 'en' });
    const reply = await c.last({ type: 'text', text: 'bullying '.repeat(600) });
    expect(reply.state).toBeTruthy();
  });
});

describe('/metrics', { timeout: 30_000 }, () => {
  it('is Prometheus text with turns by input and state, referrals by channel, errors and latency', async () => {
    const c = client();
    await c.last({ type: 'start' });
    for (const step of TO_REFERRALS) await c.last(step);
    await c.post('/api/chat', '{');
    const res = await fetch(new URL('/metrics', server.url));
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/^tsunagu_turns_total\{input="start",state="role"\} [1-9]/m);
    expect(text).toMatch(/^tsunagu_turns_total\{input="choice",state="referrals"\} [1-9]/m);
    expect(text).toMatch(/^tsunagu_referrals_shown_total\{channel="one-stop-8891"\} [1-9]/m);
    expect(text).toMatch(/^tsunagu_errors_total\{code="BAD_JSON"\} [1-9]/m);
    expect(text).toMatch(/^tsunagu_turn_duration_seconds_count [1-9]/m);
    expect(text).not.toContain('sid=');
    expect(text).not.toMatch(/web:[0-9a-f-]{36}/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });
});

describe('privacy canary', { timeout: 30_000 }, () => {
  it('text typed in a turn is in no /metrics response, no log line and no store row or file', async () => {
    const c = client();
    await c.chat({ type: 'start', lang: 'ja' });
    const { replies } = await c.chat({ type: 'text', text: `いじめ ${CANARY} 中学生` });
    await c.chat({ type: 'text', text: `help ${CANARY}` });
    await c.post('/api/chat', `{"type":"text","text":"${CANARY}`);
    const id = c.sessionId()!;

    // The canary really went through a turn: the conversation is saved and moved on.
    expect(replies[0]?.state).toBeTruthy();
    expect(conversationIds(dbPath)).toContain(`web:${id}`);

    const metrics = await (await fetch(new URL('/metrics', server.url))).text();
    expect(metrics).not.toContain(CANARY);
    expect(metrics).not.toContain(id);
    for (const body of c.bodies) expect(body).not.toContain(CANARY);

    const logs = server.stdout() + server.stderr();
    expect(logs.split('\n').filter((l) => l.startsWith('{')).length).toBeGreaterThan(5);
    expect(logs).not.toContain(CANARY);
    expect(logs).not.toContain('カナリア');
    expect(logs).not.toContain(id);

    const rows = allRows(dbPath);
    expect(rows).toContain(`web:${id}`);
    expect(rows).not.toContain(CANARY);
    expect(rawFiles(dbPath)).not.toContain(CANARY);
    expect(rawFiles(dbPath)).not.toContain('canary-do-not-store');
  });
});
