/**
 * The web chat in a real browser (Debian's chromium, driven by playwright-core) against the real
 * server (dist/server.js) on 127.0.0.1: a whole conversation to referral cards, the emergency
 * interrupt, the language switch, the resume offer, Quick Exit (button and Esc twice), no console
 * errors under the strict CSP, and an axe-core check. Nothing leaves 127.0.0.1: Quick Exit goes to
 * a small neutral page served by this test.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webStrings } from '../../src/channels/web/strings.js';
import { projectRoot } from '../../src/paths.js';
import { startServerProcess, tempDir, type ServerProcess } from '../server/support/server-process.js';
import { conversationIds, waitFor } from '../server/support/sqlite-peek.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const AXE = join(projectRoot(), 'node_modules', 'axe-core', 'axe.min.js');
const SCREENSHOT = join(projectRoot(), 'test-results', 'referral-card.png');

let browser: Browser;
let server: ServerProcess;
let exitPage: Server;
let exitUrl: string;
let dbPath: string;
const contexts: BrowserContext[] = [];

function serveExitPage(): Promise<Server> {
  const s = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en"><head><title>Weather</title></head><body><h1>Weather</h1></body></html>');
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

/** Set when the browser is missing: every test then fails with this one line (never skipped). */
let missing: Error | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    missing = new Error(`chromium not found at ${CHROMIUM}: install the Debian package chromium (apt-get install -y chromium)`);
    return;
  }
  exitPage = await serveExitPage();
  exitUrl = `http://127.0.0.1:${(exitPage.address() as AddressInfo).port}/weather`;
  dbPath = join(tempDir(), 'browser.db');
  server = await startServerProcess({ TSUNAGU_STORE: `sqlite:${dbPath}`, QUICK_EXIT_URL: exitUrl });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true, timeout: 30_000 });
}, 60_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => (exitPage ? exitPage.close(resolve) : resolve(undefined)));
}, 60_000);

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught page errors and CSP violations, from every page of the context. */
  errors: string[];
}

async function open(options: BrowserContextOptions = {}): Promise<Opened> {
  if (missing) throw missing;
  const context = await browser.newContext({ ...PHONE, ...options });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.setDefaultNavigationTimeout(10_000);
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  await page.goto(server.url);
  await page.locator('[data-choice="parent"]').waitFor();
  return { context, page, errors };
}

async function sessionId(context: BrowserContext): Promise<string | undefined> {
  return (await context.cookies(server.url)).find((c) => c.name === 'sid')?.value;
}

/** parent, 16-17, sexual assault within 72 hours: referral cards with the #8891 one-stop line. */
async function walkToReferrals(page: Page): Promise<void> {
  for (const choice of ['parent', '16-17', 'sexual-violence', 'within-72h']) {
    await page.locator(`#choices [data-choice="${choice}"]`).click();
  }
  await page.locator('.card').first().waitFor();
}

