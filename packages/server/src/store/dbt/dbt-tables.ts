/** Row of `dbt_artifacts` (migration 0005): the last upload of one artifact kind for one integration. */
export interface DbtArtifactsTable {
  integration_id: string;
  /** `manifest`, `run_results` or `catalog`. */
  kind: string;
  file_name: string;
  content_gzip_base64: string;
  /** Decompressed size. */
  byte_size: number;
  schema_version: string;
  dbt_version: string | null;
  uploaded_at: string;
  uploaded_by: string | null;
}

/** Row of `dbt_test_results`: the latest result of one test on one tested resource. */
export interface DbtTestResultsTable {
  resource_id: string;
  test_unique_id: string;
  workspace_id: string;
  integration_id: string;
  test_name: string;
  column_name: string | null;
  status: string | null;
  message: string | null;
  failures: number | null;
  run_at: string | null;
  sync_id: string;
}

export type DbtTables = {
  dbt_artifacts: DbtArtifactsTable;
  dbt_test_results: DbtTestResultsTable;
};
