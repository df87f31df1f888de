import { InputError } from '../errors/index.js';
import type { CredentialField } from './views.js';

/** A credential an uploaded integration asks for when it is connected (compat.md §7). */

export const MARKETPLACE_TYPE_PREFIX = 'marketplace:';
const MAX_FIELDS = 50;
const MAX_ENDPOINTS = 50;
const MAX_PRIVATE_HOSTS = 20;
const KEY = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/** The marketplace integration id in an integration type `marketplace:<id>`, or undefined for other types. */
export function marketplaceIdOf(type: string): string | undefined {
  if (!type.startsWith(MARKETPLACE_TYPE_PREFIX)) return undefined;
  return type.slice(MARKETPLACE_TYPE_PREFIX.length);
}

interface Problem {
  field: string;
  message: string;
}

function fail(where: string, problems: Problem[]): never {
  const first = problems[0]!;
  throw new InputError('validation_failed', `${where}.${first.field} ${first.message}`, {
    problems: problems.map((p) => ({ in: where, ...p })),
  });
}

/** Parses a JSON form field; `where` names the part of the request for the error (`body` or `form`). */
export function parseJsonField(text: string, field: string, where = 'form'): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(where, [{ field, message: `is not valid JSON (${(error as Error).message})` }]);
  }
}

/** `[{key, label, sensitive}]` with unique keys that are identifiers (they become the credential object's keys). */
export function checkCredentialFields(value: unknown, where = 'form'): CredentialField[] {
  const name = 'credential_fields';
  if (!Array.isArray(value)) fail(where, [{ field: name, message: 'must be a JSON array' }]);
  if (value.length > MAX_FIELDS)
    fail(where, [{ field: name, message: `has more than ${MAX_FIELDS} fields` }]);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const fields = value.map((item: unknown, index): CredentialField => {
    const at = `${name}.${index}`;
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const { key, label, sensitive } = entry;
    if (typeof key !== 'string' || !KEY.test(key))
      problems.push({ field: `${at}.key`, message: 'must be an identifier (letters, digits, _; ≤ 100)' });
    else if (seen.has(key)) problems.push({ field: `${at}.key`, message: `repeats the key "${key}"` });
    else seen.add(key);
    if (typeof label !== 'string' || label.trim() === '' || label.length > 200 || label.includes('\u0000'))
      problems.push({ field: `${at}.label`, message: 'must be a non-empty text of at most 200 characters' });
    if (typeof sensitive !== 'boolean')
      problems.push({ field: `${at}.sensitive`, message: 'must be true or false' });
    const unknown = Object.keys(entry).filter((k) => !['key', 'label', 'sensitive'].includes(k));
    if (unknown.length > 0)
      problems.push({ field: `${at}.${unknown[0]}`, message: 'is not a known property' });
    return { key: String(key), label: String(label), sensitive: sensitive === true };
  });
  if (problems.length > 0) fail(where, problems);
  return fields;
}

/**
 * URL prefixes the integration may call: http(s), a host, an optional port and path. No user info (credentials
 * go in the connection, not the allow-list), no query, fragment or wildcard (a prefix is matched literally).
 */
export function checkAllowedEndpoints(value: unknown, where = 'form'): string[] {
  const name = 'allowed_endpoints';
  if (!Array.isArray(value)) fail(where, [{ field: name, message: 'must be a JSON array of URL prefixes' }]);
  if (value.length > MAX_ENDPOINTS)
    fail(where, [{ field: name, message: `has more than ${MAX_ENDPOINTS} endpoints` }]);
  const problems: Problem[] = [];
  const endpoints = value.map((item: unknown, index) => {
    const message = endpointProblem(item);
    if (message) problems.push({ field: `${name}.${index}`, message });
    return message ? '' : normalizeEndpoint(item as string);
  });
  if (problems.length > 0) fail(where, problems);
  return [...new Set(endpoints)];
}

function endpointProblem(item: unknown): string | undefined {
  if (typeof item !== 'string' || item.length === 0 || item.length > 2000)
    return 'must be a URL prefix (text of at most 2000 characters)';
  let url: URL;
  try {
    url = new URL(item);
  } catch {
    return `"${item}" is not an absolute URL (scheme + host[:port] + optional path)`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `"${item}" must use http or https`;
  if (!url.hostname) return `"${item}" has no host`;
  if (url.username || url.password) return `"${item}" must not carry a user name or password`;
  if (item.includes('?') || item.includes('#')) return `"${item}" must not have a query or fragment`;
  if (item.includes('*')) return `"${item}": wildcards are not supported; list each host`;
  return undefined;
}

function normalizeEndpoint(item: string): string {
  const url = new URL(item);
  return `${url.origin}${url.pathname}`;
}

/** `host` or `host:port` entries (IPv6 in brackets) an admin lets one connection reach although they are private. */
export function checkPrivateHosts(value: unknown, where = 'body'): string[] {
  const name = 'allow_private_hosts';
  if (!Array.isArray(value)) fail(where, [{ field: name, message: 'must be an array of host[:port]' }]);
  if (value.length > MAX_PRIVATE_HOSTS)
    fail(where, [{ field: name, message: `has more than ${MAX_PRIVATE_HOSTS} hosts` }]);
  const problems: Problem[] = [];
  const hosts = value.map((item: unknown, index) => {
    const host = typeof item === 'string' ? item.trim().toLowerCase() : '';
    if (!isHostAndPort(host))
      problems.push({
        field: `${name}.${index}`,
        message: 'must be host or host:port (no scheme, path or user)',
      });
    return host;
  });
  if (problems.length > 0) fail(where, problems);
  return [...new Set(hosts)];
}

function isHostAndPort(host: string): boolean {
  if (host === '' || host.length > 300 || /[\s/@?#\\]/.test(host)) return false;
  try {
    const url = new URL(`http://${host}`);
    return url.hostname !== '' && url.pathname === '/';
  } catch {
    return false;
  }
}

/**
 * The credentials of a connection must be exactly the declared fields of its version, each a text: a missing
 * key would fail the run later, an unknown one is most likely a typo that leaves a real field empty.
 */
export function checkDeclaredCredentials(
  fields: CredentialField[],
  credentials: Record<string, unknown>,
): Record<string, string> {
  const declared = new Set(fields.map((field) => field.key));
  const problems: Problem[] = [];
  for (const field of fields) {
    if (!Object.hasOwn(credentials, field.key))
      problems.push({ field: `credentials.${field.key}`, message: `is required (${field.label})` });
  }
  for (const [key, value] of Object.entries(credentials)) {
    if (!declared.has(key))
      problems.push({ field: `credentials.${key}`, message: 'is not a declared credential field' });
    else if (typeof value !== 'string')
      problems.push({ field: `credentials.${key}`, message: 'must be a text' });
  }
  if (problems.length > 0) {
    const missing = problems.filter((p) => p.message.startsWith('is required')).map((p) => p.field.slice(12));
    const unknown = problems.filter((p) => p.message.startsWith('is not')).map((p) => p.field.slice(12));
    throw new InputError('validation_failed', credentialMessage(missing, unknown, problems[0]!), {
      problems: problems.map((p) => ({ in: 'body', ...p })),
      missing,
      unknown,
    });
  }
  return credentials as Record<string, string>;
}

function credentialMessage(missing: string[], unknown: string[], first: Problem): string {
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`missing credential field(s): ${missing.join(', ')}`);
  if (unknown.length > 0) parts.push(`unknown credential field(s): ${unknown.join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : `body.${first.field} ${first.message}`;
}
