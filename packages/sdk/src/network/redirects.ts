import type { NetworkRequest } from './network.js';

/** How many redirects one exchange follows before giving up (the SDK's network and the sandbox broker alike). */
export const MAX_REDIRECTS = 10;

export function isRedirect(status: number): boolean {
  return [301, 302, 303, 307, 308].includes(status);
}

/**
 * The request a redirect asks for, as browsers do: 307/308 repeat the request; the others become a GET without
 * body (so without the headers that described it). Credentials never follow to another origin.
 */
export function redirectedRequest(previous: NetworkRequest, status: number, target: URL): NetworkRequest {
  const headers = { ...previous.headers };
  if (target.origin !== new URL(previous.url).origin) deleteHeader(headers, 'authorization');
  if (status === 307 || status === 308) return { ...previous, url: target.href, headers };
  deleteHeader(headers, 'content-type');
  deleteHeader(headers, 'content-length');
  return { ...previous, method: 'GET', url: target.href, headers, body: undefined };
}

function deleteHeader(headers: Record<string, string>, name: string): void {
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) delete headers[key];
}
