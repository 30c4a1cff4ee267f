/**
 * A web chat request body -> an engine input, with zod. Text is cut to MAX_TEXT characters before it
 * goes anywhere; choices are IDs (never labels), so they are short codes.
 */
import { z } from 'zod';
import type { EngineInput } from '../../conversation/engine.js';
import { MAX_TEXT } from '../../conversation/limits.js';
import { LANGS, type Lang } from '../../ids.js';

const ID = z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/);

const StartRequest = z.object({ type: z.literal('start'), lang: z.enum(LANGS).optional() }).strict();
const TextRequest = z.object({ type: z.literal('text'), text: z.string().min(1) }).strict();
const ChoiceRequest = z.object({ type: z.literal('choice'), choice: ID, q: ID.optional() }).strict();
const ChatRequest = z.discriminatedUnion('type', [StartRequest, TextRequest, ChoiceRequest]);

export type ParsedChatRequest = { kind: 'start'; lang?: Lang } | { kind: 'turn'; input: EngineInput };

export class ChatRequestError extends Error {
  readonly code = 'WEB_BAD_REQUEST';
}

export function parseChatRequest(body: unknown): ParsedChatRequest {
  const parsed = ChatRequest.safeParse(body);
  if (!parsed.success) throw new ChatRequestError('the body is not a start, text or choice request');
  const request = parsed.data;
  switch (request.type) {
    case 'start':
      return request.lang === undefined ? { kind: 'start' } : { kind: 'start', lang: request.lang };
    case 'text':
      return { kind: 'turn', input: { type: 'text', text: request.text.slice(0, MAX_TEXT) } };
    case 'choice':
      return {
        kind: 'turn',
        input: request.q === undefined ? { type: 'choice', choice: request.choice } : { type: 'choice', choice: request.choice, q: request.q },
      };
  }
}
