import { InputError } from '../errors/index.js';
import type { ConnectorField } from './connector.js';

export type SslMode = 'disable' | 'require' | 'verify-full';
export const SSL_MODES: SslMode[] = ['disable', 'require', 'verify-full'];

/** The credentials every SQL database connector takes (compat: issue #14 item 1). */
export interface SqlCredentials {
  host: string;
  port: number;
  user: string;
  password: string;
  /** One database, or several (PostgreSQL); empty for MySQL means "every database the user sees". */
  databases: string[];
  ssl: SslMode;
  /** PEM text of the CA certificate(s) for `verify-full` (else the system's CAs). */
  ssl_ca: string | undefined;
  /** Glob patterns (`*`, `?`) of schemas to read; empty means all. */
  schema_include: string[];
  schema_exclude: string[];
  query_history: boolean;
  statement_timeout_ms: number;
}

/** The fields of {@link SqlCredentials}, with the connector's default port. */
export function sqlConnectionFields(options: {
  defaultPort: number;
  databaseHelp: string;
}): ConnectorField[] {
  return [
    { key: 'host', label: 'Host', type: 'string', secret: false, required: true },
    {
      key: 'port',
      label: 'Port',
      type: 'number',
      secret: false,
      required: false,
      default: options.defaultPort,
    },
    { key: 'user', label: 'User', type: 'string', secret: false, required: true },
    { key: 'password', label: 'Password', type: 'password', secret: true, required: false, default: '' },
    {
      key: 'database',
      label: 'Database',
      type: 'string_list',
      secret: false,
      required: false,
      description: options.databaseHelp,
    },
    {
      key: 'ssl',
      label: 'TLS',
      type: 'select',
      secret: false,
      required: false,
      default: 'disable',
      options: SSL_MODES,
      description:
        'disable; require (encrypted, certificate not checked); verify-full (certificate and host name checked)',
    },
    {
      key: 'ssl_ca',
      label: 'CA certificate (PEM)',
      type: 'text',
      secret: false,
      required: false,
      description: 'for verify-full with a private CA',
    },
    {
      key: 'schema_include',
      label: 'Schemas to include',
      type: 'string_list',
      secret: false,
      required: false,
      default: [],
      description: 'glob patterns such as sales_*; empty reads every schema',
    },
    {
      key: 'schema_exclude',
      label: 'Schemas to exclude',
      type: 'string_list',
      secret: false,
      required: false,
      default: [],
      description: 'glob patterns; system schemas are always excluded',
    },
    {
      key: 'query_history',
      label: 'Query history lineage and usage',
      type: 'boolean',
      secret: false,
      required: false,
      default: false,
    },
    {
      key: 'statement_timeout_ms',
      label: 'Statement timeout (ms)',
      type: 'number',
      secret: false,
      required: false,
      default: 120_000,
      description: 'longest a single catalog query may run',
    },
  ];
}

/** Parses credentials against {@link sqlConnectionFields}; throws an `InputError` naming every bad field. */
export function parseSqlCredentials(raw: unknown, options: { defaultPort: number }): SqlCredentials {
  const input = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<
    string,
    unknown
  >;
  const problems: Array<{ in: string; field: string; message: string }> = [];
  const fail = (field: string, message: string) =>
    problems.push({ in: 'body', field: `credentials.${field}`, message });
  const text = (key: string, required: boolean): string => {
    const value = input[key];
    if (value === undefined || value === null || value === '') {
      if (required) fail(key, 'is required');
      return '';
    }
    if (typeof value !== 'string') fail(key, 'must be a string');
    return typeof value === 'string' ? value : '';
  };
  const list = (key: string): string[] => {
    const value = input[key];
    if (value === undefined || value === null || value === '') return [];
    if (typeof value === 'string')
      return value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
    fail(key, 'must be a string or a list of strings');
    return [];
  };
  const integer = (key: string, fallback: number, range: [number, number]): number => {
    const value = input[key];
    if (value === undefined || value === null || value === '') return fallback;
    const number = typeof value === 'string' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < range[0] || number > range[1]) {
      fail(key, `must be an integer from ${range[0]} to ${range[1]}`);
      return fallback;
    }
    return number;
  };
  const host = text('host', true);
  const port = integer('port', options.defaultPort, [1, 65535]);
  const user = text('user', true);
  const password = text('password', false);
  const ssl = (input.ssl ?? 'disable') as SslMode;
  if (!SSL_MODES.includes(ssl)) fail('ssl', `must be one of ${SSL_MODES.join(', ')}`);
  const queryHistory = input.query_history ?? false;
  if (typeof queryHistory !== 'boolean') fail('query_history', 'must be true or false');
  const credentials: SqlCredentials = {
    host,
    port,
    user,
    password,
    databases: list('database'),
    ssl,
    ssl_ca: text('ssl_ca', false) || undefined,
    schema_include: list('schema_include'),
    schema_exclude: list('schema_exclude'),
    query_history: queryHistory === true,
    statement_timeout_ms: integer('statement_timeout_ms', 120_000, [1, 86_400_000]),
  };
  const known = new Set(sqlConnectionFields({ defaultPort: 0, databaseHelp: '' }).map((field) => field.key));
  for (const key of Object.keys(input)) if (!known.has(key)) fail(key, 'is not a known field');
  if (problems.length > 0) {
    throw new InputError(
      'validation_failed',
      problems.map((problem) => `${problem.field} ${problem.message}`).join('; '),
      { problems },
    );
  }
  return credentials;
}

/** Whether `name` matches a glob pattern (`*` any run, `?` one character), case-sensitively. */
export function matchesGlob(name: string, pattern: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${regex}$`).test(name);
}

/** Include/exclude filtering of schema names: included by some include pattern (or none given), no exclude. */
export function isSchemaSelected(
  name: string,
  credentials: Pick<SqlCredentials, 'schema_include' | 'schema_exclude'>,
): boolean {
  const included =
    credentials.schema_include.length === 0 ||
    credentials.schema_include.some((pattern) => matchesGlob(name, pattern));
  return included && !credentials.schema_exclude.some((pattern) => matchesGlob(name, pattern));
}

/** Credentials from a URL (`postgres://user:pass@host:5432/db?sslmode=require`), for the CLI's `--url`. */
export function credentialsFromUrl(url: string): Record<string, unknown> {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  const sslmode = parsed.searchParams.get('sslmode') ?? parsed.searchParams.get('ssl');
  const credentials: Record<string, unknown> = {
    host: decodeURIComponent(parsed.hostname),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
  if (parsed.port !== '') credentials.port = Number(parsed.port);
  if (database !== '') credentials.database = database.split(',');
  if (sslmode) credentials.ssl = sslmode === 'prefer' || sslmode === 'allow' ? 'disable' : sslmode;
  for (const key of ['schema_include', 'schema_exclude']) {
    const value = parsed.searchParams.get(key);
    if (value) credentials[key] = value.split(',');
  }
  if (parsed.searchParams.get('query_history') === 'true') credentials.query_history = true;
  return credentials;
}
