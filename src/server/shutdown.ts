/**
 * Graceful shutdown on SIGTERM/SIGINT: stop accepting connections, let the requests (and so the
 * turns) in flight finish, close the store, exit 0. A shutdown that takes longer than the grace
 * period closes what is left and exits 1.
 */
import type { Server } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { ConversationStore } from '../store/store.js';
import type { Logger } from './logger.js';

export const SHUTDOWN_GRACE_MS = 10_000;

export interface RequestTracker {
  middleware(req: Request, res: Response, next: NextFunction): void;
  active(): number;
  /** Resolves once no request is in flight. */
  idle(): Promise<void>;
}

export function createRequestTracker(): RequestTracker {
  let active = 0;
  let waiters: (() => void)[] = [];
  const done = () => {
    active -= 1;
    if (active === 0) {
      for (const wake of waiters) wake();
      waiters = [];
    }
  };
  return {
    middleware(_req, res, next) {
      active += 1;
      res.once('close', done);
      next();
    },
    active: () => active,
    idle: () => (active === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}

function closed(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
  });
}

function within<T>(promise: Promise<T>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Stops the server and closes the store; true when everything in flight finished within the grace period. */
export async function shutDown(deps: {
  server: Server;
  tracker: RequestTracker;
  store: ConversationStore;
  logger: Logger;
  graceMs?: number;
}): Promise<boolean> {
  const { server, tracker, store, logger } = deps;
  const graceMs = deps.graceMs ?? SHUTDOWN_GRACE_MS;
  logger.info({ event: 'shutdown-start', inFlight: tracker.active() }, 'shutting down');
  const serverClosed = closed(server);
  const finished = await within(tracker.idle(), graceMs);
  server.closeIdleConnections();
  if (!(await within(serverClosed, finished ? 1000 : 1))) server.closeAllConnections();
  await store.close();
  logger.info({ event: 'shutdown-done', clean: finished }, 'stopped');
  return finished;
}

/** Runs `stop` once on the first SIGTERM or SIGINT; a second signal while stopping is ignored. */
export function onStopSignals(stop: (signal: NodeJS.Signals) => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void stop(signal);
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}
