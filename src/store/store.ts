/**
 * The conversation store port. The engine never sees an implementation; the composition roots
 * (CLI, server) pick one from TSUNAGU_STORE. One contract test suite runs against every store.
 */
export interface ConversationStore {
  readonly kind: string;
  /** The saved snapshot as it was stored (parsed JSON), `undefined` when none; a corrupt entry comes back as-is. */
  load(id: string): Promise<unknown>;
  save(id: string, snapshot: unknown): Promise<void>;
  delete(id: string): Promise<void>;
  /** True the first time a dedupe key is claimed within `ttlMs`; false for a repeat (a retried delivery). */
  claim(key: string, ttlMs: number, now: number): Promise<boolean>;
  /** Run `fn` while holding the conversation's lock, so two turns of one conversation never interleave. */
  withLock<T>(id: string, fn: () => Promise<T>): Promise<T>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
