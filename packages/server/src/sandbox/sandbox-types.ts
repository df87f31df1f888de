import type { DeclaredLineage, Resource } from '@sextant/sdk';

/** Why a sandboxed run failed; stable, documented in docs/sandbox.md. */
export type SandboxErrorCode =
  /** The run went past its wall-clock limit and was killed. */
  | 'sandbox_timeout'
  /** The isolate went past its memory limit and was killed. */
  | 'sandbox_memory_limit'
  /** An HTTP call was refused by the endpoint allow-list or the address policy, and the run failed. */
  | 'sandbox_http_refused'
  /** A response went past the size cap, and the run failed. */
  | 'sandbox_response_too_large'
  /** The integration's code threw, or it has no usable default export. */
  | 'sandbox_code_error'
  /** The integration declared records that are not valid; none were handed on. */
  | 'sandbox_invalid_records'
  /** The run was cancelled through its AbortSignal. */
  | 'sandbox_aborted'
  /** The sandbox process ended without an answer (a V8 fatal error, a kill from outside). */
  | 'sandbox_crashed'
  /** The options are not usable (e.g. an allowed endpoint that is not a URL). */
  | 'sandbox_invalid_options';

/** One line of the integration's own log (console.*, the SDK's run summary). */
export interface SandboxLogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  /** ISO 8601, when the host received it. */
  at: string;
}

/** One HTTP exchange (each redirect hop is one), or one refused call. */
export interface HttpCallEntry {
  method: string;
  /** Without user info, and with the values of secret-looking query parameters replaced. */
  url: string;
  status?: number;
  durationMs: number;
  /** Response body size. */
  bytes?: number;
  /** Why there is no response: refused by policy, DNS, connection, timeout, size cap. */
  error?: string;
}

/** One record the integration declared, in the SDK model (a lineage has `from_identifier`), validated by the host. */
export type SandboxRecord = Resource | DeclaredLineage;

export interface SandboxRunOptions {
  /** A bundle from {@link bundleIntegration}. */
  code: string;
  credentials: Record<string, string>;
  /** URL prefixes the integration may call: scheme + host[:port] + optional path prefix. */
  allowedEndpoints: string[];
  /** `host` or `host:port` an admin allowed to resolve to a private/loopback address; default none. */
  allowPrivateHosts?: string[];
  /** Default 256. */
  memoryLimitMb?: number;
  /** Default 30 minutes. */
  timeLimitMs?: number;
  /** Default 50 MB. */
  maxResponseBytes?: number;
  /** Upper bound of one HTTP call (redirects included); default 120 s. */
  maxRequestMs?: number;
  /**
   * Called synchronously for each record, validated here against the SDK model. The SDK hands records over
   * only once the whole run validated, but hostile code can call the host directly: apply them only when
   * the result is ok.
   */
  onRecord(record: SandboxRecord): void;
  onLog(entry: SandboxLogEntry): void;
  onHttpCall(entry: HttpCallEntry): void;
  signal?: AbortSignal;
  /**
   * The server's logger: the layers this machine does not allow are reported to it (`warn`, once per process).
   * Without one they go out as process warnings (stderr).
   */
  logger?: SandboxLogger | undefined;
}

/** What the sandbox needs of a logger (pino's, or a child of it). */
export interface SandboxLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface SandboxCounts {
  resources: number;
  lineages: number;
  httpCalls: number;
}

export type SandboxRunResult =
  | { ok: true; counts: SandboxCounts }
  | { ok: false; error: { code: SandboxErrorCode; message: string }; counts: SandboxCounts };

export const SANDBOX_DEFAULTS = {
  memoryLimitMb: 256,
  timeLimitMs: 30 * 60 * 1000,
  maxResponseBytes: 50 * 1024 * 1024,
  maxRequestMs: 120_000,
} as const;
