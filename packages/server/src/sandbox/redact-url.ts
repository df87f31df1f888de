const SECRET_PARAM = /token|key|secret|password|passwd|pwd|signature|sig|auth|credential|session|code/i;

/**
 * The URL as it may be logged: no user info, and the values of query parameters whose names suggest a
 * secret (`access_token`, `api_key`, `X-Amz-Signature`, ...) replaced by `REDACTED`.
 */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '(not a URL)';
  }
  url.username = '';
  url.password = '';
  for (const name of new Set(url.searchParams.keys())) {
    if (SECRET_PARAM.test(name)) url.searchParams.set(name, 'REDACTED');
  }
  return url.href;
}
