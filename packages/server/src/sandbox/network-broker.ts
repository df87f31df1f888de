import { lookup } from 'node:dns/promises';
import net from 'node:net';
import {
  type HttpMethod,
  isRedirect,
  MAX_REDIRECTS,
  type NetworkRequest,
  redirectedRequest,
} from '@sextant/sdk';
import { classifyAddress } from './address-policy.js';
import { BrokerError } from './broker-error.js';
import { EndpointPolicy } from './endpoint-policy.js';
import { redactUrl } from './redact-url.js';
import type { HttpCallEntry, SandboxErrorCode } from './sandbox-types.js';
import { type ResolvedAddress, sendPinned } from './send-pinned.js';

const METHODS = new Set<HttpMethod>(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

export interface BrokerOptions {
  allowedEndpoints: readonly string[];
  allowPrivateHosts?: readonly string[];
  maxResponseBytes: number;
  /** Upper bound of one request's time, redirects included, whatever the integration asks. */
  maxRequestMs: number;
  onHttpCall(entry: HttpCallEntry): void;
  /** Ends every call under way (the run is over: nobody will read the answers). */
  signal?: AbortSignal;
  /** How host names are resolved; default the system resolver (`dns.lookup`, all addresses). */
  resolveHost?: (hostname: string) => Promise<ResolvedAddress[]>;
}

const resolveWithSystem = (hostname: string) => lookup(hostname, { all: true, verbatim: true });

/** A plain-data answer for the isolate: the response, or why there is none. */
export type BrokerResult =
  | { ok: true; status: number; headers: Record<string, string>; body: Uint8Array; url: string }
  | { ok: false; message: string };

interface Deadline {
  signal: AbortSignal;
  timeoutMs: number;
}

/**
 * Sends the isolate's HTTP requests for it: only to allow-listed endpoints, only to public addresses
 * (unless an admin allowed the host), connecting to the very address it checked, following redirects
 * itself (each hop checked again), with the response size capped while it streams and every call reported.
 */
export class NetworkBroker {
  readonly #policy: EndpointPolicy;
  readonly #options: BrokerOptions;
  /** The first policy refusal of the run, which names the run's failure when it fails. */
  firstRefusal: { code: SandboxErrorCode; message: string } | undefined;

  constructor(options: BrokerOptions) {
    this.#options = options;
    this.#policy = new EndpointPolicy(options);
  }

  async send(untrusted: unknown): Promise<BrokerResult> {
    let request: NetworkRequest;
    try {
      request = checkRequest(untrusted);
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
    const timeoutMs = Math.min(request.timeoutMs, this.#options.maxRequestMs);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = this.#options.signal ? AbortSignal.any([timeout, this.#options.signal]) : timeout;
    try {
      return { ok: true, ...(await this.#follow(request, { signal, timeoutMs })) };
    } catch (error) {
      const failure =
        error instanceof BrokerError ? error : describeFailure(request, error, { signal, timeoutMs });
      if (failure.code && !this.firstRefusal)
        this.firstRefusal = { code: failure.code, message: failure.message };
      return { ok: false, message: failure.message };
    }
  }

  async #follow(first: NetworkRequest, deadline: Deadline) {
    let current = first;
    for (let redirects = 0; ; redirects++) {
      const response = await this.#sendReported(current, deadline);
      const location = response.headers.location;
      if (!first.followRedirects || !isRedirect(response.status) || location === undefined) return response;
      if (redirects === MAX_REDIRECTS)
        throw new BrokerError(
          `${first.method} ${redactUrl(first.url)} failed: more than ${MAX_REDIRECTS} redirects`,
        );
      current = redirectedRequest(current, response.status, new URL(location, current.url));
    }
  }

  async #sendReported(request: NetworkRequest, deadline: Deadline) {
    const started = performance.now();
    const entry = { method: request.method, url: redactUrl(request.url) };
    try {
      const response = await this.#sendOnce(request, deadline.signal);
      const durationMs = Math.round(performance.now() - started);
      this.#options.onHttpCall({
        ...entry,
        status: response.status,
        durationMs,
        bytes: response.body.byteLength,
      });
      return response;
    } catch (error) {
      const failure = error instanceof BrokerError ? error : describeFailure(request, error, deadline);
      this.#options.onHttpCall({
        ...entry,
        durationMs: Math.round(performance.now() - started),
        error: failure.message,
      });
      throw failure;
    }
  }

  async #sendOnce(request: NetworkRequest, signal: AbortSignal) {
    const url = new URL(request.url);
    if (!this.#policy.isAllowed(url)) {
      throw new BrokerError(
        `${request.method} ${redactUrl(request.url)} refused: not under the integration's allowed endpoints (${this.#policy.describe()})`,
        'sandbox_http_refused',
      );
    }
    const address = await this.#resolveChecked(url, request);
    return sendPinned(request, url, address, { signal, maxResponseBytes: this.#options.maxResponseBytes });
  }

  /** Resolves the host and refuses it when any of its addresses is not public (unless allowed). */
  async #resolveChecked(url: URL, request: NetworkRequest): Promise<ResolvedAddress> {
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    const addresses = net.isIP(hostname)
      ? [{ address: hostname, family: net.isIP(hostname) }]
      : await (this.#options.resolveHost ?? resolveWithSystem)(hostname).catch(
          (error: NodeJS.ErrnoException) => {
            throw new BrokerError(
              `${request.method} ${redactUrl(request.url)} failed: cannot resolve ${hostname} (${error.code ?? error.message})`,
            );
          },
        );
    if (addresses.length === 0)
      throw new BrokerError(`${request.method} ${redactUrl(request.url)} failed: ${hostname} has no address`);
    const isPrivateAllowed = this.#policy.isPrivateAllowed(url);
    for (const { address } of addresses) {
      const verdict = classifyAddress(address, { isPrivateAllowed });
      if (!verdict.isAllowed) {
        throw new BrokerError(
          `${request.method} ${redactUrl(request.url)} refused: ${hostname} resolves to ${address}, a ${verdict.range} address`,
          'sandbox_http_refused',
        );
      }
    }
    return addresses[0]!;
  }
}

