/**
 * Structured logs (pino, JSON lines on stdout). What may be logged: event names, codes, counts,
 * durations, HTTP method, route and status. Never: message text, conversation or session ids,
 * cookies, request bodies, settings values.
 */
import { pino, type Logger } from 'pino';
import type { Settings } from './settings.js';

export type { Logger };

export function createLogger(level: Settings['LOG_LEVEL'], destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: { service: 'tsunagu' },
    /** Belt and braces: these fields are never set, and are dropped if one ever is. */
    redact: { paths: ['text', 'conversationId', 'sessionId', 'cookie', 'body', 'req.headers.cookie'], remove: true },
  };
  return destination ? pino(options, destination as pino.DestinationStream) : pino(options);
}
