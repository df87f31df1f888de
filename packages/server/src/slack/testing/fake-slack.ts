import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake received: the Web API method, its form parameters and the bearer token. */
export interface FakeSlackRequest {
  method: string;
  token: string | undefined;
  params: Record<string, string>;
}

/** A message chat.postMessage accepted (blocks parsed back from their JSON form field). */
export interface PostedMessage {
  channel: string;
  text: string;
  blocks: Array<Record<string, unknown>> | undefined;
}

export interface FakeSlackOptions {
  /** Tokens the fake accepts; any other gets `ok:false, error:"invalid_auth"` (HTTP 200, as Slack answers). */
  tokens: string[];
  /** Channels conversations.list pages through. */
  channels: Array<{ id: string; name: string; is_private?: boolean }>;
  /** Channels per page, whatever `limit` the client asks (so a few channels span several pages). */
  pageSize?: number;
}

export interface FakeSlack {
  /** The Web API base URL to configure (`…/api`, like https://slack.com/api). */
  apiUrl: string;
  requests: FakeSlackRequest[];
  messages: PostedMessage[];
  /** The next `times` calls answer HTTP 429 with `Retry-After: seconds`. */
  rateLimitNext(times: number, seconds: number): void;
  /** The next `times` calls answer HTTP 500. */
  failNext(times: number): void;
  close(): Promise<void>;
}

/**
 * A local stand-in for Slack's Web API over real HTTP, for conversations.list (cursor pagination) and
 * chat.postMessage. Like Slack it takes form-encoded POSTs with the token in the Authorization header, answers
 * HTTP 200 with `ok:false` for refused tokens, and HTTP 429 with Retry-After when rate limiting.
 */
export async function startFakeSlack(options: FakeSlackOptions): Promise<FakeSlack> {
  const requests: FakeSlackRequest[] = [];
  const messages: PostedMessage[] = [];
  let rateLimited: { times: number; seconds: number } = { times: 0, seconds: 0 };
  let failures = 0;
  const pageSize = options.pageSize ?? 2;

  const server = createServer(async (req, res) => {
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
    const params = Object.fromEntries(new URLSearchParams(await readBody(req)));
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    requests.push({ method, token, params });
    if (rateLimited.times > 0) {
      rateLimited.times--;
      res.writeHead(429, { 'retry-after': String(rateLimited.seconds), 'content-type': 'application/json' });
      return res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
    }
    if (failures > 0) {
      failures--;
      res.writeHead(500, { 'content-type': 'text/plain' });
      return res.end('internal error');
    }
    if (!token || !options.tokens.includes(token)) return json(res, { ok: false, error: 'invalid_auth' });
    if (method === 'conversations.list') return json(res, listPage(options.channels, params, pageSize));
    if (method === 'chat.postMessage') {
      if (!params.channel) return json(res, { ok: false, error: 'channel_not_found' });
      messages.push({
        channel: params.channel,
        text: params.text ?? '',
        blocks: params.blocks ? JSON.parse(params.blocks) : undefined,
      });
      return json(res, { ok: true, channel: params.channel, ts: `${Date.now() / 1000}` });
    }
    return json(res, { ok: false, error: 'unknown_method' });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    messages,
    rateLimitNext: (times, seconds) => {
      rateLimited = { times, seconds };
    },
    failNext: (times) => {
      failures = times;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** One page after `cursor` (the index of the page's first channel, as an opaque-looking string). */
function listPage(channels: FakeSlackOptions['channels'], params: Record<string, string>, pageSize: number) {
  const types = (params.types ?? 'public_channel').split(',');
  const visible = channels.filter((c) => types.includes(c.is_private ? 'private_channel' : 'public_channel'));
  const start = params.cursor
    ? Number(Buffer.from(params.cursor, 'base64').toString().replace('next:', ''))
    : 0;
  const page = visible.slice(start, start + pageSize);
  const next =
    start + pageSize < visible.length ? Buffer.from(`next:${start + pageSize}`).toString('base64') : '';
  return {
    ok: true,
    channels: page.map((c) => ({ id: c.id, name: c.name, is_private: c.is_private === true })),
    response_metadata: { next_cursor: next },
  };
}

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
