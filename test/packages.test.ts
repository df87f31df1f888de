import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * The packages install and run with no repository around them: the CLI tarball (packages/cli/scripts/pack.mjs)
 * installed with `npm install -g` into an empty prefix, and the SDK's own `npm pack` installed into an empty
 * project. Dependencies come from the npm cache or registry. The CLI's native modules are installed with
 * --ignore-scripts and their builds copied from this repository's node_modules (same versions, same Node: the
 * test asserts it) instead of compiled again, which takes many minutes; a user's install compiles them.
 */
const ROOT = new URL('..', import.meta.url).pathname;
const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'sextant-packages-'));
const outside = mkdtempSync(join(tmpdir(), 'sextant-outside-'));
let server: ChildProcess | undefined;

afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const NATIVE = [
  { name: 'better-sqlite3', file: 'build/Release/better_sqlite3.node' },
  { name: 'isolated-vm', file: 'out/isolated_vm.node' },
];

describe('the packed CLI, installed globally', { timeout: 900_000 }, () => {
  const prefix = join(work, 'global');
  const sextant = join(prefix, 'bin/sextant');
  const installed = join(prefix, 'lib/node_modules/@sextant/cli');

  test('installs from its tarball alone and lists what its bundle leaves out', async () => {
    const { stdout } = await run(
      process.execPath,
      [join(ROOT, 'packages/cli/scripts/pack.mjs'), '--out', work],
      {
        cwd: ROOT,
      },
    );
    const tarball = stdout.trim().split('\n').at(-1)!;
    await run(
      'npm',
      ['install', '-g', '--prefix', prefix, '--ignore-scripts', '--no-audit', '--no-fund', tarball],
      {
        cwd: outside,
      },
    );
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const { EXTERNAL } = await import('../packages/cli/scripts/bundle.mjs');
    for (const name of (EXTERNAL as string[]).filter((n) => n !== 'pg-native' && !n.endsWith('/*')))
      expect(manifest.dependencies, name).toHaveProperty([name]);
    expect(Object.keys(manifest.dependencies).filter((name) => name.startsWith('@sextant/'))).toEqual([
      '@sextant/sdk',
    ]);
    for (const { name, file } of NATIVE) {
      const repoVersion = JSON.parse(
        readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'),
      ).version;
      const packageDir = join(installed, 'node_modules', name);
      expect(JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version).toBe(repoVersion);
      mkdirSync(join(packageDir, file, '..'), { recursive: true });
      copyFileSync(join(ROOT, 'node_modules', name, file), join(packageDir, file));
    }
  });

  test('--version and lineage run outside the repository', async () => {
    const version = await run(sextant, ['--version'], { cwd: outside });
    expect(version.stdout.trim()).toBe(
      JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')).version,
    );
    const sqlFile = join(outside, 'q.sql');
    writeFileSync(sqlFile, 'insert into mart.t select a from raw.s');
    const lineage = await run(sextant, ['lineage', '--dialect', 'postgres', '--json', sqlFile], {
      cwd: outside,
    });
    expect(JSON.stringify(JSON.parse(lineage.stdout))).toContain('raw.s');
  });

  test('serve --demo answers /healthcheck, serves the demo catalog and the UI', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    server = spawn(sextant, ['serve', '--demo', '--port', String(port)], { cwd: outside });
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    server.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const base = `http://127.0.0.1:${port}`;
    await expect
      .poll(
        () =>
          fetch(`${base}/healthcheck`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 300_000 },
      )
      .toBe(200);
    // The first start prints its admin key once the demo is loaded, after the server listens.
    const findKey = () => /sxt_[A-Za-z0-9_-]+/.exec(output)?.[0];
    await expect.poll(findKey, { timeout: 300_000 }).toBeDefined();
    const key = findKey();
    const catalog = await fetch(`${base}/api/v1/resource/catalog?page_size=1`, {
      headers: { authorization: `Bearer ${key}` },
    }).then((r) => r.json() as Promise<{ count: number }>);
    expect(catalog.count).toBeGreaterThan(0);
    const ui = await fetch(`${base}/`).then((r) => r.text());
    expect(ui).toContain('<!doctype html>');
  });
});

describe('the SDK, packed on its own', { timeout: 600_000 }, () => {
  test('installs into an empty project and loads', async () => {
    const project = join(work, 'sdk-user');
    mkdirSync(project);
    const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', work], {
      cwd: join(ROOT, 'packages/sdk'),
    });
    await run('npm', ['init', '-y'], { cwd: project });
    await run('npm', ['install', '--no-audit', '--no-fund', join(work, stdout.trim())], { cwd: project });
    const loaded = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const sdk = await import('@sextant/sdk'); console.log(typeof sdk.Integration)",
      ],
      { cwd: project },
    );
    expect(loaded.stdout.trim()).toBe('function');
  });
});

describe('the API client, packed on its own', { timeout: 600_000 }, () => {
  test('installs into an empty project and loads', async () => {
    const project = join(work, 'client-user');
    mkdirSync(project);
    const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', work], {
      cwd: join(ROOT, 'packages/client'),
    });
    await run('npm', ['init', '-y'], { cwd: project });
    await run('npm', ['install', '--no-audit', '--no-fund', join(work, stdout.trim())], { cwd: project });
    const loaded = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const c = await import('@sextant/client'); const client = c.createSextantClient({ baseUrl: 'http://127.0.0.1:9' }); console.log(typeof client.GET, c.parseRetryAfter('2'))",
      ],
      { cwd: project },
    );
    expect(loaded.stdout.trim()).toBe('function 2000');
  });
});
