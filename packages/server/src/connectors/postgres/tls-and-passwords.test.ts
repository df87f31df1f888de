import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConnectorRunError } from '../classify-connection-error.js';
import { parseSqlCredentials } from '../sql-credentials.js';
import { postgresConnector } from './postgres-connector.js';
import {
  type PrivateCluster,
  privateClusterUnavailable,
  startPrivateCluster,
} from './testing/private-cluster.js';

/*
 * Passwords and TLS against a real PostgreSQL that checks them: a cluster of the test's own (scram-sha-256, TLS
 * with a certificate for `localhost` from a CA made for the test), since the shared server trusts everyone and
 * has no TLS. Each answer names the stage, and no answer carries the password.
 */

const unavailable = privateClusterUnavailable();
if (unavailable && process.env.CI === 'true')
  throw new Error(`a private PostgreSQL cluster is required under CI=true: ${unavailable}`);
if (unavailable) console.warn(`[postgres TLS and password tests] SKIPPED: ${unavailable}`);

describe.skipIf(unavailable !== undefined)('PostgreSQL passwords and TLS, on a private cluster', () => {
  let cluster: PrivateCluster;
  beforeAll(async () => {
    cluster = await startPrivateCluster();
  }, 120_000);
  afterAll(() => cluster?.stop());

  const credentials = (extra: Record<string, unknown> = {}) =>
    parseSqlCredentials(
      {
        host: 'localhost',
        port: cluster.port,
        user: cluster.user,
        password: cluster.password,
        database: ['postgres'],
        ...extra,
      },
      { defaultPort: 5432 },
    );

  test('verify-full with the CA that signed the certificate connects', async () => {
    const result = await postgresConnector.testConnection(
      credentials({ ssl: 'verify-full', ssl_ca: cluster.caPem }),
    );
    expect(result).toMatchObject({ ok: true, databases: ['postgres'] });
  });

  test('require encrypts without checking the certificate, so an unknown CA is accepted', async () => {
    expect(await postgresConnector.testConnection(credentials({ ssl: 'require' }))).toMatchObject({
      ok: true,
    });
  });

  test.each([
    ['without the CA (the system CAs do not know it)', { ssl: 'verify-full' }],
    ['to a name the certificate does not carry', { ssl: 'verify-full', host: '127.0.0.1' }],
  ])('verify-full %s fails at the TLS stage', async (_, extra) => {
    const result = await postgresConnector.testConnection(credentials({ ssl_ca: undefined, ...extra }));
    expect(result).toMatchObject({ ok: false, failure: { stage: 'tls', port: cluster.port } });
    if ('host' in extra) expect(result).toMatchObject({ failure: { host: '127.0.0.1' } });
  });

  test('a wrong password is the authentication stage (28P01), and the password is in no answer', async () => {
    const wrong = 'not-the-password-4411';
    const result = await postgresConnector.testConnection(
      credentials({ password: wrong, ssl: 'verify-full', ssl_ca: cluster.caPem }),
    );
    expect(result).toMatchObject({
      ok: false,
      failure: {
        stage: 'authentication',
        host: 'localhost',
        port: cluster.port,
        hint: 'wrong user name or password',
      },
    });
    expect(JSON.stringify(result)).not.toContain(wrong);
  });

  test('a run with a wrong password stops before reading anything, naming host, port and reason', async () => {
    const emitted: unknown[] = [];
    const run = postgresConnector.extract(credentials({ password: 'wrong-again-0193' }), {
      emit: (record) => void emitted.push(record),
      warn: () => {},
      progress: () => {},
    });
    const error = await run.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ConnectorRunError);
    expect((error as Error).message).toContain(`localhost:${cluster.port}: authentication:`);
    expect((error as Error).message).not.toContain('wrong-again-0193');
    expect(emitted).toEqual([]);
  });
});