/** The isolate's request is untrusted data: check each field before Node sees it. */
function checkRequest(value: unknown): NetworkRequest {
  const request = value as Partial<NetworkRequest> | null;
  if (typeof request !== 'object' || request === null) throw new Error('the request is not an object');
  if (!METHODS.has(request.method as HttpMethod))
    throw new Error(`unsupported method ${String(request.method)}`);
  if (typeof request.url !== 'string') throw new Error('the request has no url');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    throw new Error(`${request.method} ${request.url.slice(0, 200)}: not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${request.method} ${redactUrl(request.url)}: unsupported protocol ${url.protocol}`);
  const headers = request.headers ?? {};
  if (typeof headers !== 'object' || Object.values(headers).some((header) => typeof header !== 'string'))
    throw new Error('request headers must be strings');
  const body = request.body;
  if (body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array))
    throw new Error('the request body must be a string or bytes');
  const timeoutMs =
    typeof request.timeoutMs === 'number' && request.timeoutMs > 0 ? request.timeoutMs : 120_000;
  return {
    method: request.method as HttpMethod,
    url: url.href,
    headers: { ...headers },
    ...(body === undefined ? {} : { body }),
    timeoutMs,
    followRedirects: request.followRedirects === true,
    verify: request.verify !== false,
  };
}

function describeFailure(request: NetworkRequest, error: unknown, deadline: Deadline): BrokerError {
  const prefix = `${request.method} ${redactUrl(request.url)} failed:`;
  if (deadline.signal.aborted)
    return new BrokerError(`${prefix} no answer within ${deadline.timeoutMs / 1000} s`);
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  return new BrokerError(`${prefix} ${code ? `${code} (${message})` : message}`);
}
