import { describe, expect, test } from 'vitest';
import { InputError } from '../errors/index.js';
import {
  CREDENTIAL_MASK,
  checkNewCredentials,
  maskCredentials,
  mergeCredentials,
  openCredentials,
  sealCredentials,
} from './credentials.js';
import { createSecretBox } from './secret-box.js';

describe('integration credentials', () => {
  const secrets = createSecretBox(Buffer.alloc(32, 3));

  test('masking keeps the keys and hides every value', () => {
    expect(maskCredentials({ password: 'hunter2', port: 5432, ssl: { ca: 'x' } })).toEqual({
      password: CREDENTIAL_MASK,
      port: CREDENTIAL_MASK,
      ssl: CREDENTIAL_MASK,
    });
  });

  test('sealed text round-trips and does not contain the secret', () => {
    const sealed = sealCredentials(secrets, { password: 'hunter2-very-secret' });
    expect(sealed).not.toBeNull();
    expect(sealed).not.toContain('hunter2');
    expect(Buffer.from(sealed!.split('.')[3]!, 'base64url').toString('utf8')).not.toContain('hunter2');
    expect(openCredentials(secrets, sealed)).toEqual({ password: 'hunter2-very-secret' });
  });

  test('no credentials are stored as null', () => {
    expect(sealCredentials(secrets, {})).toBeNull();
    expect(openCredentials(secrets, null)).toEqual({});
  });

  test('a merge replaces, keeps the masked and removes the nulled keys', () => {
    const stored = { user: 'a', password: 'p', token: 't' };
    expect(
      mergeCredentials(stored, { user: 'b', password: CREDENTIAL_MASK, token: null, host: 'h' }),
    ).toEqual({
      user: 'b',
      password: 'p',
      host: 'h',
    });
    expect(stored).toEqual({ user: 'a', password: 'p', token: 't' });
  });

  test('keeping a value that was never stored, or creating with the mask, is bad input', () => {
    expect(() => mergeCredentials({}, { password: CREDENTIAL_MASK })).toThrow(InputError);
    expect(() => checkNewCredentials({ password: CREDENTIAL_MASK })).toThrow(/credentials.password/);
    expect(checkNewCredentials({ password: 'x' })).toEqual({ password: 'x' });
  });
});
