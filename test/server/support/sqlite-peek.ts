/** Reads a server's SQLite store from outside the server, as anyone with the file could. */
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';

export function conversationIds(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], { id: string }>('SELECT id FROM conversations').all().map((r) => r.id);
  } finally {
    db.close();
  }
}

/** Every value of every row of every table, as text. */
export function allRows(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    return tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t.name}"`).all())).join('\n');
  } finally {
    db.close();
  }
}

/** The raw bytes of the database and its WAL and shared-memory files, as UTF-8 (what a disk search would see). */
export function rawFiles(path: string): string {
  return [path, `${path}-wal`, `${path}-shm`]
    .filter((p) => existsSync(p))
    .map((p) => readFileSync(p).toString('utf8'))
    .join('\n');
}

export async function waitFor(check: () => boolean, timeoutMs = 5000, stepMs = 50): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  return check();
}
