/**
 * The integration's endpoint allow-list: URL prefixes of scheme, host, optional port and optional path.
 * A request matches a prefix when scheme, host and port are equal and its path is the prefix's path or
 * below it on a segment boundary (`/v1` admits `/v1` and `/v1/x`, not `/v10`).
 */
export class EndpointPolicy {
  readonly #prefixes: URL[];
  readonly #privateHosts: Set<string>;

  constructor(options: { allowedEndpoints: readonly string[]; allowPrivateHosts?: readonly string[] }) {
    this.#prefixes = options.allowedEndpoints.map(parsePrefix);
    this.#privateHosts = new Set((options.allowPrivateHosts ?? []).map((host) => host.trim().toLowerCase()));
  }

  /** Whether the URL is under one of the allowed endpoints. */
  isAllowed(url: URL): boolean {
    return this.#prefixes.some(
      (prefix) =>
        prefix.protocol === url.protocol &&
        prefix.hostname === url.hostname &&
        effectivePort(prefix) === effectivePort(url) &&
        isUnderPath(url.pathname, prefix.pathname),
    );
  }

  /** Whether an admin allowed this URL's host (as `host` or `host:port`) to resolve to a private address. */
  isPrivateAllowed(url: URL): boolean {
    const host = url.hostname.toLowerCase();
    return this.#privateHosts.has(host) || this.#privateHosts.has(`${host}:${effectivePort(url)}`);
  }

  describe(): string {
    return this.#prefixes.length === 0 ? 'none' : this.#prefixes.map((prefix) => prefix.href).join(', ');
  }
}

function parsePrefix(prefix: string): URL {
  let url: URL;
  try {
    url = new URL(prefix);
  } catch {
    throw new TypeError(`allowed endpoint "${prefix}" is not a URL (scheme, host and optional path)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new TypeError(`allowed endpoint "${prefix}" must be http or https`);
  if (url.username || url.password || url.search || url.hash)
    throw new TypeError(`allowed endpoint "${prefix}" may not carry credentials, a query or a fragment`);
  return url;
}

export function effectivePort(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

function isUnderPath(path: string, prefix: string): boolean {
  if (prefix === '/' || path === prefix) return true;
  return path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}
