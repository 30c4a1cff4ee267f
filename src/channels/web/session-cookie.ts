/**
 * The web chat's session cookie (DESIGN.md section 6, web chat privacy): a session cookie only (no
 * Expires, no Max-Age), HttpOnly, SameSite=Strict, holding an opaque random id. The conversation
 * in the store is `web:` + that id. Pure functions: header text in, header text out.
 */
import { randomUUID } from 'node:crypto';

/** A neutral name: nothing in the browser's cookie list says what the site is for. */
export const SESSION_COOKIE = 'sid';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function newSessionId(): string {
  return randomUUID();
}

export function conversationIdOf(sessionId: string): string {
  return `web:${sessionId}`;
}

/** The session id from a Cookie header, or undefined when absent or not one we issued. */
export function readSessionId(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return UUID.test(value) ? value : undefined;
  }
  return undefined;
}

function attributes(secure: boolean): string {
  return `Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export function sessionCookie(sessionId: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${sessionId}; ${attributes(secure)}`;
}

/** Clearing needs a date in the past: the only Set-Cookie that carries one. */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; ${attributes(secure)}; Expires=Thu, 01 Jan 1970 00:00:00 GMT`;
}
