import type { DeclaredLineage, Resource } from '@sextant/sdk';

/**
 * The contract of a built-in connector (DESIGN §2c): credential fields the UI and scripts build forms from, a
 * credential parser, a connection test that says what failed and how to fix it, and an extraction that streams
 * SDK records into a sink. The jobs runner, the API routes and the CLI only ever talk to this interface.
 *
 * How database facts travel on a `Resource` (the SDK model carries them; the sync engine stores them as the
 * source's, never as user-editable values):
 * - `native_type`: what the object is, in the database's words: `table`, `view`, `materialized view`,
 *   `foreign table`, `partitioned table` (tables); `database`, `schema`; columns carry their data type in `type`
 *   (as the database prints it: `character varying(45)`, `numeric(5,2)`) and `native_type` `column`.
 * - `row_count` (estimate: `reltuples` / `TABLE_ROWS`), `byte_size` (`pg_total_relation_size` /
 *   `DATA_LENGTH + INDEX_LENGTH`), `external_updated_at` (last altered, where known), `external_usage` (calls
 *   counted from query history) are resource fields of their own, answered on the resource object.
 * - `properties`: read-only facts the UI renders on the resource page:
 *   - `foreign_keys`: {@link ForeignKeyProperty}[] on the referencing table (never lineage);
 *   - `view_definition`: the SQL of a view or materialized view, as the database prints it;
 *   - `column_default`: a column's default expression; `is_nullable`: a column's nullability.
 * - `description`: table and column comments (editable in the catalog; the import policy applies).
 */
export interface Connector<C = unknown> {
  /** The integration type: `postgres`, `mysql`. */
  type: string;
  /** Other type names accepted when an integration is created (`postgresql`, `mariadb`). */
  aliases: string[];
  label: string;
  fields: ConnectorField[];
  /** Checks raw credentials; throws an `InputError` naming the field (`credentials.port`). */
  parseCredentials(raw: unknown): C;
  testConnection(credentials: C, options?: ConnectorCallOptions): Promise<ConnectionTestResult>;
  /**
   * Streams the catalog into `sink`, never holding it whole. Throws a {@link ConnectionFailure}-carrying
   * `ConnectorRunError` when it cannot connect or loses the connection: the run then applies nothing.
   */
  extract(credentials: C, sink: ConnectorSink, options?: ConnectorCallOptions): Promise<void>;
}

export interface ConnectorCallOptions {
  signal?: AbortSignal | undefined;
  /** Connection timeout (test connection: default 10 s). */
  timeoutMs?: number | undefined;
}

export type ConnectorFieldType =
  | 'string'
  | 'number'
  | 'boolean'
  | 'password'
  | 'select'
  | 'string_list'
  | 'text';

/** One credential field, as `GET /api/v1/integration/connectors` answers it. */
export interface ConnectorField {
  key: string;
  label: string;
  type: ConnectorFieldType;
  /** Secret values are masked in answers and never logged (the whole credentials object is sealed anyway). */
  secret: boolean;
  required: boolean;
  default?: unknown;
  /** `select` fields: the allowed values. */
  options?: string[];
  description?: string;
}

/** What a connector's records go to: the job runner's spool, the CLI's output or a test's array. */
export interface ConnectorSink {
  emit(record: Resource | DeclaredLineage): void | Promise<void>;
  /** A handled degradation: an object that could not be read, a view that did not parse ... */
  warn(warning: ConnectorWarning): void;
  progress?(progress: { stage: string; done: number; total?: number }): void;
}

export interface ConnectorWarning {
  /** Stable: `schema_not_readable`, `table_not_readable`, `view_unparsed`, `view_unresolved`, ... */
  code: string;
  message: string;
  /** The object concerned, qualified (`db.schema.view`). */
  object?: string;
}

/** Where connecting or reading failed, as the test-connection answer and failed runs name it. */
export type FailureStage =
  | 'dns'
  | 'refused'
  | 'timeout'
  | 'tls'
  | 'authentication'
  | 'database'
  | 'privileges'
  | 'statement_timeout'
  | 'connection_lost'
  | 'unknown';

export interface ConnectionFailure {
  stage: FailureStage;
  host: string;
  port: number;
  /** The driver's message (never containing the password). */
  message: string;
  /** What to do about it, for people. */
  hint: string;
  /** `privileges`: the statements that would grant what is missing. */
  grants_needed?: string[];
}

export type ConnectionTestResult =
  | { ok: true; server_version: string; databases: string[]; warnings: ConnectorWarning[] }
  | { ok: false; failure: ConnectionFailure };

/** A foreign key as `properties.foreign_keys` carries it on the referencing table. */
export interface ForeignKeyProperty {
  name: string;
  columns: string[];
  references: {
    database: string;
    schema: string;
    table: string;
    columns: string[];
    /** The referenced table's `databuilder_id` in the same integration (the UI links to it). */
    databuilder_id: string;
  };
}
