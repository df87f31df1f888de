import http from 'node:http';
import https from 'node:https';
import type { NetworkRequest } from '@sextant/sdk';
import { BrokerError } from './broker-error.js';
import { redactUrl } from './redact-url.js';

/** An address a host name resolved to, as `dns.lookup` gives it. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

// Set by Node from the body and the pinned connection; an integration may not choose them.
const DROPPED_HEADERS = new Set(['host', 'content-length', 'transfer-encoding', 'connection']);

/**
 * Sends one request (no redirects) to the address the broker checked, reading at most `maxResponseBytes`.
 */
export function sendPinned(
  request: NetworkRequest,
  url: URL,
  pinned: ResolvedAddress,
  options: { signal: AbortSignal; maxResponseBytes: number },
): Promise<{ status: number; headers: Record<string, string>; body: Uint8Array; url: string }> {
  const client = url.protocol === 'https:' ? https : http;
  // The connection goes to the address that was checked, whatever DNS answers now (no rebinding).
  const pinnedLookup = (
    _host: string,
    lookupOptions: { all?: boolean },
    callback: (...args: unknown[]) => void,
  ) => (lookupOptions.all ? callback(null, [pinned]) : callback(null, pinned.address, pinned.family));
  return new Promise((resolve, reject) => {
    const outgoing = client.request(
      url,
      {
        method: request.method,
        headers: outgoingHeaders(request.headers),
        signal: options.signal,
        rejectUnauthorized: request.verify,
        lookup: pinnedLookup as never,
        agent: false,
      },
      (incoming) => {
        const declared = Number(incoming.headers['content-length']);
        const tooLarge = () =>
          new BrokerError(
            `${request.method} ${redactUrl(request.url)} refused: the response is larger than ${options.maxResponseBytes} bytes`,
            'sandbox_response_too_large',
          );
        if (declared > options.maxResponseBytes) {
          outgoing.destroy();
          return reject(tooLarge());
        }
        const chunks: Buffer[] = [];
        let received = 0;
        incoming.on('data', (chunk: Buffer) => {
          received += chunk.byteLength;
          if (received > options.maxResponseBytes) {
            outgoing.destroy();
            return reject(tooLarge());
          }
          chunks.push(chunk);
        });
        incoming.on('error', reject);
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: flattenHeaders(incoming.headers),
            body: new Uint8Array(Buffer.concat(chunks)),
            url: request.url,
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body === undefined ? undefined : Buffer.from(request.body));
  });
}

function outgoingHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !DROPPED_HEADERS.has(name.toLowerCase())),
  );
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
