/**
 * The web chat's HTTP routes. The page at `/` never resumes a conversation by itself: a returning
 * session gets an offer to continue or start again. Turns go through the server's turn runner; the
 * session cookie maps to the conversation `web:<id>`; Quick Exit deletes it and clears the cookie.
 *
 *   GET  /             the page (new, or the continue/restart offer)
 *   GET  /app.js, /app.css
 *   GET  /api/strings?lang=L   the page's strings for a language
 *   POST /api/chat     {type:'start', lang?} | {type:'text', text} | {type:'choice', choice, q?}
 *   POST /api/exit     Quick Exit (navigator.sendBeacon): delete the conversation, clear the cookie
 */
import express, { Router, type Request, type Response } from 'express';
import type { EngineInput } from '../../conversation/engine.js';
import type { RenderedReply } from '../../conversation/render.js';
import type { Directory } from '../../directory/directory.js';
import { isLang, type Lang } from '../../ids.js';
import { CHANNEL } from '../../referral/rules.js';
import type { ConversationStore } from '../../store/store.js';
import { guessLang } from './accept-language.js';
import type { AssetPath, StaticAsset } from './assets.js';
import { parseChatRequest } from './chat-request.js';
import { renderPage, type EmergencyNumber, type PageMode } from './page.js';
import {
  clearedSessionCookie,
  conversationIdOf,
  newSessionId,
  readSessionId,
  sessionCookie,
} from './session-cookie.js';
import { webStrings } from './strings.js';

/** A JSON body larger than this is refused (413) before it is read further. */
export const BODY_LIMIT = '8kb';

/** The server's turn (load, engine, save, render, metric), as the web chat needs it. */
export interface WebTurns {
  run(conversationId: string, input: EngineInput, lang: Lang): Promise<readonly (RenderedReply & { lang: Lang; emergencyCard: string[] | null })[]>;
}

export interface WebDeps {
  store: ConversationStore;
  turns: WebTurns;
  directory: Directory;
  assets: Record<AssetPath, StaticAsset>;
  quickExitUrl: string;
  /** TSUNAGU_LANG, else ja: the guess when Accept-Language names neither ja nor en. */
  defaultLang: Lang;
}

const STRIP: readonly { channel: string; label: EmergencyNumber['label'] }[] = [
  { channel: CHANNEL.police, label: 'stripPolice' },
  { channel: CHANNEL.ambulance, label: 'stripAmbulance' },
  { channel: CHANNEL.childAbuseLine, label: 'stripChildGuidance' },
];

/** The numbers of the always-visible emergency strip, as the directory has them. */
export function emergencyNumbers(directory: Directory): EmergencyNumber[] {
  return STRIP.flatMap(({ channel, label }) => {
    const phone = directory.byId.get(channel)?.contacts.find((c) => c.kind === 'phone');
    return phone && typeof phone.value === 'string' ? [{ number: phone.value, label }] : [];
  });
}

const noStore = (res: Response) => res.set('Cache-Control', 'no-store');
const secure = (req: Request) => req.protocol === 'https';

function langOf(req: Request, fallback: Lang): Lang {
  const asked = typeof req.query.lang === 'string' ? req.query.lang : undefined;
  return asked !== undefined && isLang(asked) ? asked : guessLang(req.get('accept-language'), fallback);
}

export function webRouter(deps: WebDeps): Router {
  const router = Router();
  const emergency = emergencyNumbers(deps.directory);

  router.get('/', async (req, res) => {
    const sessionId = readSessionId(req.get('cookie'));
    const saved = sessionId === undefined ? undefined : await deps.store.load(conversationIdOf(sessionId));
    const mode: PageMode = saved === undefined ? 'new' : 'resume';
    const html = renderPage({ lang: langOf(req, deps.defaultLang), mode, exitUrl: deps.quickExitUrl, emergency });
    noStore(res).type('html').send(html);
  });

  for (const [path, asset] of Object.entries(deps.assets)) {
    router.get(path, (_req, res) => {
      res.set({ 'Content-Type': asset.contentType, 'Cache-Control': 'no-cache' }).send(asset.body);
    });
  }
  router.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });

  router.get('/api/strings', (req, res) => {
    const lang = typeof req.query.lang === 'string' ? req.query.lang : '';
    if (!isLang(lang)) {
      noStore(res).status(400).json({ error: 'WEB_BAD_LANG' });
      return;
    }
    noStore(res).json(webStrings(lang));
  });

  router.post('/api/chat', express.json({ limit: BODY_LIMIT }), async (req, res) => {
    const request = parseChatRequest(req.body);
    const lang = langOf(req, deps.defaultLang);
    let sessionId = readSessionId(req.get('cookie'));
    if (request.kind === 'start') {
      /** Starting over never reuses an id: the old conversation goes, a new id comes. */
      if (sessionId !== undefined) await deps.store.delete(conversationIdOf(sessionId));
      sessionId = undefined;
    }
    if (sessionId === undefined) {
      sessionId = newSessionId();
      res.append('Set-Cookie', sessionCookie(sessionId, secure(req)));
    }
    const input = request.kind === 'start' ? ({ type: 'start' } as const) : request.input;
    const replies = await deps.turns.run(conversationIdOf(sessionId), input, request.kind === 'start' ? (request.lang ?? lang) : lang);
    noStore(res).json({ replies });
  });

  router.post('/api/exit', async (req, res) => {
    const sessionId = readSessionId(req.get('cookie'));
    if (sessionId !== undefined) await deps.store.delete(conversationIdOf(sessionId));
    noStore(res).append('Set-Cookie', clearedSessionCookie(secure(req))).status(204).end();
  });

  return router;
}
