/**
 * The host's functions, as the sandbox hands them to the isolate before the bundle runs (see
 * `../child/run-isolate.ts`). Taken once and removed from the global object, so the uploaded code cannot
 * reach them by name (it could not do more with them than the SDK does: the host checks every call).
 */
import type { NetworkRequest } from '@sextant/sdk/sandbox';

/** A network call's outcome as plain data: isolate errors do not cross the boundary with their message. */
export type HostHttpResult =
  | { ok: true; status: number; headers: Record<string, string>; body: Uint8Array; url: string }
  | { ok: false; message: string };

export interface SandboxHost {
  /** Sends a request through the host's network broker (async: returns a promise in the isolate). */
  http(request: NetworkRequest): Promise<HostHttpResult>;
  /** One log line of the integration. */
  log(level: string, message: string): void;
  /** A batch of validated records (the host validates them again). */
  records(kind: 'resource' | 'lineage', records: unknown[]): void;
}

const HOST_GLOBAL = '__sextantHost';

function takeHost(): SandboxHost {
  const scope = globalThis as Record<string, unknown>;
  const found = scope[HOST_GLOBAL] as SandboxHost | undefined;
  if (!found) throw new Error('the sandbox host is missing; this bundle runs only in the sandbox');
  delete scope[HOST_GLOBAL];
  return found;
}

export const host: SandboxHost = takeHost();
