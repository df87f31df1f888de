import { createHash, randomBytes } from 'node:crypto';

const KEY_PREFIX = 'sxt_';

export interface NewApiKey {
  /** The full key: shown once, never stored. */
  key: string;
  /** Shown in lists to tell keys apart. */
  prefix: string;
  /** What the store keeps. */
  hash: string;
}

/**
 * API keys carry 256 random bits, so a plain SHA-256 is a safe way to store them (a slow hash protects low-entropy
 * secrets like passwords; it would only slow down every request here).
 */
export function generateApiKey(): NewApiKey {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, 12), hash: hashToken(key) };
}

/** A session token for the browser cookie; stored hashed like API keys. */
export function generateSessionToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
