/** One debug line per request: method, matched route (never the raw URL or query), status, time. */
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from './logger.js';

export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      logger.debug(
        { event: 'request', method: req.method, route: req.route?.path ?? null, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 },
        'request',
      );
    });
    next();
  };
}
