import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './openapi-types.js';
import { type RetryOptions, retryDelayMs } from './retry-policy.js';

export type { components, operations, paths } from './openapi-types.js';
export {
  DEFAULT_RETRY,
  parseRetryAfter,
  RETRY_STATUSES,
  type RetryOptions,
  retryDelayMs,
} from './retry-policy.js';

export interface SextantClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** The server, e.g. `http://localhost:8080`. */
  baseUrl: string;
  /** An API key (`Authorization: Bearer …`); omit to send your own headers. */
  apiKey?: string;
  /** Retries on 429/503 honouring Retry-After; `false` turns them off for every call. */
  retry?: RetryOptions | false;
}

export type SextantClient = Client<paths> & {
  /**
   * The client's fetch without retries, for one call: `client.GET(path, { ..., fetch: client.fetchOnce })`
   * (e.g. a health probe that must report the first answer).
   */
  fetchOnce: (request: Request) => Promise<Response>;
};

/**
 * A typed client for Sextant's API: every path, parameter and answer of openapi.json, through openapi-fetch.
 * Calls answered 429 or 503 are sent again (docs/client.md, "Retries").
 */
export function createSextantClient(options: SextantClientOptions): SextantClient {
  const { apiKey, retry, fetch: baseFetch = globalThis.fetch, headers, ...rest } = options;
  const fetchOnce = (request: Request) => baseFetch(request);
  const client = createClient<paths>({
    ...rest,
    headers: {
      ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      ...(headers as Record<string, string>),
    },
    fetch: retry === false ? fetchOnce : retryingFetch(baseFetch, retry ?? {}),
  });
  return Object.assign(client, { fetchOnce });
}

/** A fetch of Requests that sends a request again while the policy says so, waiting in between. */
export function retryingFetch(
  baseFetch: (request: Request) => Promise<Response>,
  options: RetryOptions,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): (request: Request) => Promise<Response> {
  return async (request) => {
    for (let attempt = 0; ; attempt++) {
      // A Request's body can be read once: each attempt sends a copy.
      const response = await baseFetch(request.clone());
      const delay = retryDelayMs(response.status, response.headers.get('retry-after'), attempt, options);
      if (delay === undefined) return response;
      await response.body?.cancel();
      await sleep(delay);
    }
  };
}
