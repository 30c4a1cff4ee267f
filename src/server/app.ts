/**
 * The express app: security headers and request tracking on everything, then /healthz, /metrics and
 * the web chat (Slack at /slack/events and Teams at /api/messages mount here when they land), then
 * JSON 404 and error handlers. Pure composition: every dependency is passed in.
 */
import express, { type Express } from 'express';
import type { AssetPath, StaticAsset } from '../channels/web/assets.js';
import { webRouter } from '../channels/web/routes.js';
import type { Directory } from '../directory/directory.js';
import type { Lang } from '../ids.js';
import type { ConversationStore } from '../store/store.js';
import { errorHandler, notFound } from './errors.js';
import { healthHandler } from './health.js';
import type { Logger } from './logger.js';
import type { ServerMetrics } from './metrics.js';
import { requestLog } from './request-log.js';
import { securityHeaders } from './security-headers.js';
import type { RequestTracker } from './shutdown.js';
import type { TurnRunner } from './turns.js';

export interface AppDeps {
  store: ConversationStore;
  directory: Directory;
  turns: TurnRunner;
  metrics: ServerMetrics;
  logger: Logger;
  tracker: RequestTracker;
  assets: Record<AssetPath, StaticAsset>;
  version: string;
  quickExitUrl: string;
  defaultLang: Lang;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use(securityHeaders);
  app.use(deps.tracker.middleware);
  app.use(requestLog(deps.logger));
  app.get('/healthz', healthHandler(deps));
  app.get('/metrics', async (_req, res) => {
    const body = await deps.metrics.render();
    /** setHeader, not set: express would add a charset the Prometheus content type does not have. */
    res.setHeader('Content-Type', deps.metrics.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  });
  app.use(webRouter(deps));
  app.use(notFound);
  app.use(errorHandler(deps.logger, deps.metrics));
  return app;
}
