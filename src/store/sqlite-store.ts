/**
 * The default embedded store: one SQLite file (better-sqlite3), created on first use.
 * Snapshots are JSON text; expired dedupe keys are swept when new ones are claimed.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { KeyLock } from './key-lock.js';
import type { ConversationStore } from './store.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS conversations (id TEXT PRIMARY KEY, snapshot TEXT NOT NULL, updated_at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS dedupe (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
`;

export function createSqliteStore(path: string): ConversationStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const select = db.prepare<[string], { snapshot: string }>('SELECT snapshot FROM conversations WHERE id = ?');
  const upsert = db.prepare(
    'INSERT INTO conversations (id, snapshot, updated_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET snapshot = excluded.snapshot, updated_at = excluded.updated_at',
  );
  const remove = db.prepare('DELETE FROM conversations WHERE id = ?');
  const sweep = db.prepare('DELETE FROM dedupe WHERE expires_at <= ?');
  const insertClaim = db.prepare('INSERT OR IGNORE INTO dedupe (key, expires_at) VALUES (?, ?)');
  const claimTx = db.transaction((key: string, expires: number, now: number) => {
    sweep.run(now);
    return insertClaim.run(key, expires).changes === 1;
  });
  const lock = new KeyLock();
  return {
    kind: 'sqlite',
    async load(id) {
      const row = select.get(id);
      if (!row) return undefined;
      try {
        return JSON.parse(row.snapshot) as unknown;
      } catch {
        return row.snapshot;
      }
    },
    async save(id, snapshot) {
      upsert.run(id, JSON.stringify(snapshot), Date.now());
    },
    async delete(id) {
      remove.run(id);
    },
    async claim(key, ttlMs, now) {
      return claimTx(key, now + ttlMs, now);
    },
    withLock: (id, fn) => lock.run(id, fn),
    async ping() {
      return db.prepare('SELECT 1 AS ok').get() !== undefined;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
