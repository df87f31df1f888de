/** HTTP methods the SDK's http helpers send. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One HTTP request, fully resolved (query string in `url`, auth in `headers`). Plain data only, so that a
 * sandboxed integration can hand it to the host across an isolate boundary.
 */
export interface NetworkRequest {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  timeoutMs: number;
  /** Follow 3xx answers (at most 10); when false a 3xx is returned as is. */
  followRedirects: boolean;
  /** Check the server's TLS certificate. */
  verify: boolean;
}

/** The answer to a {@link NetworkRequest}; plain data like the request. */
export interface NetworkResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Uint8Array;
  /** The URL that answered, after redirects. */
  url: string;
}

/**
 * How an integration reaches the network: directly from this process ({@link NodeNetwork}), or, when the
 * catalog runs uploaded code in its sandbox, through a host function that enforces the endpoint allow-list.
 */
export interface Network {
  send(request: NetworkRequest): Promise<NetworkResponse>;
}

/** The request could not be completed: refused connection, DNS failure, TLS failure, timeout. */
export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(
    readonly request: Pick<NetworkRequest, 'method' | 'url'>,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${request.method} ${request.url} failed: ${reason}`, options);
  }
}
