/** TSUNAGU_STORE -> a store: `sqlite:PATH` (default sqlite:./data/tsunagu.db) or `memory`. */
import { resolve } from 'node:path';
import { createMemoryStore } from './memory-store.js';
import { createSqliteStore } from './sqlite-store.js';
import type { ConversationStore } from './store.js';

export const DEFAULT_STORE = 'sqlite:./data/tsunagu.db';

export class StoreConfigError extends Error {
  readonly code = 'TSUNAGU_STORE_CONFIG';
}

export function openStore(setting: string = DEFAULT_STORE): ConversationStore {
  if (setting === 'memory') return createMemoryStore();
  if (setting.startsWith('sqlite:')) {
    const path = setting.slice('sqlite:'.length);
    if (!path) throw new StoreConfigError(`TSUNAGU_STORE "${setting}": give a file path after sqlite:`);
    return createSqliteStore(path === ':memory:' ? path : resolve(path));
  }
  if (setting.startsWith('redis://') || setting.startsWith('rediss://')) {
    throw new StoreConfigError(`TSUNAGU_STORE "${setting}": the Redis store is not built yet; use sqlite:PATH or memory`);
  }
  throw new StoreConfigError(`TSUNAGU_STORE "${setting}" is not allowed; use sqlite:PATH, memory (redis:// comes later)`);
}
