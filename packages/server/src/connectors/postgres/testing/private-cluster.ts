import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL cluster of the test's own, for what the shared server cannot show: it trusts every connection and
 * has no TLS. This one asks for passwords (scram-sha-256) and serves TLS with a certificate for `localhost`
 * signed by a CA made for the test, so a wrong password, `require` and `verify-full` (right CA, unknown CA, a host
 * name the certificate does not name) meet a real server. Made with the machine's initdb and openssl; as root,
 * the cluster runs as the `postgres` user (PostgreSQL refuses to run as root).
 */
export interface PrivateCluster {
  port: number;
  /** The superuser's name and password. */
  user: string;
  password: string;
  /** PEM of the CA that signed the server's certificate. */
  caPem: string;
  stop(): void;
}

export const PRIVATE_CLUSTER_PASSWORD = 'private-cluster-pw-7d41';

/** The PostgreSQL binaries (initdb, pg_ctl) of the newest installed version, or undefined. */
export function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return undefined;
}

/** Why a private cluster cannot be made here, or undefined when it can. */
export function privateClusterUnavailable(): string | undefined {
  if (!postgresBinDir()) return 'initdb and pg_ctl are not installed (/usr/lib/postgresql/*/bin)';
  if (spawnSync('openssl', ['version']).status !== 0) return 'openssl is not installed';
  if (process.getuid?.() === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0)
    return 'running as root and there is no postgres user to run the cluster as';
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startPrivateCluster(): Promise<PrivateCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('initdb is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'sextant-pg-cluster-'));
  const data = join(dir, 'data');
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '2',
    '-subj',
    '/CN=sextant test CA',
  );
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
    '-subj',
    '/CN=localhost',
  );
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName = DNS:localhost\n');
  openssl(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.crt',
    '-days',
    '2',
    '-extfile',
    'san.ext',
  );
  writeFileSync(join(dir, 'pwfile'), `${PRIVATE_CLUSTER_PASSWORD}\n`);

  // As root, everything the cluster reads belongs to postgres; its key must be private to it.
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' })
      : execFileSync(command, args, { stdio: 'pipe' });
  chmodSync(join(dir, 'server.key'), 0o600);
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    for (const file of ['', 'server.key', 'server.crt', 'ca.crt', 'pwfile'])
      chownSync(join(dir, file), uid, gid);
  }
  run(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=scram-sha-256',
    `--pwfile=${join(dir, 'pwfile')}`,
  ]);
  const port = await freePort();
  const settings = [
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${dir}'`,
    'ssl = on',
    `ssl_cert_file = '${join(dir, 'server.crt')}'`,
    `ssl_key_file = '${join(dir, 'server.key')}'`,
    'fsync = off',
    'shared_buffers = 16MB',
  ];
  // Root may append to the cluster's file as it is; its owner stays postgres.
  appendFileSync(join(data, 'postgresql.conf'), `${settings.join('\n')}\n`);
  run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  const caPem = readFileSync(join(dir, 'ca.crt'), 'utf8');
  return {
    port,
    user: 'postgres',
    password: PRIVATE_CLUSTER_PASSWORD,
    caPem,
    stop() {
      spawnSync(asRoot ? 'runuser' : join(bin, 'pg_ctl'), [
        ...(asRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl')] : []),
        '-D',
        data,
        '-m',
        'immediate',
        'stop',
      ]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
