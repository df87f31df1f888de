import { once } from 'node:events';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchSandboxProcess,
  permissionFlag,
  type SandboxLayerName,
  sandboxLayers,
} from './launch-sandbox-process.js';
import type { ProbeReport, ProbeTask } from './testing/probe-process.js';

const PROBE = fileURLToPath(new URL('./testing/probe-process.ts', import.meta.url));
const layers = sandboxLayers();
const isRoot = process.getuid?.() === 0;

/** Starts the probe inside the layers (all but `without`) and returns what it could do. */
async function probe(task: ProbeTask, without: SandboxLayerName[]): Promise<ProbeReport> {
  const child = launchSandboxProcess({ entry: PROBE, isSource: true, without });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.send(task);
  const report = new Promise<ProbeReport>((resolve) => child.once('message', resolve));
  const closed = once(child, 'close').then(() => {
    throw new Error(`the probe ended without a report: ${stderr}`);
  });
  try {
    return await Promise.race([report, closed]);
  } finally {
    child.kill('SIGKILL');
  }
}

describe('the layers around a sandbox process', { timeout: 180_000 }, () => {
  let dir: string;
  let secret: string;
  let server: net.Server;
  let task: ProbeTask;
  // Each layer is measured in a run without the later ones (the permission model would hide the others),
  // and against a run without the layer itself, which shows the probe would have seen it missing.
  let withoutPermission: ProbeReport;
  let withoutNetworkEither: ProbeReport;
  let withAll: ProbeReport;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sextant-layers-'));
    chmodSync(dir, 0o755);
    secret = path.join(dir, 'server-only.key');
    writeFileSync(secret, 'a server secret\n', { mode: 0o600 });
    const world = path.join(dir, 'world-readable.txt');
    writeFileSync(world, 'anyone\n', { mode: 0o644 });
    server = net.createServer((socket) => socket.end());
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    task = { files: [secret, world, '/etc/shadow', PROBE], port: (server.address() as net.AddressInfo).port };
    [withoutPermission, withoutNetworkEither, withAll] = await Promise.all([
      probe(task, ['permissionModel']),
      probe(task, ['permissionModel', 'networkNamespace']),
      probe(task, []),
    ]);
  });

  afterAll(() => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs as an unprivileged user that cannot read the server’s files, in an empty working directory', () => {
    if (!isRoot) {
      expect(layers.user).toBeUndefined();
      expect(layers.warnings.join('\n')).toMatch(/does not run as root/);
      return;
    }
    expect(layers.user).toMatchObject({ uid: 65534 });
    expect(withoutPermission.uid).toBe(65534);
    expect(withoutPermission.gid).not.toBe(0);
    expect(withoutPermission.reads[secret]).toBe('EACCES');
    expect(withoutPermission.reads['/etc/shadow']).toBe('EACCES');
    expect(withoutPermission.reads[task.files[1]!]).toBe('read');
    expect(path.basename(withoutPermission.cwd)).toMatch(/^sextant-sandbox-/);
  });

  it('has no network: a local port it could otherwise reach is out of reach', () => {
    expect(withoutNetworkEither.connect).toBe('connected');
    if (!layers.networkNamespace) {
      expect(layers.warnings.join('\n')).toMatch(/unshare --net/);
      return;
    }
    expect(withoutPermission.connect).not.toBe('connected');
    expect(withoutPermission.connect).toMatch(/^E[A-Z]+$/);
  });

  it("reads only its own code under Node's permission model, turned on by the flag this Node knows", () => {
    // Every Node the project supports (20.19, 22, 24) has the permission model; only its flag differs.
    const major = Number(process.versions.node.split('.')[0]);
    expect(permissionFlag()).toBe(major >= 22 ? '--permission' : '--experimental-permission');
    expect(layers.permissionModel).toBe(true);
    expect(withoutPermission.reads[task.files[1]!]).toBe('read');
    expect(withAll.reads[task.files[1]!]).toBe('ERR_ACCESS_DENIED');
    expect(withAll.reads[secret]).toBe('ERR_ACCESS_DENIED');
    expect(withAll.reads[PROBE]).toBe('read');
  });

  it('has no core dumps and few open files', () => {
    if (!layers.resourceLimits) {
      expect(layers.warnings.join('\n')).toMatch(/prlimit/);
      return;
    }
    expect(withoutPermission.openFilesLimit).toBe('256');
    expect(withoutPermission.coreFileLimit).toBe('0');
    expect(withoutNetworkEither.openFilesLimit).toBe('256');
  });
});
