/** The web chat's pure parts: cookie, language guess, request parsing, tel: links, the page. */
import { describe, expect, it } from 'vitest';
import { guessLang } from '../../src/channels/web/accept-language.js';
import { ChatRequestError, parseChatRequest } from '../../src/channels/web/chat-request.js';
import { escapeHtml, telHref } from '../../src/channels/web/html.js';
import { renderPage } from '../../src/channels/web/page.js';
import { emergencyNumbers } from '../../src/channels/web/routes.js';
import {
  clearedSessionCookie,
  conversationIdOf,
  newSessionId,
  readSessionId,
  sessionCookie,
} from '../../src/channels/web/session-cookie.js';
import { webStrings } from '../../src/channels/web/strings.js';
import { MAX_TEXT } from '../../src/conversation/limits.js';
import { errorCodeOf, framesOf } from '../../src/server/errors.js';
import { directory } from '../support/directory.js';

describe('session cookie', () => {
  it('is a session cookie: no Expires, no Max-Age; HttpOnly; SameSite=Strict; an opaque random id', () => {
    const id = newSessionId();
    const header = sessionCookie(id, false);
    expect(header).toBe(`sid=${id}; Path=/; HttpOnly; SameSite=Strict`);
    expect(header).not.toMatch(/expires|max-age/i);
    expect(sessionCookie(id, true)).toContain('; Secure');
    expect(newSessionId()).not.toBe(id);
    expect(conversationIdOf(id)).toBe(`web:${id}`);
  });

  it('reads back only ids it could have issued', () => {
    const id = newSessionId();
    expect(readSessionId(`a=b; sid=${id}; c=d`)).toBe(id);
    expect(readSessionId('sid=../../etc/passwd')).toBeUndefined();
    expect(readSessionId('sid=')).toBeUndefined();
    expect(readSessionId('xsid=' + id)).toBeUndefined();
    expect(readSessionId(undefined)).toBeUndefined();
  });

  it('is cleared with a date in the past', () => {
    expect(clearedSessionCookie(false)).toMatch(/^sid=; Path=\/; HttpOnly; SameSite=Strict; Expires=Thu, 01 Jan 1970/);
  });
});

describe('first language guess from Accept-Language', () => {
  it.each([
    ['ja-JP,ja;q=0.9,en;q=0.8', 'ja'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.5,ja;q=0.4', 'en'],
    ['fr-FR,ja;q=0.2,en;q=0.1', 'ja'],
    ['en;q=0.1, ja;q=0.9', 'ja'],
    ['en;q=0, ja-JP', 'ja'],
    ['fr, de', 'ja-easy'],
    ['', 'ja-easy'],
  ] as const)('%s -> %s (fallback ja-easy)', (header, lang) => {
    expect(guessLang(header, 'ja-easy')).toBe(lang);
  });

  it('never guesses ja-easy from a header', () => {
    expect(guessLang('ja-easy', 'en')).toBe('ja');
  });
});

describe('chat request bodies', () => {
  it('maps start, text and choice; text is cut to 2,000 characters', () => {
    expect(parseChatRequest({ type: 'start', lang: 'en' })).toEqual({ kind: 'start', lang: 'en' });
    expect(parseChatRequest({ type: 'choice', choice: 'parent', q: 'role' })).toEqual({
      kind: 'turn',
      input: { type: 'choice', choice: 'parent', q: 'role' },
    });
    const long = parseChatRequest({ type: 'text', text: 'あ'.repeat(MAX_TEXT + 500) });
    expect(long.kind === 'turn' && long.input.type === 'text' && long.input.text.length).toBe(MAX_TEXT);
  });

  it.each([[null], [{}], [{ type: 'text' }], [{ type: 'text', text: '' }], [{ type: 'choice', choice: 'Parent or guardian' }], [{ type: 'start', lang: 'fr' }], [{ type: 'text', text: 'x', extra: 1 }]])(
    'refuses %j with a coded error that quotes nothing',
    (body) => {
      expect(() => parseChatRequest(body)).toThrow(ChatRequestError);
    },
  );
});

describe('tel: links', () => {
  it('percent-encodes # (tel:%238103) and keeps numbers as dialled', () => {
    expect(telHref('#8103')).toBe('tel:%238103');
    expect(telHref('#8891')).toBe('tel:%238891');
    expect(telHref('110')).toBe('tel:110');
    expect(telHref('0120-007-110')).toBe('tel:0120-007-110');
  });
});

describe('the page', () => {
  const emergency = emergencyNumbers(directory);

  it('takes the emergency strip numbers from the directory: 110, 119, 189', () => {
    expect(emergency.map((e) => e.number)).toEqual(['110', '119', '189']);
  });

  it('has no inline script, style or handler, a neutral title, autocomplete off, and the strip', () => {
    const html = renderPage({ lang: 'en', mode: 'new', exitUrl: 'https://example.org/?a=1&b="x"', emergency });
    expect(html).toMatch(/<title data-i18n="title">Chat<\/title>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
    expect(html).toMatch(/<input[^>]*autocomplete="off"/);
    expect(html).toContain('href="tel:110"');
    expect(html).toContain('data-exit-url="https://example.org/?a=1&amp;b=&quot;x&quot;"');
    expect(html).toContain('<html lang="en">');
    expect(html).not.toContain('data-choice="continue"');
  });

  it('offers continue or restart to a returning session, and shows nothing of the old conversation', () => {
    const html = renderPage({ lang: 'ja', mode: 'resume', exitUrl: 'https://example.org/', emergency });
    expect(html).toContain('data-choice="continue"');
    expect(html).toContain('data-choice="restart"');
    expect(html).toContain(escapeHtml(webStrings('ja').resumePrompt));
  });

  it('renders やさしい日本語 as Japanese to the browser', () => {
    expect(renderPage({ lang: 'ja-easy', mode: 'new', exitUrl: 'https://example.org/', emergency })).toContain('<html lang="ja">');
  });
});

describe('error codes', () => {
  it('maps body-parser errors to fixed codes and logs frames, never the message', () => {
    expect(errorCodeOf({ type: 'entity.too.large' })).toBe('TOO_LARGE');
    expect(errorCodeOf({ type: 'entity.parse.failed' })).toBe('BAD_JSON');
    expect(errorCodeOf(new ChatRequestError('x'))).toBe('BAD_REQUEST');
    expect(errorCodeOf(new Error('boom'))).toBe('INTERNAL');
    const err = new Error('secret words typed by someone');
    expect(framesOf(err).join('\n')).not.toContain('secret words');
  });
});
