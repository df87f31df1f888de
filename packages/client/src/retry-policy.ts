// Generated from packages/sdk/src/network/retry-policy.ts by `npm run retry-policy -w @sextant/client`.
// Do not edit: change the SDK's file and run the script again.

/**
 * When to send a request again, and after how long: on 429 (rate limited) and 503 (unavailable), waiting what the
 * server's `Retry-After` says (seconds or an HTTP date), else exponential backoff with full jitter. The SDK's
 * packages/sdk/src/network/retry-policy.ts is the one definition; `@sextant/client` installs alone, so it ships a
 * generated copy (packages/client/scripts/copy-retry-policy.mjs; its test fails when the copy is stale).
 */
export interface RetryOptions {
  /** Attempts after the first (default 3; 0 turns retries off). */
  retries?: number;
  /** First backoff when the server gives no Retry-After, doubled each attempt (default 500 ms). */
  baseDelayMs?: number;
  /** Longest wait between two attempts, Retry-After included (default 30 s). */
  maxDelayMs?: number;
}

export const RETRY_STATUSES: readonly number[] = [429, 503];

export const DEFAULT_RETRY: Required<RetryOptions> = { retries: 3, baseDelayMs: 500, maxDelayMs: 30_000 };

/**
 * The wait before attempt `attempt + 1` (attempt counts from 0) after an answer with this status and Retry-After
 * header, or undefined when the request should not be sent again.
 */
export function retryDelayMs(
  status: number,
  retryAfter: string | null | undefined,
  attempt: number,
  options: RetryOptions = {},
  now: number = Date.now(),
  random: () => number = Math.random,
): number | undefined {
  const policy = { ...DEFAULT_RETRY, ...options };
  if (!RETRY_STATUSES.includes(status) || attempt >= policy.retries) return undefined;
  const stated = parseRetryAfter(retryAfter, now);
  const delay = stated ?? random() * policy.baseDelayMs * 2 ** attempt;
  return Math.min(Math.max(0, delay), policy.maxDelayMs);
}

/** `Retry-After` in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
