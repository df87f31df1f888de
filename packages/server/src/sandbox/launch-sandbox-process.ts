import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SandboxLogger } from './sandbox-types.js';

/**
 * The operating-system layers around a sandbox process, on top of the isolate (docs/sandbox.md, "Layers
 * around the process"). Each is used when the machine allows it; when it does not, `warnings` says so and
 * the run goes on without it.
 */
export interface SandboxLayers {
  /** The unprivileged user the process runs as (the server runs as root), or undefined. */
  user: { name: string; uid: number; gid: number } | undefined;
  /** The process starts in a network namespace of its own, with no interface but a down loopback. */
  networkNamespace: boolean;
  /** Node's permission model: reads only below `readPaths`, no writes, no child processes, no workers. */
  permissionModel: boolean;
  /** prlimit: no core dumps (they would hold the credentials), few open files. */
  resourceLimits: boolean;
  /** Why a layer is missing, one sentence each. */
  warnings: string[];
}

export type SandboxLayerName = 'user' | 'networkNamespace' | 'permissionModel' | 'resourceLimits';

/** One missing (or weakened) layer: which, and why. */
interface LayerWarning {
  layer: SandboxLayerName;
  reason: string;
}

export interface LaunchOptions {
  /** The module to run; must be under the paths the permission model lets it read. */
  entry: string;
  /** From sources (tests, tsx): the process loads TypeScript through tsx. */
  isSource: boolean;
  /** Layers to leave out (tests measure each layer against a run without it). */
  without?: readonly SandboxLayerName[];
  /** Where missing layers are reported (see {@link sandboxLayers}). */
  logger?: SandboxLogger | undefined;
}

const MAX_OPEN_FILES = 256;
const require = createRequire(import.meta.url);
let detected: SandboxLayers | undefined;

/**
 * Which layers this machine allows; probed once per server process. Each missing layer is reported once, on
 * the first call: as a `warn` entry `{ layer, reason }` of `logger` (the server's), or as a process warning
 * (`SextantSandboxWarning`, on stderr) when the caller has no logger.
 */
export function sandboxLayers(options: { logger?: SandboxLogger | undefined } = {}): SandboxLayers {
  if (detected) return detected;
  const missing: LayerWarning[] = [];
  const user = detectUser(missing);
  const networkNamespace = canRun('unshare', [...unshareArgs(user), 'true']);
  if (!networkNamespace)
    missing.push({
      layer: 'networkNamespace',
      reason:
        'unshare --net is not available or not permitted: the sandbox process keeps the network of the server (the broker still decides every call the integration makes)',
    });
  const permissionModel =
    permissionFlag() !== undefined && process.allowedNodeEnvironmentFlags.has('--allow-addons');
  if (!permissionModel)
    missing.push({
      layer: 'permissionModel',
      reason:
        "this Node has no permission model with --allow-addons: the sandbox process's file access is not narrowed",
    });
  const resourceLimits = canRun('prlimit', ['--core=0', '--nofile=256', 'true']);
  if (!resourceLimits)
    missing.push({
      layer: 'resourceLimits',
      reason:
        'prlimit is not available: the sandbox process keeps the default resource limits (core dumps allowed)',
    });
  const warnings = missing.map((warning) => warning.reason);
  detected = { user, networkNamespace, permissionModel, resourceLimits, warnings };
  for (const warning of missing) reportMissingLayer(warning, options.logger);
  return detected;
}

function reportMissingLayer(warning: LayerWarning, logger: SandboxLogger | undefined): void {
  if (logger) logger.warn({ layer: warning.layer, reason: warning.reason }, 'sandbox layer missing');
  else process.emitWarning(warning.reason, 'SextantSandboxWarning');
}

/**
 * The flag that turns Node's permission model on: `--permission` where Node knows it (22.13 and later; Node 24
 * no longer knows the old name), else `--experimental-permission` (Node 20); undefined on a Node with neither.
 */
export function permissionFlag(): '--permission' | '--experimental-permission' | undefined {
  const flags = process.allowedNodeEnvironmentFlags;
  if (flags.has('--permission')) return '--permission';
  if (flags.has('--experimental-permission')) return '--experimental-permission';
  return undefined;
}

/**
 * Starts a sandbox process inside every layer the machine allows: an empty environment, an empty private
 * working directory (mode 0700, its user's; removed when the process ends), an IPC channel with advanced serialization as the only
 * link to the server, stdout ignored and stderr piped (its tail explains a crash).
 */