describe('web chat in a browser', { timeout: 60_000 }, () => {
  it('walks a whole conversation by choice IDs to referral cards with tap-to-call links', async () => {
    const { context, page, errors } = await open({ locale: 'en-US' });
    expect(await page.title()).toBe('Chat');
    await expect(page.locator('#text').getAttribute('autocomplete')).resolves.toBe('off');
    // The emergency strip is always there, with the directory's numbers.
    const strip = page.locator('.emergency-strip a');
    expect(await strip.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['tel:110', 'tel:119', 'tel:189']);

    await walkToReferrals(page);
    const cards = page.locator('.card');
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(5);
    const ids = await cards.evaluateAll((cs) => cs.map((c) => c.getAttribute('data-channel-id')));
    expect(ids.slice(0, 2)).toContain('one-stop-8891');

    const oneStop = page.locator('.card[data-channel-id="one-stop-8891"]');
    await expect(oneStop.locator('a.call').first().getAttribute('href')).resolves.toBe('tel:%238891');
    const hrefs = await page.locator('.log a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).not.toContain('#');
    // Open-now badge, hours and cost on every card.
    for (let i = 0; i < count; i++) {
      const card = cards.nth(i);
      expect(await card.locator('.badge[data-open]').count()).toBe(1);
      expect(await card.locator('.hours').count()).toBeGreaterThan(0);
    }
    expect(await oneStop.locator('.terms').first().textContent()).toContain('Free');
    // "Why these": the card's reasons, and the why choice.
    await oneStop.locator('details.why summary').click();
    await expect(oneStop.locator('details.why li').first().isVisible()).resolves.toBe(true);
    const before = await page.locator('.msg.bot').count();
    await page.locator('#choices [data-choice="why"]').click();
    await page.locator('.msg.bot').nth(before).waitFor();
    expect(await page.locator('.msg.bot').nth(before).textContent()).toContain('Why');
    // The same cards are not shown twice.
    expect(await page.locator('.card[data-channel-id="one-stop-8891"]').count()).toBe(1);

    mkdirSync(join(projectRoot(), 'test-results'), { recursive: true });
    // A page tall enough that the sticky header (emergency strip) does not cover the card in the shot.
    await page.setViewportSize({ width: 390, height: 4000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await oneStop.screenshot({ path: SCREENSHOT });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(2000);

    const [cookie] = (await context.cookies(server.url)).filter((c) => c.name === 'sid');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', expires: -1 });
    expect(errors).toEqual([]);
  });

  it('answers "たすけて" with the emergency card first (110), then goes on', async () => {
    const { page, errors } = await open({ locale: 'ja-JP' });
    await page.locator('#text').fill('たすけて');
    await page.locator('#text').press('Enter');
    const card = page.locator('.msg.emergency');
    await card.waitFor();
    expect(await card.locator('[role="alert"]').count()).toBe(1);
    expect(await card.textContent()).toContain('110');
    expect(await card.locator('a[href="tel:110"]').count()).toBe(1);
    // The conversation goes on: choices are offered after the card.
    expect(await page.locator('#choices button').count()).toBeGreaterThan(0);
    // What the person typed is shown to them only, never echoed back by the server.
    expect(await page.locator('.msg.bot', { hasText: 'たすけて' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('switches language from the page, and the whole page follows', async () => {
    const { page, errors } = await open({ locale: 'ja-JP' });
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.locator('#quick-exit').textContent()).toBe(webStrings('ja').quickExit);
    await page.locator('.lang-switch [data-choice="lang-en"]').click();
    await page.locator('html[lang="en"]').waitFor();
    await page.locator('#choices [data-choice="parent"]', { hasText: 'Parent or guardian' }).waitFor();
    expect(await page.locator('#quick-exit').textContent()).toBe('Quick exit');
    expect(await page.locator('#text').getAttribute('placeholder')).toBe(webStrings('en').inputPlaceholder);
    expect(await page.locator('.msg.bot').last().textContent()).toContain('Who is asking?');
    expect(await page.locator('.lang-switch [data-choice="lang-en"]').getAttribute('aria-pressed')).toBe('true');
    await page.locator('.lang-switch [data-choice="lang-ja-easy"]').click();
    await page.locator('#quick-exit', { hasText: webStrings('ja-easy').quickExit }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(errors).toEqual([]);
  });

  it('never resumes by itself: a returning visit offers continue or restart', async () => {
    const { context, page, errors } = await open({ locale: 'en-US' });
    await page.locator('#choices [data-choice="parent"]').click();
    await page.locator('#choices [data-choice="16-17"]').waitFor();
    const first = await sessionId(context);

    await page.goto(server.url);
    await page.locator('#choices [data-choice="continue"]').waitFor();
    expect(await page.locator('#choices [data-choice="restart"]').count()).toBe(1);
    expect(await page.locator('[data-choice="16-17"]').count()).toBe(0);
    await page.locator('#choices [data-choice="continue"]').click();
    await page.locator('#choices [data-choice="16-17"]').waitFor();
    expect(await sessionId(context)).toBe(first);

    await page.goto(server.url);
    await page.locator('#choices [data-choice="restart"]').click();
    await page.locator('#choices [data-choice="parent"]').waitFor();
    const second = await sessionId(context);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(conversationIds(dbPath)).not.toContain(`web:${first}`);
    expect(errors).toEqual([]);
  });

  for (const how of ['button', 'Esc twice'] as const) {
    it(`Quick Exit (${how}) deletes the conversation, clears the cookie and leaves no history entry`, async () => {
      const { context, page, errors } = await open({ locale: 'en-US' });
      await page.locator('#choices [data-choice="parent"]').click();
      await page.locator('#choices [data-choice="16-17"]').waitFor();
      const id = await sessionId(context);
      expect(id).toBeDefined();
      expect(conversationIds(dbPath)).toContain(`web:${id}`);
      const chatUrl = page.url();
      const historyBefore = await page.evaluate(() => history.length);

      if (how === 'button') await page.locator('#quick-exit').click();
      else {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
      }
      await page.waitForURL(exitUrl);
      expect(await page.title()).toBe('Weather');
      expect(await page.evaluate(() => history.length)).toBe(historyBefore);

      expect(await waitFor(() => !conversationIds(dbPath).includes(`web:${id}`))).toBe(true);
      let cleared = false;
      for (let i = 0; i < 50 && !cleared; i++) {
        cleared = (await sessionId(context)) === undefined;
        if (!cleared) await page.waitForTimeout(100);
      }
      expect(cleared).toBe(true);

      // Back does not return to the chat: the chat page's entry was replaced.
      await page.goBack().catch(() => null);
      expect(page.url()).not.toBe(chatUrl);
      expect(errors).toEqual([]);
    });
  }

  it('has no serious or critical axe-core violations, on the cards and on the emergency card', async () => {
    // axe is injected as a script tag, which the strict CSP would (rightly) refuse: bypass it here only.
    const { page } = await open({ locale: 'ja-JP', bypassCSP: true });
    await walkToReferrals(page);
    await page.locator('details.why summary').first().click();
    await page.locator('#text').fill('たすけて');
    await page.locator('#text').press('Enter');
    await page.locator('.msg.emergency').waitFor();
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
  });
});
