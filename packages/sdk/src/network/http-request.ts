import type { HttpMethod, NetworkRequest } from './network.js';
import type { RetryOptions } from './retry-policy.js';

type QueryValue = string | number | boolean | null | undefined;

/** Options of `httpGet`/`httpPost`/...; named as in Secoda's Python SDK where one exists. */
export interface HttpRequestOptions {
  /** Query string parameters; arrays repeat the key, `null`/`undefined` are left out. */
  params?: Record<string, QueryValue | QueryValue[]>;
  headers?: Record<string, string>;
  /** A form body (url-encoded) from an object, or a raw body as given. */
  data?: Record<string, QueryValue> | string | Uint8Array;
  /** A JSON body; sets `Content-Type: application/json`. Not together with `data`. */
  json?: unknown;
  /** Follow 3xx redirects; default false, as in the Python SDK. */
  followRedirects?: boolean;
  /** Check TLS certificates; default true. */
  verify?: boolean;
  /** HTTP basic auth. */
  auth?: { username: string; password: string } | readonly [username: string, password: string];
  /** Give up after this many seconds; default 120. */
  timeoutSeconds?: number;
  /**
   * Send again on 429/503, waiting what Retry-After says or backing off (default: 3 retries; `false` for this call
   * only the first answer). See network/retry-policy.ts.
   */
  retry?: RetryOptions | false;
}

/** Default for {@link HttpRequestOptions.timeoutSeconds}. */
export const DEFAULT_TIMEOUT_SECONDS = 120;

/** Resolves the SDK's request options into one plain {@link NetworkRequest}. */
export function buildNetworkRequest(
  method: HttpMethod,
  url: string,
  options: HttpRequestOptions = {},
): NetworkRequest {
  if (options.json !== undefined && options.data !== undefined) {
    throw new TypeError(`${method} ${url}: pass either json or data, not both`);
  }
  const headers = { ...options.headers };
  const body = encodeBody(options, headers);
  if (options.auth) {
    const [username, password] = Array.isArray(options.auth)
      ? options.auth
      : [(options.auth as { username: string }).username, (options.auth as { password: string }).password];
    headers.Authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }
  return {
    method,
    url: withParams(url, options.params),
    headers,
    ...(body === undefined ? {} : { body }),
    timeoutMs: (options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
    followRedirects: options.followRedirects ?? false,
    verify: options.verify ?? true,
  };
}

function encodeBody(
  options: HttpRequestOptions,
  headers: Record<string, string>,
): string | Uint8Array | undefined {
  const setDefaultContentType = (value: string) => {
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type'))
      headers['Content-Type'] = value;
  };
  if (options.json !== undefined) {
    setDefaultContentType('application/json');
    return JSON.stringify(options.json);
  }
  if (options.data === undefined || typeof options.data === 'string' || options.data instanceof Uint8Array) {
    return options.data;
  }
  setDefaultContentType('application/x-www-form-urlencoded');
  return toSearchParams(options.data).toString();
}

function withParams(url: string, params: HttpRequestOptions['params']): string {
  if (!params) return url;
  const target = new URL(url);
  for (const [key, value] of toSearchParams(params)) target.searchParams.append(key, value);
  return target.href;
}

function toSearchParams(values: Record<string, QueryValue | QueryValue[]>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    for (const item of [value].flat())
      if (item !== null && item !== undefined) search.append(key, String(item));
  }
  return search;
}
