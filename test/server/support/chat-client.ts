/** A browser-like client for the web chat API over real HTTP: one session cookie, every response body kept. */
import type { RenderedReply } from '../../../src/conversation/render.js';

export type WebReply = RenderedReply & { lang: string; emergencyCard: string[] | null };

export interface Sent {
  status: number;
  headers: Headers;
  text: string;
}

export function setCookiesOf(headers: Headers): string[] {
  return headers.getSetCookie();
}

export class ChatClient {
  cookie: string | undefined;
  readonly bodies: string[] = [];

  constructor(
    readonly base: string,
    readonly headers: Record<string, string> = {},
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Sent> {
    const headers = new Headers({ ...this.headers, ...(init.headers as Record<string, string> | undefined) });
    if (this.cookie) headers.set('cookie', this.cookie);
    const res = await fetch(new URL(path, this.base), { ...init, headers, signal: AbortSignal.timeout(10_000) });
    const text = await res.text();
    this.bodies.push(text);
    for (const line of setCookiesOf(res.headers)) {
      const [pair = ''] = line.split(';');
      const [name, value] = pair.split('=');
      if (name !== 'sid') continue;
      this.cookie = value ? `sid=${value}` : undefined;
    }
    return { status: res.status, headers: res.headers, text };
  }

  post(path: string, body: unknown): Promise<Sent> {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  async chat(body: unknown): Promise<{ sent: Sent; replies: WebReply[] }> {
    const sent = await this.post('/api/chat', body);
    if (sent.status !== 200) throw new Error(`POST /api/chat answered ${sent.status}: ${sent.text}`);
    return { sent, replies: (JSON.parse(sent.text) as { replies: WebReply[] }).replies };
  }

  async last(body: unknown): Promise<WebReply> {
    const { replies } = await this.chat(body);
    const reply = replies[replies.length - 1];
    if (!reply) throw new Error('no reply');
    return reply;
  }

  sessionId(): string | undefined {
    return this.cookie?.slice('sid='.length);
  }
}
