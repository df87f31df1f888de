import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../run-cli.js';
import { readCredentialsFile, readCredentialsFromEnv } from './load-credentials.js';

async function fileWith(text: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'sextant-cred-')), 'credentials.json');
  await writeFile(file, text);
  return file;
}

describe('readCredentialsFile', () => {
  it('reads a JSON object', async () => {
    expect(await readCredentialsFile(await fileWith('{"email":"a@b.c","port":5432}'))).toEqual({
      email: 'a@b.c',
      port: 5432,
    });
  });

  it.each([
    ['[1]', /must hold a JSON object/],
    ['{"a":', /is not valid JSON/],
  ])('refuses %s as a user error', async (text, message) => {
    const promise = readCredentialsFile(await fileWith(text));
    await expect(promise).rejects.toThrow(message);
    await expect(promise).rejects.toBeInstanceOf(UserError);
  });

  it('names a missing file', async () => {
    await expect(readCredentialsFile('/nonexistent/creds.json')).rejects.toThrow(
      /cannot read credentials file \/nonexistent\/creds.json/,
    );
  });
});

describe('readCredentialsFromEnv', () => {
  it('takes PREFIX_NAME variables as lower-cased names', () => {
    const env = { CLUVIO_EMAIL: 'a@b.c', CLUVIO_BASE_URL: 'http://x', CLUVIO_: 'ignored', OTHER: 'x' };
    expect(readCredentialsFromEnv('CLUVIO_', env)).toEqual({ email: 'a@b.c', base_url: 'http://x' });
  });

  it('refuses a prefix that matches nothing', () => {
    expect(() => readCredentialsFromEnv('NOPE_', { OTHER: 'x' })).toThrow(
      /no environment variable starts with NOPE_/,
    );
  });
});
