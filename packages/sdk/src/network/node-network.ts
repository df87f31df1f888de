import http from 'node:http';
import https from 'node:https';
import { type Network, NetworkError, type NetworkRequest, type NetworkResponse } from './network.js';
import { isRedirect, MAX_REDIRECTS, redirectedRequest } from './redirects.js';

/**
 * Sends requests from this process with `node:http`/`node:https`: those give the two switches the SDK
 * promises and `fetch` lacks, certificate checks that can be turned off and redirects that are not followed.
 */
export class NodeNetwork implements Network {
  async send(request: NetworkRequest): Promise<NetworkResponse> {
    // One deadline for the whole exchange, redirects included.
    const signal = AbortSignal.timeout(request.timeoutMs);
    let current = request;
    for (let redirects = 0; ; redirects++) {
      const response = await sendOnce(current, signal);
      const location = response.headers.location;
      if (!request.followRedirects || !isRedirect(response.status) || location === undefined) return response;
      if (redirects === MAX_REDIRECTS)
        throw new NetworkError(request, `more than ${MAX_REDIRECTS} redirects`);
      current = redirectedRequest(current, response.status, new URL(location, current.url));
    }
  }
}

function sendOnce(request: NetworkRequest, signal: AbortSignal): Promise<NetworkResponse> {
  const url = new URL(request.url);
  const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : undefined;
  if (!client) return Promise.reject(new NetworkError(request, `unsupported protocol ${url.protocol}`));
  return new Promise((resolve, reject) => {
    const outgoing = client.request(
      url,
      { method: request.method, headers: request.headers, signal, rejectUnauthorized: request.verify },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', (error) => reject(describeFailure(request, error, signal)));
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
    outgoing.on('error', (error) => reject(describeFailure(request, error, signal)));
    outgoing.end(request.body === undefined ? undefined : Buffer.from(request.body));
  });
}

function describeFailure(request: NetworkRequest, error: Error, signal: AbortSignal): NetworkError {
  if (signal.aborted)
    return new NetworkError(request, `no answer within ${request.timeoutMs / 1000} s`, { cause: error });
  const code = (error as NodeJS.ErrnoException).code;
  return new NetworkError(request, code ? `${code} (${error.message})` : error.message, { cause: error });
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
