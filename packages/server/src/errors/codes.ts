/**
 * Every stable error code the API can answer with. docs/errors.md lists the same codes; a test keeps the two in
 * step, so adding a code here means documenting it there.
 */
export const ERROR_CODES = [
  // generic request problems
  'invalid_request',
  'invalid_json',
  'validation_failed',
  'payload_too_large',
  'unsupported_media_type',
  'route_not_found',
  'rate_limited',
  'internal_error',
  'unavailable',
  // auth
  'authentication_required',
  'invalid_credentials',
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
  'audit_log_not_found',
  'already_exists',
  'conflict',
  'invalid_filter',
  'invalid_sort',
  'last_admin',
  'field_not_editable',
  'invalid_parent',
  // imports and syncs
  'invalid_file',
  'invalid_record',
  'invalid_lineage',
  'sync_in_progress',
  'sync_failed',
  'integration_not_runnable',
  // dbt
  'invalid_artifact',
  'missing_artifact',
  'dbt_artifacts_missing',
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
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