export function launchSandboxProcess(options: LaunchOptions): ChildProcess {
  const layers = sandboxLayers({ logger: options.logger });
  const without = new Set(options.without ?? []);
  const user = without.has('user') ? undefined : layers.user;
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'sextant-sandbox-'));
  if (user) chownSync(cwd, user.uid, user.gid);
  const node = [
    process.execPath,
    ...nodeArgs(options, layers.permissionModel && !without.has('permissionModel')),
  ];
  const command: string[] = [];
  if (layers.resourceLimits && !without.has('resourceLimits'))
    command.push('prlimit', '--core=0', `--nofile=${MAX_OPEN_FILES}`, '--');
  const isNamespaced = layers.networkNamespace && !without.has('networkNamespace');
  // unshare creates the namespace as root, then drops to the user itself (after setuid it no longer could).
  if (isNamespaced) command.push('unshare', ...unshareArgs(user), '--');
  command.push(...node);
  const [file, ...args] = command as [string, ...string[]];
  const child = spawn(file, args, {
    // From sources, tsx would write its cache, which the permission model forbids; the built server has none.
    env: options.isSource ? { TSX_DISABLE_CACHE: '1' } : {},
    cwd,
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    ...(user && !isNamespaced ? { uid: user.uid, gid: user.gid } : {}),
  });
  child.once('close', () => rmSync(cwd, { recursive: true, force: true }));
  return child;
}

/** Node's flags: isolated-vm needs `--no-node-snapshot`; tsx from sources; the permission model. */
function nodeArgs(options: LaunchOptions, isPermitted: boolean): string[] {
  const args = ['--no-node-snapshot'];
  if (options.isSource) args.push('--import', pathToFileURL(require.resolve('tsx')).href);
  if (isPermitted) {
    args.push(
      permissionFlag() as string,
      '--allow-addons',
      ...readPaths(options.entry).map((dir) => `--allow-fs-read=${readPattern(dir)}`),
      // isolated-vm 6 (Node 24) finds its addon with node-gyp-build, which asks whether this is Alpine (musl);
      // on Node 24 asking about a file the process may not read throws instead of answering no.
      '--allow-fs-read=/etc/alpine-release',
      '--disable-warning=ExperimentalWarning',
      '--disable-warning=SecurityWarning',
    );
    // From sources, tsx runs its module hooks on a worker thread and compiles with esbuild's service (a
    // child process); the built server needs neither.
    if (options.isSource) args.push('--allow-worker', '--allow-child-process');
  }
  args.push(options.entry);
  return args;
}

/**
 * A folder and everything below it, as `--allow-fs-read` spells it: `DIR/*` up to Node 22; Node 24 no longer
 * knows wildcards (a folder's path covers what is below it, and `DIR/*` would match nothing).
 */
function readPattern(dir: string): string {
  return Number(process.versions.node.split('.')[0]) >= 24 ? dir : `${dir}${path.sep}*`;
}

/**
 * What the process must read: the package holding its entry (its code and package.json) and the
 * node_modules holding isolated-vm (the addon, source-map-js, and tsx from sources). Not the working
 * directory of the server, its data directory or its configuration.
 */
export function readPaths(entry: string): string[] {
  const ivm = require.resolve('isolated-vm');
  const modules = ivm.slice(
    0,
    ivm.lastIndexOf(`${path.sep}node_modules${path.sep}`) + '/node_modules'.length,
  );
  return [...new Set([packageRoot(entry), modules])];
}

function packageRoot(file: string): string {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.dirname(file);
  }
}

function unshareArgs(user: SandboxLayers['user']): string[] {
  if (process.getuid?.() !== 0) return ['--user', '--net'];
  return user ? ['--net', `--setgid=${user.gid}`, `--setuid=${user.uid}`] : ['--net'];
}

/** The overflow user and group id: owns nothing on a Linux machine. */
const NOBODY = 65534;

function detectUser(missing: LayerWarning[]): SandboxLayers['user'] {
  if (process.getuid?.() !== 0) {
    missing.push({
      layer: 'user',
      reason: `the server does not run as root, so the sandbox process runs as the server's own user (uid ${process.getuid?.()}); run the server as a user that owns nothing else`,
    });
    return undefined;
  }
  const name = process.env.SEXTANT_SANDBOX_USER || 'nobody';
  try {
    const uid = Number(
      execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    );
    const gid = Number(
      execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    );
    if (uid === 0) throw new Error('is root');
    return { name, uid, gid };
  } catch {
    // Never fall back to root: uid/gid 65534 need no entry in /etc/passwd to be switched to.
    missing.push({
      layer: 'user',
      reason: `SEXTANT_SANDBOX_USER "${name}" is not an unprivileged user of this machine: the sandbox process runs as uid/gid ${NOBODY}`,
    });
    return { name: String(NOBODY), uid: NOBODY, gid: NOBODY };
  }
}

function canRun(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}
