/**
 * Every stable error code the API can answer with. docs/errors.md lists the same codes; a test keeps the two in
 * step, so adding a code here means documenting it there.
 */
export const ERROR_CODES = [
  // generic request problems
  'invalid_request',
  'invalid_json',
  'invalid_text',
  'validation_failed',
  'payload_too_large',
  'unsupported_media_type',
  'route_not_found',
  'rate_limited',
  'internal_error',
  'unavailable',
  'not_ready',
  // auth
  'authentication_required',
  'invalid_credentials',
  'sign_in_throttled',
  'invalid_api_key',
  'session_expired',
  'forbidden',
  // catalog
  'resource_not_found',
  'integration_not_found',
  'user_not_found',
  'team_not_found',
  'group_not_found',
  'tag_not_found',
  'collection_not_found',
  'custom_property_not_found',
  'api_key_not_found',
  'lineage_not_found',
  // lineage API
  'lineage_not_manual',
  'unknown_dialect',
  'invalid_sql',
  'lineage_target_unresolved',
  'sync_not_found',
  'already_exists',
  'conflict',
  'invalid_filter',
  'invalid_sort',
  'last_admin',
  'default_team',
  'guest_needs_team',
  'field_not_editable',
  'invalid_parent',
  // imports and syncs
  'invalid_file',
  'invalid_record',
  'invalid_lineage',
  'sync_in_progress',
  'sync_failed',
  'integration_not_runnable',
  // built-in connectors
  'connector_not_found',
  'connection_failed',
  // dbt
  'invalid_artifact',
  'missing_artifact',
  'dbt_artifacts_missing',
  // OpenLineage
  'openlineage_invalid_event',
  'openlineage_namespace_not_found',
  'openlineage_job_not_found',
  'openlineage_run_not_found',
  'openlineage_node_not_found',
  // marketplace
  'marketplace_integration_not_found',
  'marketplace_version_not_found',
  'marketplace_connection_not_found',
  'marketplace_integration_in_use',
  'integration_build_failed',
  'invalid_review_state',
  'not_a_reviewer',
  // slack and notifications
  'slack_not_connected',
  'slack_token_refused',
  'slack_missing_scope',
  'slack_request_refused',
  'slack_rate_limited',
  'slack_unavailable',
  'subscription_not_found',
  // demo
  'catalog_not_empty',
  // data quality
  'quality_target_unsupported',
  'profile_not_found',
  'monitor_not_found',
  'incident_not_found',
  'invalid_monitor',
  'pii_column_not_readable',
  'monitor_managed_by_dbt',
  // knowledge
  'notification_not_found',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
