/** `tsunagu chat --jsonl` as a script or another program drives it: the built command, a real store. */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bannedIn } from '../../src/i18n/safe-messaging.js';
import { runCli } from '../support/run-cli.js';

const Referral = z
  .object({
    channelId: z.string(),
    name: z.string(),
    contacts: z.array(z.object({ kind: z.string(), value: z.string(), hours: z.string().nullable(), cost: z.enum(['free', 'paid']).nullable(), anonymous: z.enum(['yes', 'no', 'unknown']) }).strict()),
    openNow: z.boolean().nullable(),
    reasons: z.array(z.string()),
  })
  .strict();
const Line = z
  .object({
    messages: z.array(z.object({ text: z.string() }).strict()),
    ask: z.enum(['role', 'age', 'topic', 'urgency', 'when', 'confirm']).nullable(),
    choices: z.array(z.object({ id: z.string(), label: z.string() }).strict()),
    referrals: z.array(Referral).nullable(),
    emergency: z.boolean(),
    state: z.string(),
  })
  .strict();
type Line = z.infer<typeof Line>;

const AT = '2026-11-24T16:30';

function chat(inputs: unknown[], args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const input = inputs.map((i) => (typeof i === 'string' ? i : JSON.stringify(i))).join('\n') + '\n';
  const run = runCli(['chat', '--jsonl', '--at', AT, ...args], { input, env });
  const lines = run.stdout.split('\n').filter(Boolean).map((l) => Line.parse(JSON.parse(l)));
  return { ...run, lines };
}

const answer = (reply: Line, id: string) => {
  expect(reply.choices.map((c) => c.id)).toContain(id);
  return { choice: id };
};

