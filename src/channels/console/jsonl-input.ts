/** One `chat --jsonl` input line -> an engine input; anything that is JSON but not valid re-asks. */
import { z } from 'zod';
import type { EngineInput } from '../../conversation/engine.js';

const TextLine = z.object({ text: z.string() }).strict();
const ChoiceLine = z.object({ choice: z.string().min(1), q: z.string().optional() }).strict();

export type ParsedLine = { kind: 'input'; input: EngineInput } | { kind: 'not-json' };

/** An input no state accepts: the engine answers it by asking the current question again. */
export const INVALID_INPUT: EngineInput = { type: 'choice', choice: '' };

export function parseJsonlLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { kind: 'not-json' };
  }
  const text = TextLine.safeParse(value);
  if (text.success) return { kind: 'input', input: { type: 'text', text: text.data.text } };
  const choice = ChoiceLine.safeParse(value);
  if (choice.success) {
    const { choice: id, q } = choice.data;
    return { kind: 'input', input: q === undefined ? { type: 'choice', choice: id } : { type: 'choice', choice: id, q } };
  }
  return { kind: 'input', input: INVALID_INPUT };
}
