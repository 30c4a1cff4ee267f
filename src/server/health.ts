/**
 * GET /healthz: {status, store, directory, version}; 503 when the store does not answer a ping in
 * time. The report is a pure function of the ping result; the route is the I/O edge.
 */
import type { Request, Response } from 'express';
import type { Directory } from '../directory/directory.js';
import type { ConversationStore } from '../store/store.js';

export const PING_TIMEOUT_MS = 2000;

export interface HealthReport {
  status: 'ok' | 'unavailable';
  store: 'ok' | 'unreachable';
  directory: number;
  version: string;
}

export function healthReport(storeOk: boolean, directory: Directory, version: string): HealthReport {
  return {
    status: storeOk ? 'ok' : 'unavailable',
    store: storeOk ? 'ok' : 'unreachable',
    directory: directory.channels.length,
    version,
  };
}

/** True when the store answers its ping within the timeout; a throw or a hang counts as unreachable. */
export async function pingStore(store: ConversationStore, timeoutMs = PING_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([store.ping().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function healthHandler(deps: { store: ConversationStore; directory: Directory; version: string }) {
  return async (_req: Request, res: Response): Promise<void> => {
    const report = healthReport(await pingStore(deps.store), deps.directory, deps.version);
    res.status(report.status === 'ok' ? 200 : 503).set('Cache-Control', 'no-store').json(report);
  };
}
