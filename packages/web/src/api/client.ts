/**
 * The one way the UI talks to the server: same-origin `fetch` with the session cookie, JSON in and out, and every
 * failure turned into an `ApiError` that carries the server's `{"error":{code,message,details}}`.
 */

/** A failed API call: the HTTP status, the server's stable code, and its human message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Turns any thrown value into a sentence for an error banner. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return error.message;
    const problems = error.details.problems as Array<{ field?: string; message: string }> | undefined;
    const first = problems?.[0];
    const field = first?.field ? ` (${first.field})` : '';
    return `${error.message}${field && !error.message.includes(first?.field ?? '') ? field : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}

type Query = Record<string, string | number | boolean | undefined | null>;

/** `/api/v1` + path + the defined query parameters. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

/** Reads an error answer (or a non-JSON failure) into an ApiError. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  return errorFromBody(response.status, text);
}

export function errorFromBody(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as {
      error?: { code?: string; message?: string; details?: Record<string, unknown> };
    };
    if (body.error?.message) {
      return new ApiError(status, body.error.code ?? 'error', body.error.message, body.error.details ?? {});
    }
  } catch {
    // Not JSON: a proxy page or a crash; fall through to the status line.
  }
  return new ApiError(
    status,
    'http_error',
    `the server answered ${status}${text ? `: ${text.slice(0, 200)}` : ''}`,
  );
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

/** One JSON request to the API; resolves to the parsed answer (undefined for 204). */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', 'cannot reach the Sextant server; is it running?');
  }
  if (!response.ok) throw await errorFromResponse(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
