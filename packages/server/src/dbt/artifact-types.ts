/**
 * The parts of dbt's artifacts that the catalog reads, typed loosely on purpose: manifest v2–v12 and dbt Fusion
 * differ in many fields we ignore, and the ones we read are checked where they are used (a missing description is
 * fine, a node that is not an object is an error). Field names are dbt's.
 */

export type ArtifactKind = 'manifest' | 'run_results' | 'catalog';

export interface DbtColumn {
  name?: string;
  description?: string | null;
  data_type?: string | null;
  meta?: Record<string, unknown> | null;
  tags?: string[] | null;
}

export interface DbtDependsOn {
  nodes?: string[] | null;
}

/** A manifest node (model, seed, snapshot, test, ...) or source; sources use `identifier` instead of `alias`. */
export interface DbtNode {
  unique_id: string;
  resource_type: string;
  name: string;
  package_name?: string;
  database?: string | null;
  schema?: string | null;
  alias?: string | null;
  identifier?: string | null;
  source_name?: string;
  description?: string | null;
  tags?: string[] | null;
  meta?: Record<string, unknown> | null;
  config?: {
    materialized?: string | null;
    meta?: Record<string, unknown> | null;
    tags?: string[] | string | null;
    severity?: string | null;
  } | null;
  columns?: Record<string, DbtColumn> | null;
  depends_on?: DbtDependsOn | null;
  /** dbt ≥ 1.3; older manifests call them `compiled_sql` / `raw_sql`. */
  compiled_code?: string | null;
  compiled_sql?: string | null;
  language?: string | null;
  /** Tests: the column a generic test checks (top level before v5, also in `test_metadata.kwargs`). */
  column_name?: string | null;
  test_metadata?: { name?: string; kwargs?: Record<string, unknown> | null } | null;
  /** Tests, dbt ≥ 1.5: the node the test is defined on. */
  attached_node?: string | null;
  relation_name?: string | null;
}

export interface DbtExposure {
  unique_id: string;
  name: string;
  label?: string | null;
  type?: string | null;
  description?: string | null;
  url?: string | null;
  owner?: { email?: string | null; name?: string | null } | null;
  tags?: string[] | null;
  meta?: Record<string, unknown> | null;
  config?: { meta?: Record<string, unknown> | null; tags?: string[] | null } | null;
  depends_on?: DbtDependsOn | null;
}

export interface DbtMetadata {
  dbt_schema_version?: string;
  dbt_version?: string;
  adapter_type?: string | null;
  generated_at?: string;
  invocation_id?: string | null;
}

export interface DbtManifest {
  metadata: DbtMetadata;
  nodes: Record<string, DbtNode>;
  sources?: Record<string, DbtNode> | null;
  exposures?: Record<string, DbtExposure> | null;
}

export interface DbtRunResult {
  unique_id: string;
  status: string;
  message?: string | null;
  failures?: number | null;
  timing?: Array<{ name?: string; started_at?: string | null; completed_at?: string | null }> | null;
}

export interface DbtRunResults {
  metadata: DbtMetadata;
  results: DbtRunResult[];
}

export interface DbtCatalogTable {
  metadata?: { type?: string; database?: string | null; schema?: string; name?: string } | null;
  columns?: Record<
    string,
    { name?: string; type?: string | null; index?: number | null; comment?: string | null }
  >;
  unique_id?: string | null;
}

export interface DbtCatalog {
  metadata: DbtMetadata;
  nodes: Record<string, DbtCatalogTable>;
  sources?: Record<string, DbtCatalogTable> | null;
}
