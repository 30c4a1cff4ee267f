/**
 * Errors as JSON with a code, counted by code, logged without content: body-parser and JSON.parse
 * messages quote the request body, so an error's message is never logged or sent, only its code.
 */
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from './logger.js';
import type { ServerMetrics } from './metrics.js';

export const ERROR_CODES = ['TOO_LARGE', 'BAD_JSON', 'BAD_REQUEST', 'NOT_FOUND', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const STATUS: Record<ErrorCode, number> = { TOO_LARGE: 413, BAD_JSON: 400, BAD_REQUEST: 400, NOT_FOUND: 404, INTERNAL: 500 };

interface MaybeCoded {
  type?: unknown;
  code?: unknown;
  name?: unknown;
  stack?: unknown;
}

/** A thrown value -> one of a fixed set of codes (metric labels stay bounded). */
export function errorCodeOf(err: unknown): ErrorCode {
  const e = (err ?? {}) as MaybeCoded;
  if (e.type === 'entity.too.large') return 'TOO_LARGE';
  if (e.type === 'entity.parse.failed' || e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') return 'BAD_JSON';
  if (e.code === 'WEB_BAD_REQUEST') return 'BAD_REQUEST';
  return 'INTERNAL';
}

/** Stack frames only: the first line of a stack is the message, which may quote input. */
export function framesOf(err: unknown): string[] {
  const stack = (err as MaybeCoded | undefined)?.stack;
  return typeof stack === 'string' ? stack.split('\n').slice(1, 8).map((l) => l.trim()) : [];
}

export function notFound(_req: Request, res: Response): void {
  res.status(404).set('Cache-Control', 'no-store').json({ error: 'NOT_FOUND' });
}

export function errorHandler(logger: Logger, metrics: ServerMetrics) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const code = errorCodeOf(err);
    metrics.recordError(code);
    const e = (err ?? {}) as MaybeCoded;
    const fields = { event: 'request-error', code, method: req.method, route: req.route?.path ?? null };
    if (code === 'INTERNAL') logger.error({ ...fields, name: String(e.name ?? 'unknown'), errCode: typeof e.code === 'string' ? e.code : null, frames: framesOf(err) }, 'request failed');
    else logger.warn(fields, 'request refused');
    if (res.headersSent) return;
    res.status(STATUS[code]).set('Cache-Control', 'no-store').json({ error: code });
  };
}
