import { Agent, request } from 'node:http';

export interface RawRequest {
  method: string;
  /** Path and query, already URL-encoded (deliberately malformed escapes are sent as they are). */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface RawAnswer {
  status: number;
  body: string;
  ms: number;
  /** The answer's `Connection` header, if any. */
  connection?: string | undefined;
  /** Set when no answer came: `timeout` after the limit, else the socket error's code. */
  failure?: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** Node's default limit on a request head: a longer URL is refused by the HTTP parser (431, or a reset). */
export const MAX_HEAD_BYTES = 16 * 1024;

/** Closes the kept-alive connections (before the server closes, so it need not wait for them). */
export function closeConnections(): void {
  agent.destroy();
}

/**
 * Sends one request over a real socket with node:http (no client-side normalisation of paths or bodies), and
 * answers the status and body, or the reason there was none. An answer that arrives while the body is still being
 * written (a 413 on an oversize upload) counts as the answer.
 */
export function sendRaw(origin: URL, req: RawRequest, timeoutMs: number): Promise<RawAnswer> {
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: Omit<RawAnswer, 'ms'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...answer, ms: performance.now() - started });
    };
    const headers = { ...req.headers, ...(req.body ? { 'content-length': String(req.body.length) } : {}) };
    const outgoing = request(
      {
        host: origin.hostname,
        port: origin.port,
        method: req.method,
        path: req.path,
        headers,
        // A URL past the head limit gets its own connection: the server drops it, and no other request with it.
        agent: req.path.length > MAX_HEAD_BYTES / 2 ? false : agent,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          settle({
            status: incoming.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            connection: incoming.headers.connection,
          }),
        );
        incoming.on('error', (error: NodeJS.ErrnoException) =>
          settle({ status: incoming.statusCode ?? 0, body: '', failure: error.code ?? error.message }),
        );
      },
    );
    outgoing.setTimeout(timeoutMs, () => {
      settle({ status: 0, body: '', failure: 'timeout' });
      outgoing.destroy();
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      settle({ status: 0, body: '', failure: error.code ?? error.message }),
    );
    outgoing.end(req.body);
  });
}

export interface MultipartPart {
  name: string;
  /** Set for a file part. */
  filename?: string;
  contentType?: string;
  content: Buffer;
}

/** A multipart/form-data body built by hand, so parts can carry any bytes (and names with odd characters). */
export function multipartBody(parts: MultipartPart[]): { body: Buffer; contentType: string } {
  const boundary = `----sextantfuzz${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`;
    const type = part.contentType ? `\r\nContent-Type: ${part.contentType}` : '';
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`),
      part.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
