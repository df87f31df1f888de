import type { Kysely } from 'kysely';
import { RateLimitedError } from '../errors/index.js';
import { clearSignInFailures, countSignInFailures, recordSignInFailure } from '../store/accounts/index.js';
import type { Database } from '../store/schema.js';

export interface SignInThrottleOptions {
  /** Failed sign-ins allowed per account and per client address in one window; 0 turns throttling off. */
  maxFailures: number;
  windowMs: number;
}

export interface SignInAttempt {
  /** The email as typed, trimmed and lowercased: the same account whether or not it exists. */
  account: string;
  address: string;
}

/**
 * Counts failed sign-ins per account and per client address in the store (shared by every server process) and
 * refuses further attempts with 429 once either count reaches the limit, until the oldest failure leaves the
 * window. The password is never checked while throttled, so a correct guess cannot be confirmed either.
 */
export function createSignInThrottle(db: Kysely<Database>, options: SignInThrottleOptions) {
  const isOff = options.maxFailures <= 0;
  const windowStart = (now: number) => new Date(now - options.windowMs).toISOString();
  return {
    /** Throws `RateLimitedError` (429, `details.retryAfterSeconds`, `details.limitedBy`) when throttled. */
    async check(attempt: SignInAttempt): Promise<void> {
      if (isOff) return;
      const now = Date.now();
      const counts = await countSignInFailures(db, { ...attempt, since: windowStart(now) });
      const limitedBy =
        counts.account >= options.maxFailures
          ? { by: 'account' as const, oldest: counts.oldestAccountFailure }
          : counts.address >= options.maxFailures
            ? { by: 'address' as const, oldest: counts.oldestAddressFailure }
            : undefined;
      if (!limitedBy) return;
      const freesAt = Date.parse(limitedBy.oldest ?? new Date(now).toISOString()) + options.windowMs;
      const retryAfterSeconds = Math.max(1, Math.ceil((freesAt - now) / 1000));
      throw new RateLimitedError(
        'sign_in_throttled',
        `too many failed sign-ins for this ${limitedBy.by}; retry in ${retryAfterSeconds} s`,
        { retryAfterSeconds, limitedBy: limitedBy.by },
      );
    },
    async recordFailure(attempt: SignInAttempt): Promise<void> {
      if (isOff) return;
      const now = Date.now();
      await recordSignInFailure(db, {
        ...attempt,
        at: new Date(now).toISOString(),
        forgetBefore: windowStart(now),
      });
    },
    async recordSuccess(attempt: SignInAttempt): Promise<void> {
      if (isOff) return;
      await clearSignInFailures(db, attempt);
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
