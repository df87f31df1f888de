import type { NetworkRequest, NetworkResponse } from './network.js';

/** The answer to an `httpGet`/`httpPost`/... call, with the body already read. */
export class HttpResponse {
  readonly status: number;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The URL that answered, after redirects. */
  readonly url: string;
  readonly #body: Uint8Array;
  readonly #method: string;

  constructor(request: Pick<NetworkRequest, 'method'>, response: NetworkResponse) {
    this.status = response.status;
    this.headers = response.headers;
    this.url = response.url;
    this.#body = response.body;
    this.#method = request.method;
  }

  /** Whether the status is 2xx. */
  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  /** The raw body. */
  bytes(): Uint8Array {
    return this.#body;
  }

  /** The body decoded as UTF-8. */
  text(): string {
    return new TextDecoder().decode(this.#body);
  }

  /** The body parsed as JSON; throws naming the URL when it is not JSON. */
  json<T = unknown>(): T {
    const text = this.text();
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new Error(
        `${this.#method} ${this.url} answered ${this.status} with a body that is not JSON: ${snippet(text)}`,
        {
          cause: error,
        },
      );
    }
  }

  /** Returns this response when it is 2xx; otherwise throws an error with the status and the body's start. */
  throwIfNotOk(): this {
    if (this.ok) return this;
    throw new Error(`${this.#method} ${this.url} answered ${this.status}: ${snippet(this.text())}`);
  }
}

function snippet(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line || '(empty body)';
}
