import { InputError } from '../errors/index.js';
import type { SecretBox } from './secret-box.js';

/** What every credential value looks like in an answer (compat.md §6 Decision: never the clear value). */
export const CREDENTIAL_MASK = '********';

export type Credentials = Record<string, unknown>;

/** The answer's view of credentials: the same keys, every value masked. */
export function maskCredentials(credentials: Credentials): Record<string, typeof CREDENTIAL_MASK> {
  return Object.fromEntries(Object.keys(credentials).map((key) => [key, CREDENTIAL_MASK]));
}

/** The stored form: the whole credentials object sealed with AES-256-GCM (null when there are none). */
export function sealCredentials(secrets: SecretBox, credentials: Credentials): string | null {
  return Object.keys(credentials).length === 0 ? null : secrets.seal(credentials);
}

export function openCredentials(secrets: SecretBox, sealed: string | null): Credentials {
  return sealed === null ? {} : secrets.open<Credentials>(sealed);
}

/**
 * Credentials of a new integration. A masked value is refused: it is what a client gets back from a GET, and
 * storing it would silently replace a real secret with eight asterisks.
 */
export function checkNewCredentials(credentials: Credentials): Credentials {
  for (const [key, value] of Object.entries(credentials)) {
    if (value === CREDENTIAL_MASK) {
      throw new InputError('validation_failed', `body.credentials.${key} is the mask "${CREDENTIAL_MASK}"`, {
        problems: [
          { in: 'body', field: `credentials.${key}`, message: 'must be the real value, not the mask' },
        ],
      });
    }
  }
  return credentials;
}

/**
 * Applies a PATCH to stored credentials, key by key: a new value replaces, `"********"` keeps the stored value
 * (so a client can send back what it read), `null` removes the key; keys not mentioned stay as they are.
 */
export function mergeCredentials(stored: Credentials, patch: Credentials): Credentials {
  const merged: Credentials = { ...stored };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete merged[key];
    } else if (value === CREDENTIAL_MASK) {
      if (!Object.hasOwn(stored, key)) {
        throw new InputError(
          'validation_failed',
          `body.credentials.${key} keeps a value that was never set`,
          {
            problems: [{ in: 'body', field: `credentials.${key}`, message: 'has no stored value to keep' }],
          },
        );
      }
    } else {
      merged[key] = value;
    }
  }
  return merged;
}
