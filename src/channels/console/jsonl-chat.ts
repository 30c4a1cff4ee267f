/**
 * `tsunagu chat --jsonl`: one greeting line, then exactly one stdout line per input line.
 * A line that is not JSON gets one stderr line and no stdout line; the chat never exits on bad input.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ChatSession } from './chat-session.js';
import { parseJsonlLine } from './jsonl-input.js';

export async function runJsonlChat(session: ChatSession, input: Readable, output: Writable, errors: Writable, notJson: string): Promise<void> {
  const write = (value: unknown) => output.write(`${JSON.stringify(value)}\n`);
  for (const reply of await session.send({ type: 'start' })) write(reply.view);
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    const parsed = parseJsonlLine(line);
    if (parsed.kind === 'not-json') {
      errors.write(`${notJson}\n`);
      continue;
    }
    const replies = await session.send(parsed.input);
    write(replies[0]?.view ?? null);
  }
}
