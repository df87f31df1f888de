import { describe, expect, test } from 'vitest';
import { InputError } from '../errors/index.js';
import {
  checkAllowedEndpoints,
  checkCredentialFields,
  checkDeclaredCredentials,
  checkPrivateHosts,
  marketplaceIdOf,
} from './manifest.js';

function problemsOf(run: () => unknown): Array<{ field: string; message: string }> {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError)
      return error.details.problems as Array<{ field: string; message: string }>;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('marketplace manifest', () => {
  test('endpoints are normalised prefixes; every bad one is named', () => {
    expect(
      checkAllowedEndpoints([
        'https://API.example.com',
        'http://10.0.0.5:8080/v1/',
        'https://api.example.com/',
      ]),
    ).toEqual(['https://api.example.com/', 'http://10.0.0.5:8080/v1/']);
    const problems = problemsOf(() =>
      checkAllowedEndpoints([
        'https://ok.example.com',
        'api.example.com',
        'file:///etc/passwd',
        'https://a@b.example.com',
        'https://x.example.com/#f',
        7,
      ]),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'allowed_endpoints.1',
      'allowed_endpoints.2',
      'allowed_endpoints.3',
      'allowed_endpoints.4',
      'allowed_endpoints.5',
    ]);
    expect(problems[1]!.message).toContain('http or https');
  });

  test('credential fields: identifiers, unique, labelled, with a sensitive flag and nothing else', () => {
    expect(checkCredentialFields([{ key: 'api_token', label: 'Token', sensitive: true }])).toEqual([
      { key: 'api_token', label: 'Token', sensitive: true },
    ]);
    const problems = problemsOf(() =>
      checkCredentialFields([
        { key: '1abc', label: 'x', sensitive: true },
        { key: 'ok', label: '', sensitive: false },
        { key: 'extra', label: 'x', sensitive: false, default: 'y' },
      ]),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'credential_fields.0.key',
      'credential_fields.1.label',
      'credential_fields.2.default',
    ]);
  });

  test('private hosts are host or host:port, lower-cased', () => {
    expect(checkPrivateHosts(['127.0.0.1:8080', 'LocalHost', '[::1]:9000'])).toEqual([
      '127.0.0.1:8080',
      'localhost',
      '[::1]:9000',
    ]);
    const problems = problemsOf(() => checkPrivateHosts(['http://127.0.0.1', 'a/b', 'user@host', '']));
    expect(problems).toHaveLength(4);
  });

  test('declared credentials: exactly the fields, each a text', () => {
    const fields = [
      { key: 'url', label: 'URL', sensitive: false },
      { key: 'token', label: 'Token', sensitive: true },
    ];
    expect(checkDeclaredCredentials(fields, { url: 'u', token: 't' })).toEqual({ url: 'u', token: 't' });
    expect(() => checkDeclaredCredentials(fields, { url: 'u', tokn: 't' })).toThrow(
      'missing credential field(s): token; unknown credential field(s): tokn',
    );
    expect(problemsOf(() => checkDeclaredCredentials(fields, { url: 'u', token: 1 }))[0]!.field).toBe(
      'credentials.token',
    );
  });

  test('only marketplace:<id> types have a marketplace id', () => {
    expect(marketplaceIdOf('marketplace:abc')).toBe('abc');
    expect(marketplaceIdOf('postgres')).toBeUndefined();
  });
});
