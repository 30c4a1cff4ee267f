/** A store in process memory: for tests and for `TSUNAGU_STORE=memory` (nothing survives a restart). */
import { KeyLock } from './key-lock.js';
import type { ConversationStore } from './store.js';

export function createMemoryStore(): ConversationStore {
  const snapshots = new Map<string, string>();
  const claims = new Map<string, number>();
  const lock = new KeyLock();
  return {
    kind: 'memory',
    async load(id) {
      const raw = snapshots.get(id);
      if (raw === undefined) return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return raw;
      }
    },
    async save(id, snapshot) {
      snapshots.set(id, JSON.stringify(snapshot));
    },
    async delete(id) {
      snapshots.delete(id);
    },
    async claim(key, ttlMs, now) {
      const expires = claims.get(key);
      if (expires !== undefined && expires > now) return false;
      claims.set(key, now + ttlMs);
      return true;
    },
    withLock: (id, fn) => lock.run(id, fn),
    async ping() {
      return true;
    },
    async close() {
      snapshots.clear();
      claims.clear();
    },
  };
}
