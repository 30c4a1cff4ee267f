/**
 * `tsunagu chat`: a terminal conversation with numbered choices. Type a number to choose, or
 * describe the situation in words. Colours only on a terminal (never in pipes or CI logs).
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { styleText } from 'node:util';
import type { EngineInput } from '../../conversation/engine.js';
import type { RenderedReply } from '../../conversation/render.js';
import { fixedT, type Translate } from '../../i18n/i18n.js';
import type { ChatSession } from './chat-session.js';
import { renderReferralText } from './referral-text.js';

type Style = Parameters<typeof styleText>[0];

export function formatReplyText(reply: RenderedReply, t: Translate, colour: boolean): string {
  const paint = (style: Style, text: string) => (colour ? styleText(style, text) : text);
  const lines: string[] = [];
  for (const m of reply.messages) lines.push(reply.emergency && m === reply.messages[0] ? paint('red', m.text) : m.text);
  if (reply.referrals) {
    lines.push('', renderReferralText({ emergency: false, referrals: reply.referrals, notices: [] }, null, t));
  }
  lines.push('', ...reply.choices.map((c, i) => `  ${paint('bold', String(i + 1).padStart(2))}) ${c.label}`));
  return lines.join('\n');
}

/** A number picks a choice; anything else is free text. */
export function inputFromLine(line: string, reply: RenderedReply | undefined): EngineInput {
  const n = Number(line.trim());
  const choice = Number.isInteger(n) && reply ? reply.choices[n - 1] : undefined;
  return choice ? { type: 'choice', choice: choice.id } : { type: 'text', text: line };
}

export async function runInteractiveChat(
  session: ChatSession,
  input: Readable,
  output: Writable & { isTTY?: boolean },
  prompt: string,
): Promise<void> {
  const colour = output.isTTY === true;
  const rl = createInterface({ input, output, terminal: colour });
  const lines = rl[Symbol.asyncIterator]();
  let last = (await session.send({ type: 'start' }))[0];
  try {
    for (;;) {
      if (last) output.write(`\n${formatReplyText(last.view, fixedT(last.lang), colour)}\n`);
      output.write(prompt);
      const next = await lines.next();
      if (next.done) break;
      if (next.value.trim() === '') continue;
      last = (await session.send(inputFromLine(next.value, last?.view)))[0] ?? last;
    }
  } finally {
    rl.close();
  }
}
