import type { Kysely } from 'kysely';
import { newId } from '../../lib/ids.js';
import type { Database } from '../schema.js';

export interface SignInFailureCounts {
  /** Failures for this account since `since`, from any address. */
  account: number;
  /** Failures from this address since `since`, for any account. */
  address: number;
  /** The oldest failure counted in each (ISO), so a caller can tell when the window frees a slot. */
  oldestAccountFailure: string | null;
  oldestAddressFailure: string | null;
}

export async function countSignInFailures(
  db: Kysely<Database>,
  options: { account: string; address: string; since: string },
): Promise<SignInFailureCounts> {
  const count = (column: 'account' | 'address', value: string) =>
    db
      .selectFrom('sign_in_failures')
      .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.min('failed_at').as('oldest')])
      .where(column, '=', value)
      .where('failed_at', '>', options.since)
      .executeTakeFirstOrThrow();
  const [account, address] = await Promise.all([
    count('account', options.account),
    count('address', options.address),
  ]);
  return {
    account: Number(account.n),
    address: Number(address.n),
    oldestAccountFailure: (account.oldest as string | null) ?? null,
    oldestAddressFailure: (address.oldest as string | null) ?? null,
  };
}

/** Records one failure, and forgets those older than `forgetBefore` (the table stays the size of one window). */
export async function recordSignInFailure(
  db: Kysely<Database>,
  options: { account: string; address: string; at: string; forgetBefore: string },
): Promise<void> {
  await db
    .insertInto('sign_in_failures')
    .values({ id: newId(), account: options.account, address: options.address, failed_at: options.at })
    .execute();
  await db.deleteFrom('sign_in_failures').where('failed_at', '<=', options.forgetBefore).execute();
}

/**
 * After a successful sign-in: forgets this account's failures from this address only. Failures for other
 * accounts from the same address still count against the address (signing in to one's own account must not
 * let an address go on guessing others' passwords), and failures from other addresses still count against
 * the account.
 */
export async function clearSignInFailures(
  db: Kysely<Database>,
  options: { account: string; address: string },
): Promise<void> {
  await db
    .deleteFrom('sign_in_failures')
    .where('account', '=', options.account)
    .where('address', '=', options.address)
    .execute();
}