describe('chat --jsonl contract', () => {
  it('prints a greeting line, then exactly one line per input, ending with referrals', () => {
    const inputs = [{ choice: 'child' }, { choice: '13-15' }, { choice: 'bullying' }, { choice: 'routine' }];
    const { status, lines } = chat(inputs);
    expect(status).toBe(0);
    expect(lines).toHaveLength(inputs.length + 1);
    expect(lines[0]!.ask).toBe('role');
    expect(lines.map((l) => l.ask)).toEqual(['role', 'age', 'topic', 'urgency', null]);
    const end = lines[lines.length - 1]!;
    expect(end.referrals!.length).toBeGreaterThan(0);
    expect(end.referrals!.map((r) => r.channelId)).toContain('children-sos-24h');
    expect(lines.slice(0, -1).every((l) => l.referrals === null)).toBe(true);
  });

  it('lists every answer to the question it asks, and a skip', () => {
    const { lines } = chat([{ choice: 'parent' }]);
    for (const [line, q] of [[lines[0]!, 'role'], [lines[1]!, 'age']] as const) {
      expect(line.ask).toBe(q);
      expect(line.choices.map((c) => c.id)).toContain('unknown');
    }
  });

  it('answers a line that is not JSON on stderr only, and goes on', () => {
    const { lines, stderr, status } = chat(['this is not json', { choice: 'parent' }]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(lines[1]!.ask).toBe('age');
  });

  it('re-asks on a JSON object that is not a valid input', () => {
    const { lines } = chat([{ choice: 'no-such-choice' }, { text: 42 }, { hello: 'x' }, [1, 2]]);
    expect(lines).toHaveLength(5);
    for (const line of lines.slice(1)) expect(line.ask).toBe('role');
  });

  it('shows the emergency card whenever an emergency phrase appears, at any step', () => {
    const answers = [{ choice: 'parent' }, { choice: '13-15' }, { choice: 'abuse' }, { choice: 'routine' }];
    for (let k = 0; k <= answers.length; k++) {
      const { lines } = chat([...answers.slice(0, k), { text: '今すぐ危ない、たすけて' }]);
      const last = lines[lines.length - 1]!;
      expect(last.emergency, `after ${k} answers`).toBe(true);
      expect(last.messages.some((m) => m.text.includes('110'))).toBe(true);
      expect(lines.slice(0, -1).every((l) => !l.emergency)).toBe(true);
    }
  });

  it('understands free text and confirms it before acting', () => {
    const { lines } = chat([{ text: '中2の娘が学校でいじめられています' }]);
    const confirm = lines[1]!;
    expect(confirm.ask).toBe('confirm');
    const next = chat([{ text: '中2の娘が学校でいじめられています' }, answer(confirm, 'yes')]).lines[2]!;
    expect(next.ask === 'urgency' || next.ask === null).toBe(true);
  });
});

describe('chat --jsonl with a kept conversation', () => {
  it('resumes by id from the SQLite store, and recovers from a corrupt snapshot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-chat-'));
    const file = join(dir, 'chat.db');
    const env = { TSUNAGU_STORE: `sqlite:${file}` };
    const first = chat([{ choice: 'parent' }], ['--conversation', 'case-1'], env);
    expect(first.lines[1]!.ask).toBe('age');
    const second = chat([{ choice: '13-15' }], ['--conversation', 'case-1'], env);
    expect(second.lines[0]!.ask).toBe('age');
    expect(second.lines[1]!.ask).toBe('topic');

    const db = new Database(file);
    db.prepare("UPDATE conversations SET snapshot = '{\"v\":1,\"state\":\"topic\",\"context\":{\"broken\":true}}' WHERE id = 'case-1'").run();
    db.close();
    const third = chat([{ choice: 'parent' }], ['--conversation', 'case-1'], env);
    expect(third.status).toBe(0);
    expect(third.lines[0]!.ask).toBe('role');
    expect(third.lines[0]!.messages.length).toBeGreaterThan(0);
    expect(third.lines[1]!.ask).toBe('age');
  });

  it('deletes a conversation without an id at a normal exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-chat-'));
    const file = join(dir, 'chat.db');
    chat([{ choice: 'parent' }], [], { TSUNAGU_STORE: `sqlite:${file}` });
    const db = new Database(file);
    expect(db.prepare('SELECT COUNT(*) AS n FROM conversations').get()).toEqual({ n: 0 });
    db.close();
  });

  it('keeps no typed text in the store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-chat-'));
    const file = join(dir, 'chat.db');
    const canary = 'ZEBRA-CANARY-9931';
    chat([{ text: `${canary} 娘がいじめられている` }], ['--conversation', 'canary'], { TSUNAGU_STORE: `sqlite:${file}` });
    const db = new Database(file);
    const rows = db.prepare('SELECT snapshot FROM conversations').all() as { snapshot: string }[];
    db.close();
    expect(rows.length).toBe(1);
    expect(rows[0]!.snapshot).not.toContain(canary);
  });
});

describe('chat --jsonl in three languages', () => {
  const script = [{ choice: 'child' }, { choice: '13-15' }, { choice: 'sexual-abuse' }, { choice: 'within-72h' }];
  const runs = (['ja', 'en', 'ja-easy'] as const).map((lang) => ({ lang, lines: chat(script, ['--lang', lang]).lines }));

  it('gives the same numbers and open-now marks in every language', () => {
    const facts = runs.map((r) => r.lines[r.lines.length - 1]!.referrals!.map((x) => [x.channelId, x.openNow, x.contacts.map((c) => [c.kind, c.kind === 'phone' ? c.value : '', c.cost])]));
    expect(facts[1]).toEqual(facts[0]);
    expect(facts[2]).toEqual(facts[0]);
  });

  it('writes English replies without Japanese, apart from the language-switch labels', () => {
    const en = runs.find((r) => r.lang === 'en')!;
    for (const line of en.lines) {
      const texts = [...line.messages.map((m) => m.text), ...line.choices.filter((c) => !c.id.startsWith('lang-')).map((c) => c.label)];
      for (const text of texts) expect(text).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('never uses a banned phrase', () => {
    for (const { lang, lines } of runs) {
      for (const line of lines) for (const m of line.messages) expect(bannedIn(lang, m.text)).toBeUndefined();
    }
  });
});
