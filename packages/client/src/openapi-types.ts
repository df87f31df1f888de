/**
 * Generated from openapi.json by openapi-typescript: `npm run api-types -w @sextant/client`. Do not edit.
 */

export interface paths {
  '/healthcheck': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness check (no authentication) */
    get: operations['getHealthcheck'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness check (no authentication)
     * @description 200 when the store answers, every migration is applied and (when this process runs jobs) the job worker loop is turning; otherwise 503 `not_ready` with the checks in `details.checks`.
     */
    get: operations['getReadyz'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics (admin key, or SEXTANT_METRICS_TOKEN; only when SEXTANT_METRICS is on) */
    get: operations['getMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with email and password; sets the session cookie */
    post: operations['postAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out (ends the session) */
    post: operations['postAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user or the API key owner */
    get: operations['getAuthMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/integrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List integrations, optionally of one type */
    get: operations['getIntegrationIntegrations'];
    put?: never;
    /** Create an integration (credentials are stored encrypted) */
    post: operations['postIntegrationIntegrations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/integrations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One integration */
    get: operations['getIntegrationIntegrationsById'];
    put?: never;
    post?: never;
    /** Delete an integration with all its resources, lineage and syncs */
    delete: operations['deleteIntegrationIntegrationsById'];
    options?: never;
    head?: never;
    /** Change an integration (Sextant extension): name, teams, credentials (merged), policy, schedule */
    patch: operations['patchIntegrationIntegrationsById'];
    trace?: never;
  };
  '/api/v1/user': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the users of the workspace */
    get: operations['getUser'];
    put?: never;
    /**
     * Create a user; or several with the older bulk form {emails[], role, groups[], teams[]}
     * @description The bulk form creates one user per email, all or none, and answers {count, results} in the order of emails.
     */
    post: operations['postUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/user/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user */
    get: operations['getUserById'];
    put?: never;
    post?: never;
    /** Delete a user with their API keys and sessions (never the last admin) */
    delete: operations['deleteUserById'];
    options?: never;
    head?: never;
    /** Change a user: name, role, active, password (never demotes the last admin) */
    patch: operations['patchUserById'];
    trace?: never;
  };
  '/api/v1/auth/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List teams with their members */
    get: operations['getAuthTeams'];
    put?: never;
    /** Create a team */
    post: operations['postAuthTeams'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/teams/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One team */
    get: operations['getAuthTeamsById'];
    put?: never;
    post?: never;
    /** Delete a team (its users stay) */
    delete: operations['deleteAuthTeamsById'];
    options?: never;
    head?: never;
    /** Change a team; `members` replaces the membership */
    patch: operations['patchAuthTeamsById'];
    trace?: never;
  };
  '/api/v1/auth/group': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List groups with their members */
    get: operations['getAuthGroup'];
    put?: never;
    /** Create a group */
    post: operations['postAuthGroup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/group/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One group */
    get: operations['getAuthGroupById'];
    put?: never;
    post?: never;
    /** Delete a group (its users stay) */
    delete: operations['deleteAuthGroupById'];
    options?: never;
    head?: never;
    /** Change a group; `members` replaces the membership */
    patch: operations['patchAuthGroupById'];
    trace?: never;
  };
  '/api/v1/auth/api_keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List your API keys (admins: all=true for the workspace's) */
    get: operations['getAuthApiKeys'];
    put?: never;
    /** Create an API key for yourself with a role up to yours; the key is shown once */
    post: operations['postAuthApiKeys'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/api_keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API key (yours, or any as admin); it stops working at once */
    delete: operations['deleteAuthApiKeysById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resource/catalog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search the catalog with a filter tree and a sort
     * @description Filterable fields: id, entity_type, native_type, title, title_full, description, definition, integration_id (integration), parent_id (parent), databuilder_id, database, schema, type, url, product, group, owners, teams, tags, collections, verified, pii, published, archived, stale, is_pk, hidden, sort_order, row_count, byte_size, external_usage, internal_usage, created_at, updated_at, external_updated_at, stale_at, archived_at. Sortable: entity_type, native_type, title, title_full, database, schema, type, the numbers, the timestamps and total_usage. Default: newest first.
     */
    get: operations['getResourceCatalog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resource/all/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a resource (stale ones included; guests: their teams’ only) */
    get: operations['getResourceAllById'];
    put?: never;
    post?: never;
    /** Delete a resource and everything below it */
    delete: operations['deleteResourceAllById'];
    options?: never;
    head?: never;
    /** Edit a resource */
    patch: operations['patchResourceAllById'];
    trace?: never;
  };
  '/api/v1/resource/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export the whole catalog: JSONL for `sextant import`, or CSV (one row per resource) */
    get: operations['exportCatalog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resource/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a catalog export (multipart `file`: JSONL or CSV) into this empty catalog */
    post: operations['importCatalog'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search resources by words, ranked, with facet counts
     * @description Ranked: exact title, title prefix, the words as a phrase in the title, in the description, then anywhere (documentation included); verified, then more used, first within each. Stale resources only with archive=true.
     */
    get: operations['getSearch'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/database/databases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List databases (filters: integration_id, parent_id, title, and their __in lists) */
    get: operations['getDatabaseDatabases'];
    put?: never;
    /** Create a hand-made database (no integration) */
    post: operations['postDatabaseDatabases'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/database/databases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a database */
    get: operations['getDatabaseDatabasesById'];
    put?: never;
    post?: never;
    /** Delete a database and everything below it */
    delete: operations['deleteDatabaseDatabasesById'];
    options?: never;
    head?: never;
    /** Edit a database */
    patch: operations['patchDatabaseDatabasesById'];
    trace?: never;
  };
  '/api/v1/database/schemas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List schemas (filters: integration_id, parent_id, title, and their __in lists) */
    get: operations['getDatabaseSchemas'];
    put?: never;
    /** Create a hand-made schema (no integration) */
    post: operations['postDatabaseSchemas'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/database/schemas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a schema */
    get: operations['getDatabaseSchemasById'];
    put?: never;
    post?: never;
    /** Delete a schema and everything below it */
    delete: operations['deleteDatabaseSchemasById'];
    options?: never;
    head?: never;
    /** Edit a schema */
    patch: operations['patchDatabaseSchemasById'];
    trace?: never;
  };
  '/api/v1/table/tables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List tables (filters: integration_id, parent_id, title, and their __in lists) */
    get: operations['getTableTables'];
    put?: never;
    /** Create a hand-made table (no integration) */
    post: operations['postTableTables'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/table/tables/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a table */
    get: operations['getTableTablesById'];
    put?: never;
    post?: never;
    /** Delete a table and everything below it */
    delete: operations['deleteTableTablesById'];
    options?: never;
    head?: never;
    /** Edit a table */
    patch: operations['patchTableTablesById'];
    trace?: never;
  };
  '/api/v1/table/columns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List columns (filters: integration_id, parent_id, title, and their __in lists) */
    get: operations['getTableColumns'];
    put?: never;
    /** Create a hand-made column (no integration) */
    post: operations['postTableColumns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/table/columns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a column */
    get: operations['getTableColumnsById'];
    put?: never;
    post?: never;
    /** Delete a column and everything below it */
    delete: operations['deleteTableColumnsById'];
    options?: never;
    head?: never;
    /** Edit a column */
    patch: operations['patchTableColumnsById'];
    trace?: never;
  };
  '/api/v1/dashboard/dashboards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List dashboards (filters: integration_id, parent_id, title, and their __in lists) */
    get: operations['getDashboardDashboards'];
    put?: never;
    /** Create a hand-made dashboard (no integration) */
    post: operations['postDashboardDashboards'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/dashboards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a dashboard */
    get: operations['getDashboardDashboardsById'];
    put?: never;
    post?: never;
    /** Delete a dashboard and everything below it */
    delete: operations['deleteDashboardDashboardsById'];
    options?: never;
    head?: never;
    /** Edit a dashboard */
    patch: operations['patchDashboardDashboardsById'];
    trace?: never;
  };
  '/api/v1/dashboard/charts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List charts (filters: integration_id, parent_id, title, and their __in lists) */
    get: operations['getDashboardCharts'];
    put?: never;
    /** Create a hand-made chart (no integration) */
    post: operations['postDashboardCharts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/charts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a chart */
    get: operations['getDashboardChartsById'];
    put?: never;
    post?: never;
    /** Delete a chart and everything below it */
    delete: operations['deleteDashboardChartsById'];
    options?: never;
    head?: never;
    /** Edit a chart */
    patch: operations['patchDashboardChartsById'];
    trace?: never;
  };
  '/api/v1/lineage/manual': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List lineage edges (each in the direction that matches the filters) */
    get: operations['getLineageManual'];
    put?: never;
    /** Create manual lineage (the opposite direction is answered automatically) */
    post: operations['postLineageManual'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lineage/manual/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a lineage edge */
    get: operations['getLineageManualById'];
    put?: never;
    post?: never;
    /** Delete manual lineage (both directions); other edges answer 403 */
    delete: operations['deleteLineageManualById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lineage/lineage_from_query': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Preview the lineage of a SQL query resolved against the catalog (writes nothing) */
    get: operations['getLineageLineageFromQuery'];
    put?: never;
    /** Record the lineage of a SQL query */
    post: operations['postLineageLineageFromQuery'];
    delete?: never;
    options?: never;
    head?: never;
    /** Record the lineage of a SQL query, replacing the target's non-manual upstream lineage */
    patch: operations['patchLineageLineageFromQuery'];
    trace?: never;
  };
  '/api/v1/lineage/graph': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sextant extension: the lineage graph around a resource, with hidden-neighbour counts */
    get: operations['getLineageGraph'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lineage/impact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sextant extension: every downstream asset with its distance (JSON or CSV) */
    get: operations['getLineageImpact'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tag': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List tags by name */
    get: operations['getTag'];
    put?: never;
    /** Create a tag (409 when the name exists) */
    post: operations['postTag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tag/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a tag */
    get: operations['getTagById'];
    put?: never;
    post?: never;
    /** Delete a tag (untags its resources) */
    delete: operations['deleteTagById'];
    options?: never;
    head?: never;
    /** Edit a tag */
    patch: operations['patchTagById'];
    trace?: never;
  };
  '/api/v1/resource/all_v2/custom_properties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List custom properties by name */
    get: operations['getResourceAllV2CustomProperties'];
    put?: never;
    /** Define a custom property (409 when the name exists) */
    post: operations['postResourceAllV2CustomProperties'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resource/all_v2/custom_properties/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a custom property */
    get: operations['getResourceAllV2CustomPropertiesById'];
    /** Rename or redescribe a custom property (PUT: same as PATCH) */
    put: operations['putResourceAllV2CustomPropertiesById'];
    post?: never;
    /** Delete a custom property and its values */
    delete: operations['deleteResourceAllV2CustomPropertiesById'];
    options?: never;
    head?: never;
    /** Rename or redescribe a custom property */
    patch: operations['patchResourceAllV2CustomPropertiesById'];
    trace?: never;
  };
  '/api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a custom property’s value on a resource (null removes it) */
    put: operations['putResourceAllV2CustomPropertiesByPropertyIdByEntityId'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collection/collections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List collections, newest first */
    get: operations['getCollectionCollections'];
    put?: never;
    /** Create a collection */
    post: operations['postCollectionCollections'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collection/collections/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a collection */
    get: operations['getCollectionCollectionsById'];
    put?: never;
    post?: never;
    /** Delete a collection (its resources stay) */
    delete: operations['deleteCollectionCollectionsById'];
    options?: never;
    head?: never;
    /** Edit a collection or its members */
    patch: operations['patchCollectionCollectionsById'];
    trace?: never;
  };
  '/api/v1/activity_log/audit_logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List audit entries of the last `days` (default 90), newest first; filter/sort in the catalog grammar */
    get: operations['getActivityLogAuditLogs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/dbt/{id}/upload_artifacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload dbt artifacts (multipart manifest, run_results, optional catalog; gzip accepted) */
    post: operations['postIntegrationDbtByIdUploadArtifacts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/dbt/{id}/trigger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run the dbt sync from the last uploaded artifacts; answers the sync record */
    post: operations['postIntegrationDbtByIdTrigger'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/dbt/manifest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Legacy: upload a dbt manifest (field manifest_file) and sync it; test results stay unchanged
     * @description multipart: the file and a text field `integration` (the dbt integration id); answers the sync record
     */
    post: operations['postIntegrationDbtManifest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/dbt/run_result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Legacy: upload dbt run_results (field run_result_file) next to the last manifest and sync
     * @description multipart: the file and a text field `integration` (the dbt integration id); answers the sync record; 409 when no manifest was uploaded before
     */
    post: operations['postIntegrationDbtRunResult'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/dbt/{id}/failing_tests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Resources whose latest dbt test results include a warn (warning) or a fail/error (failing) */
    get: operations['getIntegrationDbtByIdFailingTests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lineage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Marquez's lineage graph around a node (`dataset:<namespace>:<name>` or `job:<namespace>:<name>`) */
    get: operations['getLineage'];
    put?: never;
    /** Receive one OpenLineage event (RunEvent, DatasetEvent or JobEvent); applied in the background */
    post: operations['postLineage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lineage/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Receive an array of OpenLineage events, all or nothing; applied in the background, in order */
    post: operations['postLineageBatch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/namespaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** OpenLineage namespaces seen (Marquez shape) */
    get: operations['getNamespaces'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/namespaces/{namespace}/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Jobs of an OpenLineage namespace with their latest runs (Marquez shape) */
    get: operations['getNamespacesByNamespaceJobs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/namespaces/{namespace}/jobs/{job}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One OpenLineage job (Marquez shape) */
    get: operations['getNamespacesByNamespaceJobsByJob'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/namespaces/{namespace}/datasets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Datasets of an OpenLineage namespace (Marquez shape) */
    get: operations['getNamespacesByNamespaceDatasets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/runs/{runId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One OpenLineage run with its state history (Marquez shape plus `states`) */
    get: operations['getJobsRunsByRunId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resource/all/{id}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The last runs of a job resource (OpenLineage runs: state, times, duration, error) */
    get: operations['getResourceAllByIdRuns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/integrations/{id}/import_metadata': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a metadata CSV (multipart `file`) as one sync; answers the sync record */
    post: operations['postIntegrationIntegrationsByIdImportMetadata'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/integrations/{id}/import_jsonl_metadata': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import JSONL `resources_file` (+ optional `lineages_file`) as one sync; answers the sync record */
    post: operations['postIntegrationIntegrationsByIdImportJsonlMetadata'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/integrations/{id}/syncs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An integration's syncs, newest first */
    get: operations['getIntegrationIntegrationsByIdSyncs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/integrations/{id}/syncs/{sync_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One sync: status, times, counts, warnings and error */
    get: operations['getIntegrationIntegrationsByIdSyncsBySyncId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/integrations/{id}/syncs/{sync_id}/logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A run's log lines and http call log, oldest first */
    get: operations['getIntegrationIntegrationsByIdSyncsBySyncIdLogs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/integrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's own marketplace integrations (drafts included) */
    get: operations['getMarketplaceIntegrations'];
    put?: never;
    /** Upload an integration (multipart: name, description, category, icon, code, credential_fields, allowed_endpoints) */
    post: operations['postMarketplaceIntegrations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/integrations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One marketplace integration (own, or approved in another workspace) */
    get: operations['getMarketplaceIntegrationsById'];
    put?: never;
    post?: never;
    /** Delete your own marketplace integration with all its versions (409 while any connection or install uses it) */
    delete: operations['deleteMarketplaceIntegrationsById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/integrations/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Versions of a marketplace integration, newest first (other workspaces: approved ones) */
    get: operations['getMarketplaceIntegrationsByIdVersions'];
    put?: never;
    /** Upload a new immutable version (multipart: code, optional credential_fields, allowed_endpoints) */
    post: operations['postMarketplaceIntegrationsByIdVersions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/integrations/{id}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One version with its uploaded source */
    get: operations['getMarketplaceIntegrationsByIdVersionsByVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/integrations/{id}/versions/{version}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a version of your own integration for review */
    post: operations['postMarketplaceIntegrationsByIdVersionsByVersionSubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/integrations/{id}/versions/{version}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a submitted version (reviewers: admins of the first workspace) */
    post: operations['postMarketplaceIntegrationsByIdVersionsByVersionApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/integrations/{id}/versions/{version}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a submitted version with a note (reviewers) */
    post: operations['postMarketplaceIntegrationsByIdVersionsByVersionReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Versions waiting for review, on the whole server (reviewers) */
    get: operations['getMarketplaceReviews'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/listing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The marketplace: approved integrations every workspace on this server can install */
    get: operations['getMarketplaceListing'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketplace/connections/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The marketplace side of a connected integration: pinned version, private hosts, fields */
    get: operations['getMarketplaceConnectionsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Move a connection to another version, set its private hosts, change its credentials */
    patch: operations['patchMarketplaceConnectionsById'];
    trace?: never;
  };
  '/api/v1/integration/integrations/{id}/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run an integration now (queued; answers the sync id at once)
     * @description Queues a run and answers 202 with its sync id. 409 `sync_in_progress` (with `details.sync_id`) while a run of the integration is queued or running; 422 `integration_not_runnable` for push-based types.
     */
    post: operations['postIntegrationIntegrationsByIdRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/connectors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Built-in connectors and their credential fields (Sextant extension) */
    get: operations['getIntegrationConnectors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/connectors/{type}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Test credentials before saving them
     * @description Connects the way a run does and answers `ok: true` with the server version and databases, or `ok: false` with `failure`: the stage that failed (dns, refused, timeout, tls, authentication, database, privileges), host, port, the driver message and a hint (for privileges, the GRANTs needed). A failed connection is a 200.
     */
    post: operations['postIntegrationConnectorsByTypeTest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integration/integrations/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Test a saved connector integration’s connection
     * @description Connects the way a run does and answers `ok: true` with the server version and databases, or `ok: false` with `failure`: the stage that failed (dns, refused, timeout, tls, authentication, database, privileges), host, port, the driver message and a hint (for privileges, the GRANTs needed). A failed connection is a 200.
     */
    post: operations['postIntegrationIntegrationsByIdTest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api/v2/integration_v2/slack/conversations/list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public and private channels the Slack bot can see ([{id, name}]; 409 without a Slack integration, 422 when Slack refuses the token) */
    get: operations['getApiV2IntegrationV2SlackConversationsList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's notification settings (defaults until first saved) */
    get: operations['getNotificationsSettings'];
    /** Replace the notification settings (fields left out take their defaults) */
    put: operations['putNotificationsSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List subscriptions (optionally of one resource) */
    get: operations['getNotificationsSubscriptions'];
    put?: never;
    /** Send a resource's newly failing dbt tests to a channel (409 if already subscribed) */
    post: operations['postNotificationsSubscriptions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/subscriptions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One subscription */
    get: operations['getNotificationsSubscriptionsById'];
    put?: never;
    post?: never;
    /** Delete a subscription */
    delete: operations['deleteNotificationsSubscriptionsById'];
    options?: never;
    head?: never;
    /** Move a subscription to another channel */
    patch: operations['patchNotificationsSubscriptionsById'];
    trace?: never;
  };
  '/api/v1/glossary/terms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List glossary terms, newest first (viewers and guests: published only; guests: their teams' only; filters parent_id, title, status, resource_id) */
    get: operations['getGlossaryTerms'];
    put?: never;
    /** Create a glossary term */
    post: operations['postGlossaryTerms'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/glossary/terms/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a glossary term */
    get: operations['getGlossaryTermsById'];
    put?: never;
    post?: never;
    /** Delete a glossary term and everything under it */
    delete: operations['deleteGlossaryTermsById'];
    options?: never;
    head?: never;
    /** Edit a glossary term */
    patch: operations['patchGlossaryTermsById'];
    trace?: never;
  };
  '/api/v1/dictionary/terms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List glossary term (older path)s, newest first (viewers and guests: published only; guests: their teams' only; filters parent_id, title, status, resource_id) */
    get: operations['getDictionaryTerms'];
    put?: never;
    /** Create a glossary term (older path) */
    post: operations['postDictionaryTerms'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dictionary/terms/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a glossary term (older path) */
    get: operations['getDictionaryTermsById'];
    put?: never;
    post?: never;
    /** Delete a glossary term (older path) and everything under it */
    delete: operations['deleteDictionaryTermsById'];
    options?: never;
    head?: never;
    /** Edit a glossary term (older path) */
    patch: operations['patchDictionaryTermsById'];
    trace?: never;
  };
  '/api/v1/glossary/groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List term groups, newest first (viewers and guests: published only; guests: their teams' only; filters parent_id, title, status, resource_id) */
    get: operations['getGlossaryGroups'];
    put?: never;
    /** Create a term group */
    post: operations['postGlossaryGroups'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/glossary/groups/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a term group */
    get: operations['getGlossaryGroupsById'];
    put?: never;
    post?: never;
    /** Delete a term group and everything under it */
    delete: operations['deleteGlossaryGroupsById'];
    options?: never;
    head?: never;
    /** Edit a term group */
    patch: operations['patchGlossaryGroupsById'];
    trace?: never;
  };
  '/api/v1/document': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List documents, newest first (viewers and guests: published only; guests: their teams' only; filters parent_id, title, status, resource_id) */
    get: operations['getDocument'];
    put?: never;
    /** Create a document */
    post: operations['postDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/document/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a document */
    get: operations['getDocumentById'];
    put?: never;
    post?: never;
    /** Delete a document and everything under it */
    delete: operations['deleteDocumentById'];
    options?: never;
    head?: never;
    /** Edit a document */
    patch: operations['patchDocumentById'];
    trace?: never;
  };
  '/api/v1/question/questions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List questions, newest first (viewers and guests: published only; guests: their teams' only; filters parent_id, title, status, resource_id) */
    get: operations['getQuestionQuestions'];
    put?: never;
    /** Create a question */
    post: operations['postQuestionQuestions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/question/questions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a question */
    get: operations['getQuestionQuestionsById'];
    put?: never;
    post?: never;
    /** Delete a question and everything under it */
    delete: operations['deleteQuestionQuestionsById'];
    options?: never;
    head?: never;
    /** Edit a question */
    patch: operations['patchQuestionQuestionsById'];
    trace?: never;
  };
  '/api/v1/question/replies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List replys, newest first (viewers and guests: published only; guests: their teams' only; filters parent_id, title, status, resource_id) */
    get: operations['getQuestionReplies'];
    put?: never;
    /** Create a reply */
    post: operations['postQuestionReplies'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/question/replies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a reply */
    get: operations['getQuestionRepliesById'];
    put?: never;
    post?: never;
    /** Delete a reply and everything under it */
    delete: operations['deleteQuestionRepliesById'];
    options?: never;
    head?: never;
    /** Edit a reply */
    patch: operations['patchQuestionRepliesById'];
    trace?: never;
  };
  '/api/v1/notifications/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your in-app notifications (replies and accepted answers on questions you follow), newest first */
    get: operations['getNotificationsInbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/inbox/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Mark one of your notifications read (`{"read": true}`) or unread again */
    patch: operations['patchNotificationsInboxById'];
    trace?: never;
  };
  '/api/v1/notifications/inbox/mark_read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark your notifications read: those of `ids`, or all of them without `ids` */
    post: operations['postNotificationsInboxMarkRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resource/all/{id}/related': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Resources related to this one (both ways; documents’ mentions included) */
    get: operations['getResourceAllByIdRelated'];
    put?: never;
    /** Relate another resource to this one */
    post: operations['postResourceAllByIdRelated'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/resource/all/{id}/related/{related_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove the link between two resources (made from either end) */
    delete: operations['deleteResourceAllByIdRelatedByRelatedId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quality/tables/{id}/profiles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A table's profiles, newest first */
    get: operations['getQualityTablesByIdProfiles'];
    put?: never;
    /** Profile a table now (read-only, sampled when large); answers the stored profile */
    post: operations['postQualityTablesByIdProfiles'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quality/columns/{id}/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A column's figures from its table's newest profile */
    get: operations['getQualityColumnsByIdProfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quality/tables/{id}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The first 50 rows (PII columns masked, never read); audited */
    get: operations['getQualityTablesByIdPreview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quality/tables/{id}/score': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The table's Data Quality Score (stewardship, usability, freshness, reliability) */
    get: operations['getQualityTablesByIdScore'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/quality/tables/{id}/profile_schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The table's profile schedule (null when it has none) */
    get: operations['getQualityTablesByIdProfileSchedule'];
    /** Profile the table every N hours (null frequency removes the schedule) */
    put: operations['putQualityTablesByIdProfileSchedule'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitor/monitors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List monitors (filters: target, table, status) */
    get: operations['getMonitorMonitors'];
    put?: never;
    /** Create a monitor on a connector-backed table or column */
    post: operations['postMonitorMonitors'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitor/monitors/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run monitors now; answers when their measurements are stored */
    post: operations['postMonitorMonitorsRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitor/monitors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One monitor */
    get: operations['getMonitorMonitorsById'];
    put?: never;
    post?: never;
    /** Delete a monitor with its measurements and incidents */
    delete: operations['deleteMonitorMonitorsById'];
    options?: never;
    head?: never;
    /** Change a monitor */
    patch: operations['patchMonitorMonitorsById'];
    trace?: never;
  };
  '/api/v1/monitor/measurements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Measurements, newest first (filter: monitor_id) */
    get: operations['getMonitorMeasurements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitor/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Incidents, newest first (filters: monitor_id, status) */
    get: operations['getMonitorIncidents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitor/incidents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One incident */
    get: operations['getMonitorIncidentsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Resolve an open incident by hand (status: resolved) */
    patch: operations['patchMonitorIncidentsById'];
    trace?: never;
  };
  '/api/v1/demo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Load the demo shop catalog through the sync engine (idempotent; 409 catalog_not_empty when the workspace has its own integrations, unless force) */
    post: operations['postDemo'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mcp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Model Context Protocol (streamable HTTP, JSON-RPC): catalog tools for AI assistants */
    post: operations['mcp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealthcheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'OK';
          };
        };
      };
    };
  };
  getReadyz: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ready';
            checks: {
              /** @description `ok`, `not_applicable` (jobs run in another process), `skipped`, or what is wrong */
              store: string;
              /** @description `ok`, `not_applicable` (jobs run in another process), `skipped`, or what is wrong */
              migrations: string;
              /** @description `ok`, `not_applicable` (jobs run in another process), `skipped`, or what is wrong */
              jobs: string;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getMetrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus text exposition format 0.0.4 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            email: string;
            name: string;
            role: string;
            workspace_id: string;
            via: string;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getAuthMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            email: string;
            name: string;
            role: string;
            workspace_id: string;
            via: string;
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getIntegrationIntegrations: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        /** @description only integrations of this type */
        type?: string;
        /** @description only integrations of these types (comma-separated) */
        type__in?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              name: string;
              type: string;
              /** @description the credential keys; every value is "********" (secrets are never returned) */
              credentials: {
                [key: string]: '********';
              };
              workspace_id: string;
              ssh_tunnel: string | null;
              execute_access: string[];
              /** @description hour of the day, UTC */
              scheduled_extractions_hour: number;
              /** @description days between scheduled runs */
              scheduled_extractions_frequency: number;
              /** Format: date-time */
              scheduled_extractions_next_run: string | null;
              /** Format: date-time */
              scheduled_extractions_last_run: string | null;
              /** @description free, non-secret settings of the integration */
              properties: {
                [key: string]: unknown;
              };
              preview_access_users: string[];
              preview_access_roles: string[];
              preview_access_groups: string[];
              teams: string[];
              /** @description How source values meet user edits. never: a source value only fills a field that has none yet (user edits and earlier values stay); smart (default): user edits win, otherwise the source value; always: the source value wins over user edits whenever it has one */
              import_policy: 'never' | 'smart' | 'always';
              auto_stale: boolean;
              schedule_enabled: boolean;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postIntegrationIntegrations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @description the kind of source: postgres, dbt, custom, ... */
          type: string;
          /** @description stored encrypted; never returned in clear */
          credentials?: {
            [key: string]: unknown;
          };
          /** @description type marketplace:<id> only: the version to pin (default: newest own / newest approved) */
          marketplace_version?: number;
          /** @description type marketplace:<id> only: private host[:port] the code may reach (e.g. 127.0.0.1:8080) */
          allow_private_hosts?: string[];
          /** @description ids of the teams that own the integration */
          teams?: string[];
          /** @description free, non-secret settings of the integration */
          properties?: {
            [key: string]: unknown;
          };
          /** @description How source values meet user edits. never: a source value only fills a field that has none yet (user edits and earlier values stay); smart (default): user edits win, otherwise the source value; always: the source value wins over user edits whenever it has one */
          import_policy?: 'never' | 'smart' | 'always';
          /** @description stale resources absent from a sync (default true) */
          auto_stale?: boolean;
          /** @description UTC, default 0 */
          scheduled_extractions_hour?: number;
          /** @description days between runs, default 1 */
          scheduled_extractions_frequency?: number;
          /** @description run on the schedule (default true) */
          schedule_enabled?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            name: string;
            type: string;
            /** @description the credential keys; every value is "********" (secrets are never returned) */
            credentials: {
              [key: string]: '********';
            };
            workspace_id: string;
            ssh_tunnel: string | null;
            execute_access: string[];
            /** @description hour of the day, UTC */
            scheduled_extractions_hour: number;
            /** @description days between scheduled runs */
            scheduled_extractions_frequency: number;
            /** Format: date-time */
            scheduled_extractions_next_run: string | null;
            /** Format: date-time */
            scheduled_extractions_last_run: string | null;
            /** @description free, non-secret settings of the integration */
            properties: {
              [key: string]: unknown;
            };
            preview_access_users: string[];
            preview_access_roles: string[];
            preview_access_groups: string[];
            teams: string[];
            /** @description How source values meet user edits. never: a source value only fills a field that has none yet (user edits and earlier values stay); smart (default): user edits win, otherwise the source value; always: the source value wins over user edits whenever it has one */
            import_policy: 'never' | 'smart' | 'always';
            auto_stale: boolean;
            schedule_enabled: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getIntegrationIntegrationsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            name: string;
            type: string;
            /** @description the credential keys; every value is "********" (secrets are never returned) */
            credentials: {
              [key: string]: '********';
            };
            workspace_id: string;
            ssh_tunnel: string | null;
            execute_access: string[];
            /** @description hour of the day, UTC */
            scheduled_extractions_hour: number;
            /** @description days between scheduled runs */
            scheduled_extractions_frequency: number;
            /** Format: date-time */
            scheduled_extractions_next_run: string | null;
            /** Format: date-time */
            scheduled_extractions_last_run: string | null;
            /** @description free, non-secret settings of the integration */
            properties: {
              [key: string]: unknown;
            };
            preview_access_users: string[];
            preview_access_roles: string[];
            preview_access_groups: string[];
            teams: string[];
            /** @description How source values meet user edits. never: a source value only fills a field that has none yet (user edits and earlier values stay); smart (default): user edits win, otherwise the source value; always: the source value wins over user edits whenever it has one */
            import_policy: 'never' | 'smart' | 'always';
            auto_stale: boolean;
            schedule_enabled: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteIntegrationIntegrationsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchIntegrationIntegrationsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @description merged into the stored credentials: a value replaces, "********" keeps, null removes */
          credentials?: {
            [key: string]: unknown;
          };
          /** @description ids of the teams that own the integration */
          teams?: string[];
          /** @description free, non-secret settings of the integration */
          properties?: {
            [key: string]: unknown;
          };
          /** @description How source values meet user edits. never: a source value only fills a field that has none yet (user edits and earlier values stay); smart (default): user edits win, otherwise the source value; always: the source value wins over user edits whenever it has one */
          import_policy?: 'never' | 'smart' | 'always';
          /** @description stale resources absent from a sync (default true) */
          auto_stale?: boolean;
          /** @description UTC, default 0 */
          scheduled_extractions_hour?: number;
          /** @description days between runs, default 1 */
          scheduled_extractions_frequency?: number;
          /** @description run on the schedule (default true) */
          schedule_enabled?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            name: string;
            type: string;
            /** @description the credential keys; every value is "********" (secrets are never returned) */
            credentials: {
              [key: string]: '********';
            };
            workspace_id: string;
            ssh_tunnel: string | null;
            execute_access: string[];
            /** @description hour of the day, UTC */
            scheduled_extractions_hour: number;
            /** @description days between scheduled runs */
            scheduled_extractions_frequency: number;
            /** Format: date-time */
            scheduled_extractions_next_run: string | null;
            /** Format: date-time */
            scheduled_extractions_last_run: string | null;
            /** @description free, non-secret settings of the integration */
            properties: {
              [key: string]: unknown;
            };
            preview_access_users: string[];
            preview_access_roles: string[];
            preview_access_groups: string[];
            teams: string[];
            /** @description How source values meet user edits. never: a source value only fills a field that has none yet (user edits and earlier values stay); smart (default): user edits win, otherwise the source value; always: the source value wins over user edits whenever it has one */
            import_policy: 'never' | 'smart' | 'always';
            auto_stale: boolean;
            schedule_enabled: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getUser: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        /** @description guests read only the resources of their teams; viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys (Secoda's capitalised spelling is accepted; answers are lowercase) */
        role?: 'guest' | 'viewer' | 'editor' | 'admin' | 'Guest' | 'Viewer' | 'Editor' | 'Admin';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              email: string;
              name: string;
              first_name: string;
              last_name: string;
              /** @description guests read only the resources of their teams; viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
              role: 'guest' | 'viewer' | 'editor' | 'admin';
              /** @description inactive users cannot sign in and their keys stop working */
              active: boolean;
              /** @description Secoda’s spelling of `!active` */
              disabled: boolean;
              /** @description never signed in and no password set yet */
              pending: boolean;
              /** Format: date-time */
              last_login_at: string | null;
              /**
               * Format: date-time
               * @description Secoda’s name for last_login_at
               */
              last_login: string | null;
              workspace_id: string;
              /** @description team ids */
              teams: string[];
              /** @description group ids */
              user_groups: string[];
              /**
               * @description Sextant keeps no profile pictures
               * @enum {object|null}
               */
              profile_picture: never | null;
              /** @description always empty: Sextant has no bookmarks */
              bookmarks: string[];
              /** @description always false: API keys belong to people */
              is_service_account: boolean;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** Format: email */
              email: string;
              name?: string;
              first_name?: string;
              last_name?: string;
              /** @description guests read only the resources of their teams; viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys (Secoda's capitalised spelling is accepted; answers are lowercase) */
              role: 'guest' | 'viewer' | 'editor' | 'admin' | 'Guest' | 'Viewer' | 'Editor' | 'Admin';
              /** @description team ids (a guest needs at least one) */
              teams?: string[];
              /** @description group ids */
              user_groups?: string[];
              /** @description at least 8 characters */
              password?: string;
            }
          | {
              /** @description one user is created per email, all or none */
              emails: string[];
              /** @description guests read only the resources of their teams; viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys (Secoda's capitalised spelling is accepted; answers are lowercase) */
              role: 'guest' | 'viewer' | 'editor' | 'admin' | 'Guest' | 'Viewer' | 'Editor' | 'Admin';
              /** @description group ids, for every user */
              groups?: string[];
              /** @description team ids, for every user (a guest needs one) */
              teams?: string[];
            };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                id: string;
                /** Format: date-time */
                created_at: string;
                /** Format: date-time */
                updated_at: string;
                email: string;
                name: string;
                first_name: string;
                last_name: string;
                /** @description guests read only the resources of their teams; viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
                role: 'guest' | 'viewer' | 'editor' | 'admin';
                /** @description inactive users cannot sign in and their keys stop working */
                active: boolean;
                /** @description Secoda’s spelling of `!active` */
                disabled: boolean;
                /** @description never signed in and no password set yet */
                pending: boolean;
                /** Format: date-time */
                last_login_at: string | null;
                /**
                 * Format: date-time
                 * @description Secoda’s name for last_login_at
                 */
                last_login: string | null;
                workspace_id: string;
                /** @description team ids */
                teams: string[];
                /** @description group ids */
                user_groups: string[];
                /**
                 * @description Sextant keeps no profile pictures
                 * @enum {object|null}
                 */
                profile_picture: never | null;
                /** @description always empty: Sextant has no bookmarks */
                bookmarks: string[];
                /** @description always false: API keys belong to people */
                is_service_account: boolean;
              }
            | {
                count: number;
                results: {
                  id: string;
                  /** Format: date-time */
                  created_at: string;
                  /** Format: date-time */
                  updated_at: string;
                  email: string;
                  name: string;
                  first_name: string;
                  last_name: string;
                  /** @description guests read only the resources of their teams; viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
                  role: 'guest' | 'viewer' | 'editor' | 'admin';
                  /** @description inactive users cannot sign in and their keys stop working */
                  active: boolean;
                  /** @description Secoda’s spelling of `!active` */
                  disabled: boolean;
                  /** @description never signed in and no password set yet */
                  pending: boolean;
                  /** Format: date-time */
                  last_login_at: string | null;
                  /**
                   * Format: date-time
                   * @description Secoda’s name for last_login_at
                   */
                  last_login: string | null;
                  workspace_id: string;
                  /** @description team ids */
                  teams: string[];
                  /** @description group ids */
                  user_groups: string[];
                  /**
                   * @description Sextant keeps no profile pictures
                   * @enum {object|null}
                   */
                  profile_picture: never | null;
                  /** @description always empty: Sextant has no bookmarks */
                  bookmarks: string[];
                  /** @description always false: API keys belong to people */
                  is_service_account: boolean;
                }[];
              };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getUserById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            email: string;
            name: string;
            first_name: string;
            last_name: string;
            /** @description guests read only the resources of their teams; viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
            role: 'guest' | 'viewer' | 'editor' | 'admin';
            /** @description inactive users cannot sign in and their keys stop working */
            active: boolean;
            /** @description Secoda’s spelling of `!active` */
            disabled: boolean;
            /** @description never signed in and no password set yet */
            pending: boolean;
            /** Format: date-time */
            last_login_at: string | null;
            /**
             * Format: date-time
             * @description Secoda’s name for last_login_at
             */
            last_login: string | null;
            workspace_id: string;
            /** @description team ids */
            teams: string[];
            /** @description group ids */
            user_groups: string[];
            /**
             * @description Sextant keeps no profile pictures
             * @enum {object|null}
             */
            profile_picture: never | null;
            /** @description always empty: Sextant has no bookmarks */
            bookmarks: string[];
            /** @description always false: API keys belong to people */
            is_service_account: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteUserById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchUserById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          first_name?: string;
          last_name?: string;
          /** @description guests read only the resources of their teams; viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys (Secoda's capitalised spelling is accepted; answers are lowercase) */
          role?: 'guest' | 'viewer' | 'editor' | 'admin' | 'Guest' | 'Viewer' | 'Editor' | 'Admin';
          /** @description team ids; replaces the user’s teams */
          teams?: string[];
          /** @description group ids; replaces the user’s groups */
          user_groups?: string[];
          active?: boolean;
          /** @description Secoda’s spelling of `!active` */
          disabled?: boolean;
          /** @description at least 8 characters */
          password?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            email: string;
            name: string;
            first_name: string;
            last_name: string;
            /** @description guests read only the resources of their teams; viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
            role: 'guest' | 'viewer' | 'editor' | 'admin';
            /** @description inactive users cannot sign in and their keys stop working */
            active: boolean;
            /** @description Secoda’s spelling of `!active` */
            disabled: boolean;
            /** @description never signed in and no password set yet */
            pending: boolean;
            /** Format: date-time */
            last_login_at: string | null;
            /**
             * Format: date-time
             * @description Secoda’s name for last_login_at
             */
            last_login: string | null;
            workspace_id: string;
            /** @description team ids */
            teams: string[];
            /** @description group ids */
            user_groups: string[];
            /**
             * @description Sextant keeps no profile pictures
             * @enum {object|null}
             */
            profile_picture: never | null;
            /** @description always empty: Sextant has no bookmarks */
            bookmarks: string[];
            /** @description always false: API keys belong to people */
            is_service_account: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getAuthTeams: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        /** @description also list archived teams */
        include_archived?: boolean;
        /** @description only the teams the caller belongs to */
        only_joined?: boolean;
        /** @description accepted for Secoda scripts; every team a caller sees is writable by its role */
        only_write?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              name: string;
              description: string;
              workspace_id: string;
              icon: string | null;
              /** @description user ids */
              members: string[];
              /** @description Secoda’s name for `members` (the same user ids) */
              users: string[];
              /** @description OPEN or CLOSED */
              type: string;
              archived: boolean;
              /** @description the workspace’s "General" team; never deleted or archived */
              is_default_team: boolean;
              /** @description home, catalog, documents, questions, glossary, collections: all shown in Sextant */
              sidebar_settings: {
                [key: string]: boolean;
              };
              onboarding_completed: boolean;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postAuthTeams: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          description?: string;
          /** @description user ids of the members; replaces the whole membership when given */
          members?: string[];
          /** @description alias of `members` (Secoda’s name); give one */
          users?: string[];
          /** @description an emoji or icon name */
          icon?: string | null;
          /** @description OPEN: public, anyone may join; CLOSED: private */
          type?: 'OPEN' | 'CLOSED';
          archived?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            name: string;
            description: string;
            workspace_id: string;
            icon: string | null;
            /** @description user ids */
            members: string[];
            /** @description Secoda’s name for `members` (the same user ids) */
            users: string[];
            /** @description OPEN or CLOSED */
            type: string;
            archived: boolean;
            /** @description the workspace’s "General" team; never deleted or archived */
            is_default_team: boolean;
            /** @description home, catalog, documents, questions, glossary, collections: all shown in Sextant */
            sidebar_settings: {
              [key: string]: boolean;
            };
            onboarding_completed: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getAuthTeamsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            name: string;
            description: string;
            workspace_id: string;
            icon: string | null;
            /** @description user ids */
            members: string[];
            /** @description Secoda’s name for `members` (the same user ids) */
            users: string[];
            /** @description OPEN or CLOSED */
            type: string;
            archived: boolean;
            /** @description the workspace’s "General" team; never deleted or archived */
            is_default_team: boolean;
            /** @description home, catalog, documents, questions, glossary, collections: all shown in Sextant */
            sidebar_settings: {
              [key: string]: boolean;
            };
            onboarding_completed: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteAuthTeamsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchAuthTeamsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          description?: string;
          /** @description user ids of the members; replaces the whole membership when given */
          members?: string[];
          /** @description alias of `members` (Secoda’s name); give one */
          users?: string[];
          /** @description an emoji or icon name */
          icon?: string | null;
          /** @description OPEN: public, anyone may join; CLOSED: private */
          type?: 'OPEN' | 'CLOSED';
          archived?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            name: string;
            description: string;
            workspace_id: string;
            icon: string | null;
            /** @description user ids */
            members: string[];
            /** @description Secoda’s name for `members` (the same user ids) */
            users: string[];
            /** @description OPEN or CLOSED */
            type: string;
            archived: boolean;
            /** @description the workspace’s "General" team; never deleted or archived */
            is_default_team: boolean;
            /** @description home, catalog, documents, questions, glossary, collections: all shown in Sextant */
            sidebar_settings: {
              [key: string]: boolean;
            };
            onboarding_completed: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getAuthGroup: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              name: string;
              description: string;
              workspace_id: string;
              icon: string | null;
              /** @description user ids */
              members: string[];
              /** @description Secoda’s name for `members` (the same user ids) */
              users: string[];
              /**
               * @description Sextant manages no warehouse roles
               * @enum {object|null}
               */
              snowflake_role: never | null;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postAuthGroup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          description?: string;
          /** @description user ids of the members; replaces the whole membership when given */
          members?: string[];
          /** @description alias of `members` (Secoda’s name); give one */
          users?: string[];
          /** @description an emoji or icon name */
          icon?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            name: string;
            description: string;
            workspace_id: string;
            icon: string | null;
            /** @description user ids */
            members: string[];
            /** @description Secoda’s name for `members` (the same user ids) */
            users: string[];
            /**
             * @description Sextant manages no warehouse roles
             * @enum {object|null}
             */
            snowflake_role: never | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getAuthGroupById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            name: string;
            description: string;
            workspace_id: string;
            icon: string | null;
            /** @description user ids */
            members: string[];
            /** @description Secoda’s name for `members` (the same user ids) */
            users: string[];
            /**
             * @description Sextant manages no warehouse roles
             * @enum {object|null}
             */
            snowflake_role: never | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteAuthGroupById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchAuthGroupById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          description?: string;
          /** @description user ids of the members; replaces the whole membership when given */
          members?: string[];
          /** @description alias of `members` (Secoda’s name); give one */
          users?: string[];
          /** @description an emoji or icon name */
          icon?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            name: string;
            description: string;
            workspace_id: string;
            icon: string | null;
            /** @description user ids */
            members: string[];
            /** @description Secoda’s name for `members` (the same user ids) */
            users: string[];
            /**
             * @description Sextant manages no warehouse roles
             * @enum {object|null}
             */
            snowflake_role: never | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getAuthApiKeys: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        /** @description admins only: every key of the workspace, not just the caller's */
        all?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              name: string;
              /** @description guests read only the resources of their teams; viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
              role: 'guest' | 'viewer' | 'editor' | 'admin';
              /** @description the first characters of the key, to tell keys apart */
              prefix: string;
              user_id: string;
              workspace_id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              last_used_at: string | null;
              /** Format: date-time */
              revoked_at: string | null;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postAuthApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @description guests read only the resources of their teams; viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
          role: 'guest' | 'viewer' | 'editor' | 'admin';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            /** @description guests read only the resources of their teams; viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys */
            role: 'guest' | 'viewer' | 'editor' | 'admin';
            /** @description the first characters of the key, to tell keys apart */
            prefix: string;
            user_id: string;
            workspace_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            last_used_at: string | null;
            /** Format: date-time */
            revoked_at: string | null;
            /** @description the key in clear; shown once, store it now */
            key: string;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteAuthApiKeysById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getResourceCatalog: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        /** @description URL-encoded JSON: {"operator":"and"|"or"|"not","operands":[...]} or {"operator":"exact"|"contains"|"in"|"is_set","field":"...","value":...}. Stale resources are left out unless the filter names "stale". */
        filter?: string;
        /** @description URL-encoded JSON: {"field":"title","order":"asc"|"desc","tie_breaker":{"field":"id","order":"asc"}}. */
        sort?: string;
        /** @description A team id (or comma-separated ids): only resources of these teams. */
        teams?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
              owners: string[];
              /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
              external_owners: string[];
              /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
              owners_display: {
                id: string | null;
                name: string;
                email: string | null;
                external: boolean;
              }[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
              quality_score: number | null;
              /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
              properties: {
                [key: string]: unknown;
              };
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Display title a user chose; `title` when none was set. */
              title_cased: string;
              /** @description An emoji or icon name. */
              icon: string | null;
              /**
               * @description Sextant keeps no definition versions.
               * @enum {object|null}
               */
              definition_version: never | null;
              /** @description Always empty: no per-user subscriptions in Sextant. */
              subscribers: string[];
              /** @description Always empty: no bookmarks in Sextant. */
              bookmarked_by: string[];
              /** @description What the caller’s role allows on this resource. */
              current_user_permissions: {
                read: boolean;
                write: boolean;
                edit: boolean;
                delete: boolean;
              };
              display_metadata: {
                [key: string]: unknown;
              };
              search_metadata: {
                [key: string]: unknown;
              };
              /** @description Always empty: no collaborative editing. */
              multiplayers: string[];
              multiplayer_last_modified: string | null;
              multiplayer_last_modified_by: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              /** @description Same as `integration`. */
              integration_id: string | null;
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              /** @description Data type text. */
              type?: string | null;
              sort_order?: number | null;
              is_pk?: boolean;
              /** @description Schema name. */
              schema?: string | null;
              /** @description Database name. */
              database?: string | null;
              /** @description Sextant extension (GET by id): every integration describing this physical table, primary first; `sources` lists their resource ids when there are several (docs/lineage.md "Entities and sources"). */
              described_by?: {
                /** @description The source’s own resource id. */
                resource: string;
                integration: string | null;
                integration_name: string | null;
                integration_type: string | null;
                kind: 'warehouse' | 'dbt';
              }[];
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getResourceAllById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description Data type text. */
            type?: string | null;
            sort_order?: number | null;
            is_pk?: boolean;
            /** @description Schema name. */
            schema?: string | null;
            /** @description Database name. */
            database?: string | null;
            /** @description Sextant extension (GET by id): every integration describing this physical table, primary first; `sources` lists their resource ids when there are several (docs/lineage.md "Entities and sources"). */
            described_by?: {
              /** @description The source’s own resource id. */
              resource: string;
              integration: string | null;
              integration_name: string | null;
              integration_type: string | null;
              kind: 'warehouse' | 'dbt';
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteResourceAllById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchResourceAllById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Absent fields are kept. description/definition/owners become user values that syncs respect (import policy); title and native_type can only be edited on hand-made resources; tags/collections/teams replace the lists. */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title?: string;
          archived?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description Data type text. */
            type?: string | null;
            sort_order?: number | null;
            is_pk?: boolean;
            /** @description Schema name. */
            schema?: string | null;
            /** @description Database name. */
            database?: string | null;
            /** @description Sextant extension (GET by id): every integration describing this physical table, primary first; `sources` lists their resource ids when there are several (docs/lineage.md "Entities and sources"). */
            described_by?: {
              /** @description The source’s own resource id. */
              resource: string;
              integration: string | null;
              integration_name: string | null;
              integration_type: string | null;
              kind: 'warehouse' | 'dbt';
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  exportCatalog: {
    parameters: {
      query?: {
        format?: 'jsonl' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSONL export records, or CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': string;
          'text/csv': string;
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
          'text/csv': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
          'text/csv': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
          'text/csv': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
          'text/csv': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  importCatalog: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the export format the file was read as (told apart by its first line) */
            format: 'jsonl' | 'csv';
            resources: number;
            lineage: number;
            integrations: number;
            tags: number;
            teams: number;
            custom_properties: number;
            /** @description users made for the export, without a password */
            users_created: number;
            /** @description collections, sync records, API keys (hashes) and audit entries */
            history: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getSearch: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        /** @description What to look for. Taken as words (letters and digits); everything else separates them, so no full-text syntax applies. The last word matches as a prefix unless the text ends with a space. */
        q?: string;
        /** @description Entity types (repeat the parameter for several: any of them matches). */
        entity_type?: string[];
        /** @description Integration ids. */
        integration_id?: string[];
        /** @description Database names. */
        database?: string[];
        /** @description Schema names. */
        schema?: string[];
        /** @description Tag ids. */
        tag?: string[];
        /** @description Owner emails. */
        owner?: string[];
        verified?: boolean;
        pii?: boolean;
        /** @description Quality score bands of tables: good (≥ 80), moderate (≥ 50), poor, not_set (docs/quality.md). */
        quality?: ('good' | 'moderate' | 'poor' | 'not_set')[];
        /** @description The worst state of the monitors on the resource or its columns: incident (one is open), error, ok. */
        monitor_status?: ('ok' | 'incident' | 'error')[];
        /** @description relevance (default), or quality_score: the best-scored tables first, unscored last. */
        sort?: 'relevance' | 'quality_score';
        /** @description true: stale resources only (the archive view). Default: live ones only. */
        archive?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
              owners: string[];
              /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
              external_owners: string[];
              /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
              owners_display: {
                id: string | null;
                name: string;
                email: string | null;
                external: boolean;
              }[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
              quality_score: number | null;
              /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
              properties: {
                [key: string]: unknown;
              };
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Display title a user chose; `title` when none was set. */
              title_cased: string;
              /** @description An emoji or icon name. */
              icon: string | null;
              /**
               * @description Sextant keeps no definition versions.
               * @enum {object|null}
               */
              definition_version: never | null;
              /** @description Always empty: no per-user subscriptions in Sextant. */
              subscribers: string[];
              /** @description Always empty: no bookmarks in Sextant. */
              bookmarked_by: string[];
              /** @description What the caller’s role allows on this resource. */
              current_user_permissions: {
                read: boolean;
                write: boolean;
                edit: boolean;
                delete: boolean;
              };
              display_metadata: {
                [key: string]: unknown;
              };
              search_metadata: {
                [key: string]: unknown;
              };
              /** @description Always empty: no collaborative editing. */
              multiplayers: string[];
              multiplayer_last_modified: string | null;
              multiplayer_last_modified_by: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              /** @description Same as `integration`. */
              integration_id: string | null;
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              /** @description Data type text. */
              type?: string | null;
              sort_order?: number | null;
              is_pk?: boolean;
              /** @description Schema name. */
              schema?: string | null;
              /** @description Database name. */
              database?: string | null;
              /** @description Sextant extension (GET by id): every integration describing this physical table, primary first; `sources` lists their resource ids when there are several (docs/lineage.md "Entities and sources"). */
              described_by?: {
                /** @description The source’s own resource id. */
                resource: string;
                integration: string | null;
                integration_name: string | null;
                integration_type: string | null;
                kind: 'warehouse' | 'dbt';
              }[];
              /** @description Why it ranks where it does; the tiers, best first: exact_title, title_prefix, title_phrase, description_phrase, text. */
              match: 'exact_title' | 'title_prefix' | 'title_phrase' | 'description_phrase' | 'text';
            }[];
            /** @description Per facet, its most frequent values among the matches (integration: integration_id; tag: tag id; verified and pii: "true"/"false"; quality: good/moderate/poor/not_set; monitor_status: ok/incident/error). */
            facets: {
              entity_type: {
                /** @description The value to filter by (the parameter of the same facet). */
                value: string;
                /** @description What to show: the integration or tag name, the owner’s user name, else the value. */
                label: string;
                count: number;
              }[];
              integration: {
                /** @description The value to filter by (the parameter of the same facet). */
                value: string;
                /** @description What to show: the integration or tag name, the owner’s user name, else the value. */
                label: string;
                count: number;
              }[];
              database: {
                /** @description The value to filter by (the parameter of the same facet). */
                value: string;
                /** @description What to show: the integration or tag name, the owner’s user name, else the value. */
                label: string;
                count: number;
              }[];
              schema: {
                /** @description The value to filter by (the parameter of the same facet). */
                value: string;
                /** @description What to show: the integration or tag name, the owner’s user name, else the value. */
                label: string;
                count: number;
              }[];
              tag: {
                /** @description The value to filter by (the parameter of the same facet). */
                value: string;
                /** @description What to show: the integration or tag name, the owner’s user name, else the value. */
                label: string;
                count: number;
              }[];
              owner: {
                /** @description The value to filter by (the parameter of the same facet). */
                value: string;
                /** @description What to show: the integration or tag name, the owner’s user name, else the value. */
                label: string;
                count: number;
              }[];
              verified: {
                /** @description The value to filter by (the parameter of the same facet). */
                value: string;
                /** @description What to show: the integration or tag name, the owner’s user name, else the value. */
                label: string;
                count: number;
              }[];
              pii: {
                /** @description The value to filter by (the parameter of the same facet). */
                value: string;
                /** @description What to show: the integration or tag name, the owner’s user name, else the value. */
                label: string;
                count: number;
              }[];
              quality: {
                /** @description The value to filter by (the parameter of the same facet). */
                value: string;
                /** @description What to show: the integration or tag name, the owner’s user name, else the value. */
                label: string;
                count: number;
              }[];
              monitor_status: {
                /** @description The value to filter by (the parameter of the same facet). */
                value: string;
                /** @description What to show: the integration or tag name, the owner’s user name, else the value. */
                label: string;
                count: number;
              }[];
            };
            /** @description More resources match than one search gathers (docs/search.md): count, pages and facet counts cover the best-placed ones. */
            approximate: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getDatabaseDatabases: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        integration_id?: string;
        parent_id?: string;
        /** @description Exact title. */
        title?: string;
        integration_id__in?: string[];
        parent_id__in?: string[];
        title__in?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
              owners: string[];
              /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
              external_owners: string[];
              /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
              owners_display: {
                id: string | null;
                name: string;
                email: string | null;
                external: boolean;
              }[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
              quality_score: number | null;
              /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
              properties: {
                [key: string]: unknown;
              };
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Display title a user chose; `title` when none was set. */
              title_cased: string;
              /** @description An emoji or icon name. */
              icon: string | null;
              /**
               * @description Sextant keeps no definition versions.
               * @enum {object|null}
               */
              definition_version: never | null;
              /** @description Always empty: no per-user subscriptions in Sextant. */
              subscribers: string[];
              /** @description Always empty: no bookmarks in Sextant. */
              bookmarked_by: string[];
              /** @description What the caller’s role allows on this resource. */
              current_user_permissions: {
                read: boolean;
                write: boolean;
                edit: boolean;
                delete: boolean;
              };
              display_metadata: {
                [key: string]: unknown;
              };
              search_metadata: {
                [key: string]: unknown;
              };
              /** @description Always empty: no collaborative editing. */
              multiplayers: string[];
              multiplayer_last_modified: string | null;
              multiplayer_last_modified_by: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              /** @description Same as `integration`. */
              integration_id: string | null;
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postDatabaseDatabases: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title: string;
          parent?: string | null;
          /** @description Integration id; default: the parent’s integration (none without a parent). */
          integration?: string | null;
          /** @description Accepted as Secoda scripts send it; must be the route’s type. */
          entity_type?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getDatabaseDatabasesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteDatabaseDatabasesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchDatabaseDatabasesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Absent fields are kept. description/definition/owners become user values that syncs respect (import policy); title and native_type can only be edited on hand-made resources; tags/collections/teams replace the lists. */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title?: string;
          archived?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getDatabaseSchemas: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        integration_id?: string;
        parent_id?: string;
        /** @description Exact title. */
        title?: string;
        integration_id__in?: string[];
        parent_id__in?: string[];
        title__in?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
              owners: string[];
              /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
              external_owners: string[];
              /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
              owners_display: {
                id: string | null;
                name: string;
                email: string | null;
                external: boolean;
              }[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
              quality_score: number | null;
              /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
              properties: {
                [key: string]: unknown;
              };
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Display title a user chose; `title` when none was set. */
              title_cased: string;
              /** @description An emoji or icon name. */
              icon: string | null;
              /**
               * @description Sextant keeps no definition versions.
               * @enum {object|null}
               */
              definition_version: never | null;
              /** @description Always empty: no per-user subscriptions in Sextant. */
              subscribers: string[];
              /** @description Always empty: no bookmarks in Sextant. */
              bookmarked_by: string[];
              /** @description What the caller’s role allows on this resource. */
              current_user_permissions: {
                read: boolean;
                write: boolean;
                edit: boolean;
                delete: boolean;
              };
              display_metadata: {
                [key: string]: unknown;
              };
              search_metadata: {
                [key: string]: unknown;
              };
              /** @description Always empty: no collaborative editing. */
              multiplayers: string[];
              multiplayer_last_modified: string | null;
              multiplayer_last_modified_by: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              /** @description Same as `integration`. */
              integration_id: string | null;
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postDatabaseSchemas: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title: string;
          parent?: string | null;
          /** @description Integration id; default: the parent’s integration (none without a parent). */
          integration?: string | null;
          /** @description Accepted as Secoda scripts send it; must be the route’s type. */
          entity_type?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getDatabaseSchemasById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteDatabaseSchemasById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchDatabaseSchemasById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Absent fields are kept. description/definition/owners become user values that syncs respect (import policy); title and native_type can only be edited on hand-made resources; tags/collections/teams replace the lists. */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title?: string;
          archived?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getTableTables: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        integration_id?: string;
        parent_id?: string;
        /** @description Exact title. */
        title?: string;
        integration_id__in?: string[];
        parent_id__in?: string[];
        title__in?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
              owners: string[];
              /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
              external_owners: string[];
              /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
              owners_display: {
                id: string | null;
                name: string;
                email: string | null;
                external: boolean;
              }[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
              quality_score: number | null;
              /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
              properties: {
                [key: string]: unknown;
              };
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Display title a user chose; `title` when none was set. */
              title_cased: string;
              /** @description An emoji or icon name. */
              icon: string | null;
              /**
               * @description Sextant keeps no definition versions.
               * @enum {object|null}
               */
              definition_version: never | null;
              /** @description Always empty: no per-user subscriptions in Sextant. */
              subscribers: string[];
              /** @description Always empty: no bookmarks in Sextant. */
              bookmarked_by: string[];
              /** @description What the caller’s role allows on this resource. */
              current_user_permissions: {
                read: boolean;
                write: boolean;
                edit: boolean;
                delete: boolean;
              };
              display_metadata: {
                [key: string]: unknown;
              };
              search_metadata: {
                [key: string]: unknown;
              };
              /** @description Always empty: no collaborative editing. */
              multiplayers: string[];
              multiplayer_last_modified: string | null;
              multiplayer_last_modified_by: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              /** @description Same as `integration`. */
              integration_id: string | null;
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              /** @description Schema name. */
              schema: string | null;
              /** @description Database name. */
              database: string | null;
              /** @description Sextant extension (GET by id): every integration describing this physical table, primary first; `sources` lists their resource ids when there are several (docs/lineage.md "Entities and sources"). */
              described_by?: {
                /** @description The source’s own resource id. */
                resource: string;
                integration: string | null;
                integration_name: string | null;
                integration_type: string | null;
                kind: 'warehouse' | 'dbt';
              }[];
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postTableTables: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description schema/database default to the parent schema’s names. */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title: string;
          parent?: string | null;
          /** @description Integration id; default: the parent’s integration (none without a parent). */
          integration?: string | null;
          /** @description Accepted as Secoda scripts send it; must be the route’s type. */
          entity_type?: string;
          schema?: string | null;
          database?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description Schema name. */
            schema: string | null;
            /** @description Database name. */
            database: string | null;
            /** @description Sextant extension (GET by id): every integration describing this physical table, primary first; `sources` lists their resource ids when there are several (docs/lineage.md "Entities and sources"). */
            described_by?: {
              /** @description The source’s own resource id. */
              resource: string;
              integration: string | null;
              integration_name: string | null;
              integration_type: string | null;
              kind: 'warehouse' | 'dbt';
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getTableTablesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description Schema name. */
            schema: string | null;
            /** @description Database name. */
            database: string | null;
            /** @description Sextant extension (GET by id): every integration describing this physical table, primary first; `sources` lists their resource ids when there are several (docs/lineage.md "Entities and sources"). */
            described_by?: {
              /** @description The source’s own resource id. */
              resource: string;
              integration: string | null;
              integration_name: string | null;
              integration_type: string | null;
              kind: 'warehouse' | 'dbt';
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteTableTablesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchTableTablesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Absent fields are kept. description/definition/owners become user values that syncs respect (import policy); title and native_type can only be edited on hand-made resources; tags/collections/teams replace the lists. */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title?: string;
          archived?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description Schema name. */
            schema: string | null;
            /** @description Database name. */
            database: string | null;
            /** @description Sextant extension (GET by id): every integration describing this physical table, primary first; `sources` lists their resource ids when there are several (docs/lineage.md "Entities and sources"). */
            described_by?: {
              /** @description The source’s own resource id. */
              resource: string;
              integration: string | null;
              integration_name: string | null;
              integration_type: string | null;
              kind: 'warehouse' | 'dbt';
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getTableColumns: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        integration_id?: string;
        parent_id?: string;
        /** @description Exact title. */
        title?: string;
        integration_id__in?: string[];
        parent_id__in?: string[];
        title__in?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
              owners: string[];
              /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
              external_owners: string[];
              /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
              owners_display: {
                id: string | null;
                name: string;
                email: string | null;
                external: boolean;
              }[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
              quality_score: number | null;
              /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
              properties: {
                [key: string]: unknown;
              };
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Display title a user chose; `title` when none was set. */
              title_cased: string;
              /** @description An emoji or icon name. */
              icon: string | null;
              /**
               * @description Sextant keeps no definition versions.
               * @enum {object|null}
               */
              definition_version: never | null;
              /** @description Always empty: no per-user subscriptions in Sextant. */
              subscribers: string[];
              /** @description Always empty: no bookmarks in Sextant. */
              bookmarked_by: string[];
              /** @description What the caller’s role allows on this resource. */
              current_user_permissions: {
                read: boolean;
                write: boolean;
                edit: boolean;
                delete: boolean;
              };
              display_metadata: {
                [key: string]: unknown;
              };
              search_metadata: {
                [key: string]: unknown;
              };
              /** @description Always empty: no collaborative editing. */
              multiplayers: string[];
              multiplayer_last_modified: string | null;
              multiplayer_last_modified_by: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              /** @description Same as `integration`. */
              integration_id: string | null;
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              /** @description Data type text. */
              type: string | null;
              sort_order: number | null;
              is_pk: boolean;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postTableColumns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title: string;
          parent?: string | null;
          /** @description Integration id; default: the parent’s integration (none without a parent). */
          integration?: string | null;
          /** @description Accepted as Secoda scripts send it; must be the route’s type. */
          entity_type?: string;
          type?: string | null;
          sort_order?: number | null;
          is_pk?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description Data type text. */
            type: string | null;
            sort_order: number | null;
            is_pk: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getTableColumnsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description Data type text. */
            type: string | null;
            sort_order: number | null;
            is_pk: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteTableColumnsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchTableColumnsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Absent fields are kept. description/definition/owners become user values that syncs respect (import policy); title and native_type can only be edited on hand-made resources; tags/collections/teams replace the lists. */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title?: string;
          archived?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description Data type text. */
            type: string | null;
            sort_order: number | null;
            is_pk: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getDashboardDashboards: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        integration_id?: string;
        parent_id?: string;
        /** @description Exact title. */
        title?: string;
        integration_id__in?: string[];
        parent_id__in?: string[];
        title__in?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
              owners: string[];
              /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
              external_owners: string[];
              /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
              owners_display: {
                id: string | null;
                name: string;
                email: string | null;
                external: boolean;
              }[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
              quality_score: number | null;
              /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
              properties: {
                [key: string]: unknown;
              };
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Display title a user chose; `title` when none was set. */
              title_cased: string;
              /** @description An emoji or icon name. */
              icon: string | null;
              /**
               * @description Sextant keeps no definition versions.
               * @enum {object|null}
               */
              definition_version: never | null;
              /** @description Always empty: no per-user subscriptions in Sextant. */
              subscribers: string[];
              /** @description Always empty: no bookmarks in Sextant. */
              bookmarked_by: string[];
              /** @description What the caller’s role allows on this resource. */
              current_user_permissions: {
                read: boolean;
                write: boolean;
                edit: boolean;
                delete: boolean;
              };
              display_metadata: {
                [key: string]: unknown;
              };
              search_metadata: {
                [key: string]: unknown;
              };
              /** @description Always empty: no collaborative editing. */
              multiplayers: string[];
              multiplayer_last_modified: string | null;
              multiplayer_last_modified_by: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              /** @description Same as `integration`. */
              integration_id: string | null;
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postDashboardDashboards: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title: string;
          parent?: string | null;
          /** @description Integration id; default: the parent’s integration (none without a parent). */
          integration?: string | null;
          /** @description Accepted as Secoda scripts send it; must be the route’s type. */
          entity_type?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getDashboardDashboardsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteDashboardDashboardsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchDashboardDashboardsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Absent fields are kept. description/definition/owners become user values that syncs respect (import policy); title and native_type can only be edited on hand-made resources; tags/collections/teams replace the lists. */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title?: string;
          archived?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getDashboardCharts: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        integration_id?: string;
        parent_id?: string;
        /** @description Exact title. */
        title?: string;
        integration_id__in?: string[];
        parent_id__in?: string[];
        title__in?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
              owners: string[];
              /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
              external_owners: string[];
              /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
              owners_display: {
                id: string | null;
                name: string;
                email: string | null;
                external: boolean;
              }[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
              quality_score: number | null;
              /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
              properties: {
                [key: string]: unknown;
              };
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Display title a user chose; `title` when none was set. */
              title_cased: string;
              /** @description An emoji or icon name. */
              icon: string | null;
              /**
               * @description Sextant keeps no definition versions.
               * @enum {object|null}
               */
              definition_version: never | null;
              /** @description Always empty: no per-user subscriptions in Sextant. */
              subscribers: string[];
              /** @description Always empty: no bookmarks in Sextant. */
              bookmarked_by: string[];
              /** @description What the caller’s role allows on this resource. */
              current_user_permissions: {
                read: boolean;
                write: boolean;
                edit: boolean;
                delete: boolean;
              };
              display_metadata: {
                [key: string]: unknown;
              };
              search_metadata: {
                [key: string]: unknown;
              };
              /** @description Always empty: no collaborative editing. */
              multiplayers: string[];
              multiplayer_last_modified: string | null;
              multiplayer_last_modified_by: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              /** @description Same as `integration`. */
              integration_id: string | null;
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postDashboardCharts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title: string;
          parent?: string | null;
          /** @description Integration id; default: the parent’s integration (none without a parent). */
          integration?: string | null;
          /** @description Accepted as Secoda scripts send it; must be the route’s type. */
          entity_type?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getDashboardChartsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteDashboardChartsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchDashboardChartsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Absent fields are kept. description/definition/owners become user values that syncs respect (import policy); title and native_type can only be edited on hand-made resources; tags/collections/teams replace the lists. */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title?: string;
          archived?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getLineageManual: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        /** @description Comma-separated resource ids. */
        from_entity__in?: string[];
        /** @description Comma-separated resource ids. */
        to_entity__in?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              /** @description The edge id; both directions of one edge share it. */
              id: string;
              created_at: string;
              updated_at: string;
              from_entity: string;
              to_entity: string;
              /** @description DOWNSTREAM: data flows from_entity → to_entity. UPSTREAM: data flows to_entity → from_entity. */
              direction: 'UPSTREAM' | 'DOWNSTREAM';
              is_manual: boolean;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postLineageManual: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description One edge is stored; the opposite direction is answered from it (A→B DOWNSTREAM is also B→A UPSTREAM). */
    requestBody: {
      content: {
        'application/json': {
          from_entity: string;
          to_entity: string;
          /** @description Default DOWNSTREAM (from_entity → to_entity). */
          direction?: 'UPSTREAM' | 'DOWNSTREAM';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The edge id; both directions of one edge share it. */
            id: string;
            created_at: string;
            updated_at: string;
            from_entity: string;
            to_entity: string;
            /** @description DOWNSTREAM: data flows from_entity → to_entity. UPSTREAM: data flows to_entity → from_entity. */
            direction: 'UPSTREAM' | 'DOWNSTREAM';
            is_manual: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getLineageManualById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The edge id; both directions of one edge share it. */
            id: string;
            created_at: string;
            updated_at: string;
            from_entity: string;
            to_entity: string;
            /** @description DOWNSTREAM: data flows from_entity → to_entity. UPSTREAM: data flows to_entity → from_entity. */
            direction: 'UPSTREAM' | 'DOWNSTREAM';
            is_manual: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteLineageManualById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getLineageLineageFromQuery: {
    parameters: {
      query: {
        /** @description The SQL (one statement or a script). */
        sql: string;
        /** @description postgresql, bigquery, snowflake, mysql, redshift, tsql, databricks, sparksql, hive, trino, … */
        dialect: string;
        table_id?: string;
        default_database?: string;
        default_schema?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            sql: string;
            source_tables: {
              id: string;
              created_at: string;
              updated_at: string;
              title: string;
              schema_name: string | null;
              database_name: string | null;
              native_type: string | null;
              integration_id: string | null;
              integration_title: string | null;
              integration_type: string | null;
            }[];
            column_lineages: {
              from_column: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
                entity_type: string;
                type: string | null;
                /** @description Sextant extension: the table holding the column. */
                parent_id: string | null;
              };
              to_column: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
                entity_type: string;
                type: string | null;
                /** @description Sextant extension: the table holding the column. */
                parent_id: string | null;
              };
              /** @description Sextant extension: direct or indirect. */
              kind: string;
            }[];
            target_table: {
              id: string;
              created_at: string;
              updated_at: string;
              title: string;
              schema_name: string | null;
              database_name: string | null;
              native_type: string | null;
              integration_id: string | null;
              integration_title: string | null;
              integration_type: string | null;
            } | null;
            /** @description Sextant extension: names that matched no live resource, or several. */
            unresolved: {
              kind: string;
              name: string;
              /** @description not_found or ambiguous */
              reason: string;
              matches: number;
            }[];
            diagnostics: {
              severity: string;
              code: string;
              message: string;
              line: number;
              column: number;
            }[];
            edges_created: number;
            edges_deleted: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postLineageLineageFromQuery: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The SQL (one statement or a script). */
          sql: string;
          /** @description postgresql, bigquery, snowflake, mysql, redshift, tsql, databricks, sparksql, hive, trino, … */
          dialect: string;
          table_id?: string;
          default_database?: string;
          default_schema?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            sql: string;
            source_tables: {
              id: string;
              created_at: string;
              updated_at: string;
              title: string;
              schema_name: string | null;
              database_name: string | null;
              native_type: string | null;
              integration_id: string | null;
              integration_title: string | null;
              integration_type: string | null;
            }[];
            column_lineages: {
              from_column: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
                entity_type: string;
                type: string | null;
                /** @description Sextant extension: the table holding the column. */
                parent_id: string | null;
              };
              to_column: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
                entity_type: string;
                type: string | null;
                /** @description Sextant extension: the table holding the column. */
                parent_id: string | null;
              };
              /** @description Sextant extension: direct or indirect. */
              kind: string;
            }[];
            target_table: {
              id: string;
              created_at: string;
              updated_at: string;
              title: string;
              schema_name: string | null;
              database_name: string | null;
              native_type: string | null;
              integration_id: string | null;
              integration_title: string | null;
              integration_type: string | null;
            } | null;
            /** @description Sextant extension: names that matched no live resource, or several. */
            unresolved: {
              kind: string;
              name: string;
              /** @description not_found or ambiguous */
              reason: string;
              matches: number;
            }[];
            diagnostics: {
              severity: string;
              code: string;
              message: string;
              line: number;
              column: number;
            }[];
            edges_created: number;
            edges_deleted: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchLineageLineageFromQuery: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The SQL (one statement or a script). */
          sql: string;
          /** @description postgresql, bigquery, snowflake, mysql, redshift, tsql, databricks, sparksql, hive, trino, … */
          dialect: string;
          table_id?: string;
          default_database?: string;
          default_schema?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            sql: string;
            source_tables: {
              id: string;
              created_at: string;
              updated_at: string;
              title: string;
              schema_name: string | null;
              database_name: string | null;
              native_type: string | null;
              integration_id: string | null;
              integration_title: string | null;
              integration_type: string | null;
            }[];
            column_lineages: {
              from_column: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
                entity_type: string;
                type: string | null;
                /** @description Sextant extension: the table holding the column. */
                parent_id: string | null;
              };
              to_column: {
                id: string;
                created_at: string;
                updated_at: string;
                title: string;
                schema_name: string | null;
                database_name: string | null;
                native_type: string | null;
                integration_id: string | null;
                integration_title: string | null;
                integration_type: string | null;
                entity_type: string;
                type: string | null;
                /** @description Sextant extension: the table holding the column. */
                parent_id: string | null;
              };
              /** @description Sextant extension: direct or indirect. */
              kind: string;
            }[];
            target_table: {
              id: string;
              created_at: string;
              updated_at: string;
              title: string;
              schema_name: string | null;
              database_name: string | null;
              native_type: string | null;
              integration_id: string | null;
              integration_title: string | null;
              integration_type: string | null;
            } | null;
            /** @description Sextant extension: names that matched no live resource, or several. */
            unresolved: {
              kind: string;
              name: string;
              /** @description not_found or ambiguous */
              reason: string;
              matches: number;
            }[];
            diagnostics: {
              severity: string;
              code: string;
              message: string;
              line: number;
              column: number;
            }[];
            edges_created: number;
            edges_deleted: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getLineageGraph: {
    parameters: {
      query: {
        resource_id: string;
        direction?: 'upstream' | 'downstream' | 'both';
        /** @description Edges to follow (≤ 20). */
        depth?: number;
        level?: 'table' | 'column';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            root: string;
            level: string;
            /** @description True when the node limit (5,000) cut the walk short. */
            truncated: boolean;
            nodes: {
              id: string;
              title: string;
              title_full: string;
              entity_type: string;
              native_type: string | null;
              parent_id: string | null;
              schema_name: string | null;
              database_name: string | null;
              integration_id: string | null;
              integration_title: string | null;
              integration_type: string | null;
              /** @description Edges between the node and the root. */
              distance: number;
              /** @description root, upstream or downstream */
              side: string;
              /** @description Upstream neighbours not in this answer. */
              hidden_upstream: number;
              /** @description Downstream neighbours not in this answer. */
              hidden_downstream: number;
            }[];
            edges: {
              from: string;
              to: string;
              /** @description direct, indirect, or null for resource-level edges */
              kind: string | null;
              is_manual: boolean;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getLineageImpact: {
    parameters: {
      query: {
        resource_id: string;
        entity_type?: string;
        integration_id?: string;
        /** @description Edges to follow (≤ 20). */
        depth?: number;
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            root: {
              id: string;
              title: string;
              title_full: string;
              entity_type: string;
              native_type: string | null;
              parent_id: string | null;
              schema_name: string | null;
              database_name: string | null;
              integration_id: string | null;
              integration_title: string | null;
              integration_type: string | null;
              /** @description Edges between the node and the root. */
              distance: number;
            };
            /** @description column when the root is a column, else table */
            level: string;
            truncated: boolean;
            count: number;
            results: {
              id: string;
              title: string;
              title_full: string;
              entity_type: string;
              native_type: string | null;
              parent_id: string | null;
              schema_name: string | null;
              database_name: string | null;
              integration_id: string | null;
              integration_title: string | null;
              integration_type: string | null;
              /** @description Edges between the node and the root. */
              distance: number;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getTag: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        /** @description Exact name. */
        name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              workspace_id: string;
              name: string;
              description: string;
              /** @description A CSS colour, e.g. "#4f46e5". */
              color: string | null;
              /** @description The integration that made the tag (dbt); null when made by hand. */
              integration_id: string | null;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postTag: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          description?: string;
          color?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            workspace_id: string;
            name: string;
            description: string;
            /** @description A CSS colour, e.g. "#4f46e5". */
            color: string | null;
            /** @description The integration that made the tag (dbt); null when made by hand. */
            integration_id: string | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getTagById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            workspace_id: string;
            name: string;
            description: string;
            /** @description A CSS colour, e.g. "#4f46e5". */
            color: string | null;
            /** @description The integration that made the tag (dbt); null when made by hand. */
            integration_id: string | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteTagById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchTagById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          description?: string;
          color?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            workspace_id: string;
            name: string;
            description: string;
            /** @description A CSS colour, e.g. "#4f46e5". */
            color: string | null;
            /** @description The integration that made the tag (dbt); null when made by hand. */
            integration_id: string | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getResourceAllV2CustomProperties: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              workspace_id: string;
              /** @description Unique in the workspace; the key the value shows under on resources. */
              name: string;
              description: string;
              /** @description text, string, number, boolean, date, select, multiselect, user, resource */
              value_type: string;
              /** @description Entity types it applies to; ["all"] for every type. */
              entity_types: string[];
              /** @description null: any */
              integration: {
                id: string;
                name: string;
                type: string;
              } | null;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postResourceAllV2CustomProperties: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          description?: string;
          /** @description string (≤ 255 characters), text, number, boolean, date (ISO), select, multiselect, user, resource (the last four take arrays of ids). Default text. */
          value_type?:
            | 'text'
            | 'string'
            | 'number'
            | 'boolean'
            | 'date'
            | 'select'
            | 'multiselect'
            | 'user'
            | 'resource';
          /** @description Entity types (table, column, ...) or "all". */
          entity_types?: string[];
          /** @description Integration id; null for a workspace-wide property. */
          integration?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            workspace_id: string;
            /** @description Unique in the workspace; the key the value shows under on resources. */
            name: string;
            description: string;
            /** @description text, string, number, boolean, date, select, multiselect, user, resource */
            value_type: string;
            /** @description Entity types it applies to; ["all"] for every type. */
            entity_types: string[];
            /** @description null: any */
            integration: {
              id: string;
              name: string;
              type: string;
            } | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getResourceAllV2CustomPropertiesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            workspace_id: string;
            /** @description Unique in the workspace; the key the value shows under on resources. */
            name: string;
            description: string;
            /** @description text, string, number, boolean, date, select, multiselect, user, resource */
            value_type: string;
            /** @description Entity types it applies to; ["all"] for every type. */
            entity_types: string[];
            /** @description null: any */
            integration: {
              id: string;
              name: string;
              type: string;
            } | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  putResourceAllV2CustomPropertiesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          description?: string;
          /** @description Entity types (table, column, ...) or "all". */
          entity_types?: string[];
          /** @description Integration id; null for a workspace-wide property. */
          integration?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            workspace_id: string;
            /** @description Unique in the workspace; the key the value shows under on resources. */
            name: string;
            description: string;
            /** @description text, string, number, boolean, date, select, multiselect, user, resource */
            value_type: string;
            /** @description Entity types it applies to; ["all"] for every type. */
            entity_types: string[];
            /** @description null: any */
            integration: {
              id: string;
              name: string;
              type: string;
            } | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteResourceAllV2CustomPropertiesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchResourceAllV2CustomPropertiesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          description?: string;
          /** @description Entity types (table, column, ...) or "all". */
          entity_types?: string[];
          /** @description Integration id; null for a workspace-wide property. */
          integration?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            workspace_id: string;
            /** @description Unique in the workspace; the key the value shows under on resources. */
            name: string;
            description: string;
            /** @description text, string, number, boolean, date, select, multiselect, user, resource */
            value_type: string;
            /** @description Entity types it applies to; ["all"] for every type. */
            entity_types: string[];
            /** @description null: any */
            integration: {
              id: string;
              name: string;
              type: string;
            } | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  putResourceAllV2CustomPropertiesByPropertyIdByEntityId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        property_id: string;
        entity_id: string;
      };
      cookie?: never;
    };
    /** @description The value, of the property’s type; null removes it. */
    requestBody: {
      content: {
        'application/json': {
          value: (string | number | boolean | string[]) | (never | null);
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            property_id: string;
            entity_id: string;
            name: string;
            value: (string | number | boolean | string[]) | (never | null);
            updated_at: string;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getCollectionCollections: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              workspace_id: string;
              title: string;
              description: string;
              icon: string | null;
              /** @description Id of the user who created it. */
              created_by: string | null;
              /** @description Ids of the resources in the collection. */
              resources: string[];
              /** @enum {string} */
              entity_type: 'collection';
              /** @description Id of the collection this one is nested in. */
              parent: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              title_full: string;
              title_cased: string;
              definition: string;
              owners: string[];
              owners_groups: string[];
              /** @description The parent collection, if nested. */
              collections: string[];
              tags: string[];
              teams: string[];
              published: boolean;
              archived: boolean;
              pii: boolean;
              verified: boolean;
              /** @enum {object|null} */
              integration: never | null;
              /** @description Resources plus nested collections. */
              children_count: number;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postCollectionCollections: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          description?: string;
          icon?: string | null;
          /** @description A collection to nest this one in (null: top level). */
          parent?: string | null;
          resources?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            workspace_id: string;
            title: string;
            description: string;
            icon: string | null;
            /** @description Id of the user who created it. */
            created_by: string | null;
            /** @description Ids of the resources in the collection. */
            resources: string[];
            /** @enum {string} */
            entity_type: 'collection';
            /** @description Id of the collection this one is nested in. */
            parent: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            title_full: string;
            title_cased: string;
            definition: string;
            owners: string[];
            owners_groups: string[];
            /** @description The parent collection, if nested. */
            collections: string[];
            tags: string[];
            teams: string[];
            published: boolean;
            archived: boolean;
            pii: boolean;
            verified: boolean;
            /** @enum {object|null} */
            integration: never | null;
            /** @description Resources plus nested collections. */
            children_count: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getCollectionCollectionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            workspace_id: string;
            title: string;
            description: string;
            icon: string | null;
            /** @description Id of the user who created it. */
            created_by: string | null;
            /** @description Ids of the resources in the collection. */
            resources: string[];
            /** @enum {string} */
            entity_type: 'collection';
            /** @description Id of the collection this one is nested in. */
            parent: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            title_full: string;
            title_cased: string;
            definition: string;
            owners: string[];
            owners_groups: string[];
            /** @description The parent collection, if nested. */
            collections: string[];
            tags: string[];
            teams: string[];
            published: boolean;
            archived: boolean;
            pii: boolean;
            verified: boolean;
            /** @enum {object|null} */
            integration: never | null;
            /** @description Resources plus nested collections. */
            children_count: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteCollectionCollectionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchCollectionCollectionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description `resources` replaces the members; `add_resources`/`remove_resources` adjust them. */
    requestBody: {
      content: {
        'application/json': {
          title?: string;
          description?: string;
          icon?: string | null;
          /** @description A collection to nest this one in (null: top level). */
          parent?: string | null;
          resources?: string[];
          add_resources?: string[];
          remove_resources?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            workspace_id: string;
            title: string;
            description: string;
            icon: string | null;
            /** @description Id of the user who created it. */
            created_by: string | null;
            /** @description Ids of the resources in the collection. */
            resources: string[];
            /** @enum {string} */
            entity_type: 'collection';
            /** @description Id of the collection this one is nested in. */
            parent: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            title_full: string;
            title_cased: string;
            definition: string;
            owners: string[];
            owners_groups: string[];
            /** @description The parent collection, if nested. */
            collections: string[];
            tags: string[];
            teams: string[];
            published: boolean;
            archived: boolean;
            pii: boolean;
            verified: boolean;
            /** @enum {object|null} */
            integration: never | null;
            /** @description Resources plus nested collections. */
            children_count: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getActivityLogAuditLogs: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        entity_id?: string;
        /** @description User id. */
        actor?: string;
        entity_type?: string;
        action?: string;
        /** @description URL-encoded JSON in the catalog grammar (and/or/not; exact/in/contains) over id, activity_type, performer_id, performer_type (USER, API, SYSTEM), resource_id, resource_type, logged_at (and Sextant’s action, actor, entity_id, entity_type, created_at). */
        filter?: string;
        /** @description URL-encoded JSON {"field","order","tie_breaker"?}; default logged_at descending. */
        sort?: string;
        /** @description Entries of the last N days (default 90). */
        days?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              workspace_id: string;
              /** @description Id of the user who acted. */
              actor: string | null;
              /** @description Id of the API key used, if any (null: browser session). */
              actor_api_key: string | null;
              /** @description "create", "update", "delete", or a domain verb ("set_custom_property" ...). */
              action: string;
              /** @description "resource", "tag", "collection", "custom_property", ... */
              entity_type: string;
              entity_id: string | null;
              /** @description The object before the change (null for creations). */
              before: unknown;
              /** @description The object after the change (null for deletions). */
              after: unknown;
              /** @enum {object|null} */
              parent_id: never | null;
              /** @description Same as `action`. */
              activity_type: string;
              /** @description Same as `actor`. */
              performer_id: string | null;
              /** @description API (an API key), USER (a signed-in person) or SYSTEM (no one). */
              performer_type: string;
              performer_metadata: {
                id: string;
                email: string;
                first_name: string;
                last_name: string;
                name: string;
              } | null;
              /** @description Same as `entity_id`. */
              resource_id: string | null;
              /** @description Same as `entity_type`. */
              resource_type: string;
              resource_metadata: {
                id: string | null;
                title: string | null;
                name: string | null;
                icon: string | null;
                type: string;
                integration_id: string | null;
              };
              related_resource_ids: string[];
              /** @enum {object|null} */
              related_resource_type: never | null;
              /** @description One text block describing the change. */
              event_blocks: {
                type: string;
                /** @enum {object|null} */
                style: never | null;
                value: string;
              }[];
              /** @description Same as `created_at`. */
              logged_at: string;
              updated_at: string;
              is_legacy: boolean;
              /** @enum {object|null} */
              version_history_id: never | null;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postIntegrationDbtByIdUploadArtifacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            integration_id: string;
            artifacts: {
              kind: string;
              file_name: string;
              schema_version: string;
              dbt_version: string | null;
              /** @description decompressed size in bytes */
              byte_size: number;
              warnings: string[];
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postIntegrationDbtByIdTrigger: {
    parameters: {
      query?: {
        /** @description compute counts and warnings, then roll back */
        dry_run?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            integration_id: string;
            status: 'running' | 'succeeded' | 'failed';
            dry_run: boolean;
            /** @description jsonl, csv, sdk, dbt, connector */
            source: string;
            started_at: string;
            finished_at: string | null;
            counts: {
              created: number;
              updated: number;
              unchanged: number;
              staled: number;
              revived: number;
              lineage_resolved: number;
              lineage_pending: number;
              lineage_rejected: number;
            };
            warnings: {
              file?: string;
              line?: number;
              field?: string;
              message: string;
            }[];
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            } | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postIntegrationDbtManifest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            integration_id: string;
            status: 'running' | 'succeeded' | 'failed';
            dry_run: boolean;
            /** @description jsonl, csv, sdk, dbt, connector */
            source: string;
            started_at: string;
            finished_at: string | null;
            counts: {
              created: number;
              updated: number;
              unchanged: number;
              staled: number;
              revived: number;
              lineage_resolved: number;
              lineage_pending: number;
              lineage_rejected: number;
            };
            warnings: {
              file?: string;
              line?: number;
              field?: string;
              message: string;
            }[];
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            } | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postIntegrationDbtRunResult: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            integration_id: string;
            status: 'running' | 'succeeded' | 'failed';
            dry_run: boolean;
            /** @description jsonl, csv, sdk, dbt, connector */
            source: string;
            started_at: string;
            finished_at: string | null;
            counts: {
              created: number;
              updated: number;
              unchanged: number;
              staled: number;
              revived: number;
              lineage_resolved: number;
              lineage_pending: number;
              lineage_rejected: number;
            };
            warnings: {
              file?: string;
              line?: number;
              field?: string;
              message: string;
            }[];
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            } | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getIntegrationDbtByIdFailingTests: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description resources whose latest dbt test results include a warn */
            warning: string[];
            /** @description resources whose latest dbt test results include a fail or error */
            failing: string[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getLineage: {
    parameters: {
      query: {
        nodeId: string;
        depth?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            graph: {
              id: string;
              type: 'JOB' | 'DATASET';
              data:
                | {
                    id: {
                      namespace: string;
                      name: string;
                    };
                    type: string;
                    name: string;
                    simpleName: string;
                    namespace: string;
                    createdAt: string;
                    updatedAt: string;
                    inputs: {
                      namespace: string;
                      name: string;
                    }[];
                    outputs: {
                      namespace: string;
                      name: string;
                    }[];
                    location: string | null;
                    facets: {
                      [key: string]: unknown;
                    };
                    latestRun: {
                      id: string;
                      createdAt: string;
                      updatedAt: string;
                      nominalStartTime: string | null;
                      nominalEndTime: string | null;
                      /** @description NEW, RUNNING, COMPLETED, FAILED or ABORTED */
                      state: string;
                      startedAt: string | null;
                      endedAt: string | null;
                      durationMs: number | null;
                      args: {
                        [key: string]: unknown;
                      };
                      facets: {
                        [key: string]: unknown;
                      };
                      jobNamespace: string;
                      jobName: string;
                      errorMessage: string | null;
                      parentRun: {
                        runId: string;
                        jobNamespace: string | null;
                        jobName: string | null;
                      } | null;
                    } | null;
                    latestRuns: {
                      id: string;
                      createdAt: string;
                      updatedAt: string;
                      nominalStartTime: string | null;
                      nominalEndTime: string | null;
                      /** @description NEW, RUNNING, COMPLETED, FAILED or ABORTED */
                      state: string;
                      startedAt: string | null;
                      endedAt: string | null;
                      durationMs: number | null;
                      args: {
                        [key: string]: unknown;
                      };
                      facets: {
                        [key: string]: unknown;
                      };
                      jobNamespace: string;
                      jobName: string;
                      errorMessage: string | null;
                      parentRun: {
                        runId: string;
                        jobNamespace: string | null;
                        jobName: string | null;
                      } | null;
                    }[];
                  }
                | {
                    id: {
                      namespace: string;
                      name: string;
                    };
                    type: string;
                    name: string;
                    physicalName: string;
                    namespace: string;
                    sourceName: string;
                    createdAt: string;
                    updatedAt: string;
                    fields: {
                      name: string;
                      type: string | null;
                      tags: string[];
                      description: string | null;
                    }[];
                    tags: string[];
                    description: string | null;
                    facets: {
                      [key: string]: unknown;
                    };
                    deleted: boolean;
                  };
              inEdges: {
                origin: string;
                destination: string;
              }[];
              outEdges: {
                origin: string;
                destination: string;
              }[];
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postLineage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description an OpenLineage event (spec 2-0-x) */
    requestBody: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description events stored; the worker applies them in order */
            accepted: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postLineageBatch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': unknown[];
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description events stored; the worker applies them in order */
            accepted: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getNamespaces: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            namespaces: {
              name: string;
              createdAt: string;
              updatedAt: string;
              ownerName: string;
              description: string | null;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getNamespacesByNamespaceJobs: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
      header?: never;
      path: {
        namespace: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            jobs: {
              id: {
                namespace: string;
                name: string;
              };
              type: string;
              name: string;
              simpleName: string;
              namespace: string;
              createdAt: string;
              updatedAt: string;
              inputs: {
                namespace: string;
                name: string;
              }[];
              outputs: {
                namespace: string;
                name: string;
              }[];
              location: string | null;
              facets: {
                [key: string]: unknown;
              };
              latestRun: {
                id: string;
                createdAt: string;
                updatedAt: string;
                nominalStartTime: string | null;
                nominalEndTime: string | null;
                /** @description NEW, RUNNING, COMPLETED, FAILED or ABORTED */
                state: string;
                startedAt: string | null;
                endedAt: string | null;
                durationMs: number | null;
                args: {
                  [key: string]: unknown;
                };
                facets: {
                  [key: string]: unknown;
                };
                jobNamespace: string;
                jobName: string;
                errorMessage: string | null;
                parentRun: {
                  runId: string;
                  jobNamespace: string | null;
                  jobName: string | null;
                } | null;
              } | null;
              latestRuns: {
                id: string;
                createdAt: string;
                updatedAt: string;
                nominalStartTime: string | null;
                nominalEndTime: string | null;
                /** @description NEW, RUNNING, COMPLETED, FAILED or ABORTED */
                state: string;
                startedAt: string | null;
                endedAt: string | null;
                durationMs: number | null;
                args: {
                  [key: string]: unknown;
                };
                facets: {
                  [key: string]: unknown;
                };
                jobNamespace: string;
                jobName: string;
                errorMessage: string | null;
                parentRun: {
                  runId: string;
                  jobNamespace: string | null;
                  jobName: string | null;
                } | null;
              }[];
            }[];
            totalCount: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getNamespacesByNamespaceJobsByJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        namespace: string;
        job: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: {
              namespace: string;
              name: string;
            };
            type: string;
            name: string;
            simpleName: string;
            namespace: string;
            createdAt: string;
            updatedAt: string;
            inputs: {
              namespace: string;
              name: string;
            }[];
            outputs: {
              namespace: string;
              name: string;
            }[];
            location: string | null;
            facets: {
              [key: string]: unknown;
            };
            latestRun: {
              id: string;
              createdAt: string;
              updatedAt: string;
              nominalStartTime: string | null;
              nominalEndTime: string | null;
              /** @description NEW, RUNNING, COMPLETED, FAILED or ABORTED */
              state: string;
              startedAt: string | null;
              endedAt: string | null;
              durationMs: number | null;
              args: {
                [key: string]: unknown;
              };
              facets: {
                [key: string]: unknown;
              };
              jobNamespace: string;
              jobName: string;
              errorMessage: string | null;
              parentRun: {
                runId: string;
                jobNamespace: string | null;
                jobName: string | null;
              } | null;
            } | null;
            latestRuns: {
              id: string;
              createdAt: string;
              updatedAt: string;
              nominalStartTime: string | null;
              nominalEndTime: string | null;
              /** @description NEW, RUNNING, COMPLETED, FAILED or ABORTED */
              state: string;
              startedAt: string | null;
              endedAt: string | null;
              durationMs: number | null;
              args: {
                [key: string]: unknown;
              };
              facets: {
                [key: string]: unknown;
              };
              jobNamespace: string;
              jobName: string;
              errorMessage: string | null;
              parentRun: {
                runId: string;
                jobNamespace: string | null;
                jobName: string | null;
              } | null;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getNamespacesByNamespaceDatasets: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
      header?: never;
      path: {
        namespace: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            datasets: {
              id: {
                namespace: string;
                name: string;
              };
              type: string;
              name: string;
              physicalName: string;
              namespace: string;
              sourceName: string;
              createdAt: string;
              updatedAt: string;
              fields: {
                name: string;
                type: string | null;
                tags: string[];
                description: string | null;
              }[];
              tags: string[];
              description: string | null;
              facets: {
                [key: string]: unknown;
              };
              deleted: boolean;
            }[];
            totalCount: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getJobsRunsByRunId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        runId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            createdAt: string;
            updatedAt: string;
            nominalStartTime: string | null;
            nominalEndTime: string | null;
            /** @description NEW, RUNNING, COMPLETED, FAILED or ABORTED */
            state: string;
            startedAt: string | null;
            endedAt: string | null;
            durationMs: number | null;
            args: {
              [key: string]: unknown;
            };
            facets: {
              [key: string]: unknown;
            };
            jobNamespace: string;
            jobName: string;
            errorMessage: string | null;
            parentRun: {
              runId: string;
              jobNamespace: string | null;
              jobName: string | null;
            } | null;
          } & {
            states: {
              eventType: string | null;
              eventTime: string;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getResourceAllByIdRuns: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            runs: ({
              id: string;
              createdAt: string;
              updatedAt: string;
              nominalStartTime: string | null;
              nominalEndTime: string | null;
              /** @description NEW, RUNNING, COMPLETED, FAILED or ABORTED */
              state: string;
              startedAt: string | null;
              endedAt: string | null;
              durationMs: number | null;
              args: {
                [key: string]: unknown;
              };
              facets: {
                [key: string]: unknown;
              };
              jobNamespace: string;
              jobName: string;
              errorMessage: string | null;
              parentRun: {
                runId: string;
                jobNamespace: string | null;
                jobName: string | null;
              } | null;
            } & {
              /** @description rows its outputs' outputStatistics facets say it wrote (null: not said) */
              rowsWritten: number | null;
            })[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postIntegrationIntegrationsByIdImportMetadata: {
    parameters: {
      query?: {
        /** @description compute counts and warnings, then roll everything back */
        dry_run?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            integration_id: string;
            status: 'running' | 'succeeded' | 'failed';
            dry_run: boolean;
            /** @description jsonl, csv, sdk, dbt, connector */
            source: string;
            started_at: string;
            finished_at: string | null;
            counts: {
              created: number;
              updated: number;
              unchanged: number;
              staled: number;
              revived: number;
              lineage_resolved: number;
              lineage_pending: number;
              lineage_rejected: number;
            };
            warnings: {
              file?: string;
              line?: number;
              field?: string;
              message: string;
            }[];
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            } | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postIntegrationIntegrationsByIdImportJsonlMetadata: {
    parameters: {
      query?: {
        /** @description compute counts and warnings, then roll everything back */
        dry_run?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            integration_id: string;
            status: 'running' | 'succeeded' | 'failed';
            dry_run: boolean;
            /** @description jsonl, csv, sdk, dbt, connector */
            source: string;
            started_at: string;
            finished_at: string | null;
            counts: {
              created: number;
              updated: number;
              unchanged: number;
              staled: number;
              revived: number;
              lineage_resolved: number;
              lineage_pending: number;
              lineage_rejected: number;
            };
            warnings: {
              file?: string;
              line?: number;
              field?: string;
              message: string;
            }[];
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            } | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getIntegrationIntegrationsByIdSyncs: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              integration_id: string;
              status: 'running' | 'succeeded' | 'failed';
              dry_run: boolean;
              /** @description jsonl, csv, sdk, dbt, connector */
              source: string;
              started_at: string;
              finished_at: string | null;
              counts: {
                created: number;
                updated: number;
                unchanged: number;
                staled: number;
                revived: number;
                lineage_resolved: number;
                lineage_pending: number;
                lineage_rejected: number;
              };
              warnings: {
                file?: string;
                line?: number;
                field?: string;
                message: string;
              }[];
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              } | null;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getIntegrationIntegrationsByIdSyncsBySyncId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        sync_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            integration_id: string;
            status: 'running' | 'succeeded' | 'failed';
            dry_run: boolean;
            /** @description jsonl, csv, sdk, dbt, connector */
            source: string;
            started_at: string;
            finished_at: string | null;
            counts: {
              created: number;
              updated: number;
              unchanged: number;
              staled: number;
              revived: number;
              lineage_resolved: number;
              lineage_pending: number;
              lineage_rejected: number;
            };
            warnings: {
              file?: string;
              line?: number;
              field?: string;
              message: string;
            }[];
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            } | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getIntegrationIntegrationsByIdSyncsBySyncIdLogs: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
      };
      header?: never;
      path: {
        id: string;
        sync_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              seq: number;
              at: string;
              /** @description log, http or run */
              kind: string;
              level: string;
              message: string;
              /** @description the whole entry (an http call: method, url without secrets, status, durationMs …) */
              data: {
                [key: string]: unknown;
              };
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getMarketplaceIntegrations: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              /** @description the publishing workspace */
              workspace_id: string;
              name: string;
              description: string;
              category: string;
              /** @description a URL, an emoji, or a data: URL of an uploaded image */
              icon: string | null;
              /** @description newest version you can see (all in the owner workspace, approved ones elsewhere) */
              latest_version: number;
              /** @description newest approved version */
              approved_version: number | null;
              /** @description the integration type to connect it with: marketplace:<id> */
              type: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postMarketplaceIntegrations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the marketplace integration id; connect it with type marketplace:<id> */
            id: string;
            version: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getMarketplaceIntegrationsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description the publishing workspace */
            workspace_id: string;
            name: string;
            description: string;
            category: string;
            /** @description a URL, an emoji, or a data: URL of an uploaded image */
            icon: string | null;
            /** @description newest version you can see (all in the owner workspace, approved ones elsewhere) */
            latest_version: number;
            /** @description newest approved version */
            approved_version: number | null;
            /** @description the integration type to connect it with: marketplace:<id> */
            type: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteMarketplaceIntegrationsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getMarketplaceIntegrationsByIdVersions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            results: {
              integration_id: string;
              version: number;
              filename: string;
              /** @description SHA-256 of the bundle that runs */
              sha256: string;
              credential_fields: {
                key: string;
                label: string;
                /** @description a secret (every value is stored encrypted and never returned anyway) */
                sensitive: boolean;
              }[];
              /** @description URL prefixes the code may call */
              allowed_endpoints: string[];
              /** @description draft → submitted → approved | rejected (a rejected version may be submitted again) */
              status: 'draft' | 'submitted' | 'approved' | 'rejected';
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              submitted_at: string | null;
              /** Format: date-time */
              reviewed_at: string | null;
              review_note: string | null;
              source_bytes: number;
              bundle_bytes: number;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postMarketplaceIntegrationsByIdVersions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the marketplace integration id; connect it with type marketplace:<id> */
            id: string;
            version: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getMarketplaceIntegrationsByIdVersionsByVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            integration_id: string;
            version: number;
            filename: string;
            /** @description SHA-256 of the bundle that runs */
            sha256: string;
            credential_fields: {
              key: string;
              label: string;
              /** @description a secret (every value is stored encrypted and never returned anyway) */
              sensitive: boolean;
            }[];
            /** @description URL prefixes the code may call */
            allowed_endpoints: string[];
            /** @description draft → submitted → approved | rejected (a rejected version may be submitted again) */
            status: 'draft' | 'submitted' | 'approved' | 'rejected';
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            submitted_at: string | null;
            /** Format: date-time */
            reviewed_at: string | null;
            review_note: string | null;
            source_bytes: number;
            bundle_bytes: number;
            /** @description the uploaded file, as uploaded */
            source: string;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postMarketplaceIntegrationsByIdVersionsByVersionSubmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            integration_id: string;
            version: number;
            filename: string;
            /** @description SHA-256 of the bundle that runs */
            sha256: string;
            credential_fields: {
              key: string;
              label: string;
              /** @description a secret (every value is stored encrypted and never returned anyway) */
              sensitive: boolean;
            }[];
            /** @description URL prefixes the code may call */
            allowed_endpoints: string[];
            /** @description draft → submitted → approved | rejected (a rejected version may be submitted again) */
            status: 'draft' | 'submitted' | 'approved' | 'rejected';
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            submitted_at: string | null;
            /** Format: date-time */
            reviewed_at: string | null;
            review_note: string | null;
            source_bytes: number;
            bundle_bytes: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postMarketplaceIntegrationsByIdVersionsByVersionApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            integration_id: string;
            version: number;
            filename: string;
            /** @description SHA-256 of the bundle that runs */
            sha256: string;
            credential_fields: {
              key: string;
              label: string;
              /** @description a secret (every value is stored encrypted and never returned anyway) */
              sensitive: boolean;
            }[];
            /** @description URL prefixes the code may call */
            allowed_endpoints: string[];
            /** @description draft → submitted → approved | rejected (a rejected version may be submitted again) */
            status: 'draft' | 'submitted' | 'approved' | 'rejected';
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            submitted_at: string | null;
            /** Format: date-time */
            reviewed_at: string | null;
            review_note: string | null;
            source_bytes: number;
            bundle_bytes: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postMarketplaceIntegrationsByIdVersionsByVersionReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        version: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description why, for the publisher */
          note: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            integration_id: string;
            version: number;
            filename: string;
            /** @description SHA-256 of the bundle that runs */
            sha256: string;
            credential_fields: {
              key: string;
              label: string;
              /** @description a secret (every value is stored encrypted and never returned anyway) */
              sensitive: boolean;
            }[];
            /** @description URL prefixes the code may call */
            allowed_endpoints: string[];
            /** @description draft → submitted → approved | rejected (a rejected version may be submitted again) */
            status: 'draft' | 'submitted' | 'approved' | 'rejected';
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            submitted_at: string | null;
            /** Format: date-time */
            reviewed_at: string | null;
            review_note: string | null;
            source_bytes: number;
            bundle_bytes: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getMarketplaceReviews: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              integration_id: string;
              version: number;
              filename: string;
              /** @description SHA-256 of the bundle that runs */
              sha256: string;
              credential_fields: {
                key: string;
                label: string;
                /** @description a secret (every value is stored encrypted and never returned anyway) */
                sensitive: boolean;
              }[];
              /** @description URL prefixes the code may call */
              allowed_endpoints: string[];
              /** @description draft → submitted → approved | rejected (a rejected version may be submitted again) */
              status: 'draft' | 'submitted' | 'approved' | 'rejected';
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              submitted_at: string | null;
              /** Format: date-time */
              reviewed_at: string | null;
              review_note: string | null;
              source_bytes: number;
              bundle_bytes: number;
              name: string;
              /** @description the publishing workspace */
              workspace_id: string;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getMarketplaceListing: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        category?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              name: string;
              description: string;
              category: string;
              icon: string | null;
              /** @description marketplace:<id>: POST /api/v1/integration/integrations with it to install */
              type: string;
              /** @description newest approved version (what an install pins by default) */
              version: number;
              sha256: string;
              credential_fields: {
                key: string;
                label: string;
                /** @description a secret (every value is stored encrypted and never returned anyway) */
                sensitive: boolean;
              }[];
              allowed_endpoints: string[];
              /** Format: date-time */
              approved_at: string | null;
              publisher_workspace_id: string;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getMarketplaceConnectionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            integration_id: string;
            marketplace_integration_id: string;
            /** @description the pinned version */
            version: number;
            allow_private_hosts: string[];
            credential_fields: {
              key: string;
              label: string;
              /** @description a secret (every value is stored encrypted and never returned anyway) */
              sensitive: boolean;
            }[];
            allowed_endpoints: string[];
            /** @description the credential keys; every value is "********" */
            credentials: {
              [key: string]: '********';
            };
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchMarketplaceConnectionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description move the connection to this version (other workspaces: approved versions only) */
          version?: number;
          /** @description replaces the list of private host[:port] the code may reach */
          allow_private_hosts?: string[];
          /** @description merged into the stored credentials: a value replaces, "********" keeps, null removes */
          credentials?: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            integration_id: string;
            marketplace_integration_id: string;
            /** @description the pinned version */
            version: number;
            allow_private_hosts: string[];
            credential_fields: {
              key: string;
              label: string;
              /** @description a secret (every value is stored encrypted and never returned anyway) */
              sensitive: boolean;
            }[];
            allowed_endpoints: string[];
            /** @description the credential keys; every value is "********" */
            credentials: {
              [key: string]: '********';
            };
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postIntegrationIntegrationsByIdRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the run’s sync record (status `running` until it ends); poll .../syncs/{sync_id} */
            sync_id: string;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getIntegrationConnectors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            results: {
              /** @description the integration type to create (`postgres`, `mysql`) */
              type: string;
              /** @description other accepted type names (`postgresql`, `mariadb`) */
              aliases: string[];
              label: string;
              /** @description the credential fields, in form order */
              fields: {
                key: string;
                label: string;
                type: 'string' | 'number' | 'boolean' | 'password' | 'select' | 'string_list' | 'text';
                /** @description masked in forms and answers */
                secret: boolean;
                required: boolean;
                default?: unknown;
                /** @description `select` fields: the allowed values */
                options?: string[];
                description?: string;
              }[];
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postIntegrationConnectorsByTypeTest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        type: string;
      };
      cookie?: never;
    };
    /** @description credentials, as in POST /api/v1/integration/integrations */
    requestBody: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            ok: boolean;
            server_version?: string;
            /** @description databases the user may connect to */
            databases?: string[];
            warnings?: {
              code: string;
              message: string;
              object?: string;
            }[];
            failure?: {
              /** @description dns, refused, timeout, tls, authentication, database, privileges, statement_timeout, connection_lost, unknown */
              stage: string;
              host: string;
              port: number;
              message: string;
              /** @description how to fix it */
              hint: string;
              /** @description privileges: the GRANTs to run */
              grants_needed?: string[];
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postIntegrationIntegrationsByIdTest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            ok: boolean;
            server_version?: string;
            /** @description databases the user may connect to */
            databases?: string[];
            warnings?: {
              code: string;
              message: string;
              object?: string;
            }[];
            failure?: {
              /** @description dns, refused, timeout, tls, authentication, database, privileges, statement_timeout, connection_lost, unknown */
              stage: string;
              host: string;
              port: number;
              message: string;
              /** @description how to fix it */
              hint: string;
              /** @description privileges: the GRANTs to run */
              grants_needed?: string[];
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getApiV2IntegrationV2SlackConversationsList: {
    parameters: {
      query?: {
        /** @description the Slack integration to ask (default: the one in the notification settings, else the oldest) */
        integration_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
          }[];
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getNotificationsSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the Slack integration that sends (null: the oldest Slack integration) */
            slack_integration_id: string | null;
            /** @description channel of workspace notifications (null: none are sent) */
            channel: string | null;
            /** @description send when a sync fails */
            on_sync_failure: boolean;
            /** @description send when a dbt test starts failing */
            on_dbt_test_failure: boolean;
            /** @description send when a sync stales more than this share of the integration (null: off) */
            stale_threshold: number | null;
            /** Format: date-time */
            updated_at: string | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  putNotificationsSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          slack_integration_id?: string | null;
          /** @description Slack channel id (e.g. C0123456789, from conversations/list); a #name also works for public channels */
          channel?: string | null;
          /** @description default true */
          on_sync_failure?: boolean;
          /** @description default true */
          on_dbt_test_failure?: boolean;
          /** @description share in (0, 1], default 0.2; null turns the stale notification off */
          stale_threshold?: number | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the Slack integration that sends (null: the oldest Slack integration) */
            slack_integration_id: string | null;
            /** @description channel of workspace notifications (null: none are sent) */
            channel: string | null;
            /** @description send when a sync fails */
            on_sync_failure: boolean;
            /** @description send when a dbt test starts failing */
            on_dbt_test_failure: boolean;
            /** @description send when a sync stales more than this share of the integration (null: off) */
            stale_threshold: number | null;
            /** Format: date-time */
            updated_at: string | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getNotificationsSubscriptions: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        resource_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              resource_id: string;
              /** @description the subscribed resource’s title */
              resource_title: string;
              /** @description its full title, e.g. `shop.sales.orders` */
              resource_title_full: string;
              resource_entity_type: string;
              channel: string;
              created_by: string | null;
              /** Format: date-time */
              created_at: string;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postNotificationsSubscriptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          resource_id: string;
          /** @description Slack channel id (e.g. C0123456789, from conversations/list); a #name also works for public channels */
          channel: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            resource_id: string;
            /** @description the subscribed resource’s title */
            resource_title: string;
            /** @description its full title, e.g. `shop.sales.orders` */
            resource_title_full: string;
            resource_entity_type: string;
            channel: string;
            created_by: string | null;
            /** Format: date-time */
            created_at: string;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getNotificationsSubscriptionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            resource_id: string;
            /** @description the subscribed resource’s title */
            resource_title: string;
            /** @description its full title, e.g. `shop.sales.orders` */
            resource_title_full: string;
            resource_entity_type: string;
            channel: string;
            created_by: string | null;
            /** Format: date-time */
            created_at: string;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteNotificationsSubscriptionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchNotificationsSubscriptionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Slack channel id (e.g. C0123456789, from conversations/list); a #name also works for public channels */
          channel: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            resource_id: string;
            /** @description the subscribed resource’s title */
            resource_title: string;
            /** @description its full title, e.g. `shop.sales.orders` */
            resource_title_full: string;
            resource_entity_type: string;
            channel: string;
            created_by: string | null;
            /** Format: date-time */
            created_at: string;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getGlossaryTerms: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        integration_id?: string;
        parent_id?: string;
        /** @description Exact title. */
        title?: string;
        integration_id__in?: string[];
        parent_id__in?: string[];
        title__in?: string[];
        status?: 'open' | 'answered' | 'closed';
        resource_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
              owners: string[];
              /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
              external_owners: string[];
              /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
              owners_display: {
                id: string | null;
                name: string;
                email: string | null;
                external: boolean;
              }[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
              quality_score: number | null;
              /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
              properties: {
                [key: string]: unknown;
              };
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Display title a user chose; `title` when none was set. */
              title_cased: string;
              /** @description An emoji or icon name. */
              icon: string | null;
              /**
               * @description Sextant keeps no definition versions.
               * @enum {object|null}
               */
              definition_version: never | null;
              /** @description Always empty: no per-user subscriptions in Sextant. */
              subscribers: string[];
              /** @description Always empty: no bookmarks in Sextant. */
              bookmarked_by: string[];
              /** @description What the caller’s role allows on this resource. */
              current_user_permissions: {
                read: boolean;
                write: boolean;
                edit: boolean;
                delete: boolean;
              };
              display_metadata: {
                [key: string]: unknown;
              };
              search_metadata: {
                [key: string]: unknown;
              };
              /** @description Always empty: no collaborative editing. */
              multiplayers: string[];
              multiplayer_last_modified: string | null;
              multiplayer_last_modified_by: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              /** @description Same as `integration`. */
              integration_id: string | null;
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              /** @description Other names the term goes by. */
              synonyms: string[];
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postGlossaryTerms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description published: false makes a draft (hidden from viewers). parent: a term group for terms and groups, a document for documents, the question for replies (required). */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title: string;
          parent?: string | null;
          /** @description Integration id; default: the parent’s integration (none without a parent). */
          integration?: string | null;
          /** @description Accepted as Secoda scripts send it; must be the route’s type. */
          entity_type?: string;
          synonyms?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description Other names the term goes by. */
            synonyms: string[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getGlossaryTermsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description Other names the term goes by. */
            synonyms: string[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteGlossaryTermsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchGlossaryTermsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description parent moves the item under another of an allowed type (null: to the top level). */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title?: string;
          archived?: boolean;
          parent?: string | null;
          synonyms?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description Other names the term goes by. */
            synonyms: string[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getDictionaryTerms: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        integration_id?: string;
        parent_id?: string;
        /** @description Exact title. */
        title?: string;
        integration_id__in?: string[];
        parent_id__in?: string[];
        title__in?: string[];
        status?: 'open' | 'answered' | 'closed';
        resource_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
              owners: string[];
              /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
              external_owners: string[];
              /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
              owners_display: {
                id: string | null;
                name: string;
                email: string | null;
                external: boolean;
              }[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
              quality_score: number | null;
              /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
              properties: {
                [key: string]: unknown;
              };
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Display title a user chose; `title` when none was set. */
              title_cased: string;
              /** @description An emoji or icon name. */
              icon: string | null;
              /**
               * @description Sextant keeps no definition versions.
               * @enum {object|null}
               */
              definition_version: never | null;
              /** @description Always empty: no per-user subscriptions in Sextant. */
              subscribers: string[];
              /** @description Always empty: no bookmarks in Sextant. */
              bookmarked_by: string[];
              /** @description What the caller’s role allows on this resource. */
              current_user_permissions: {
                read: boolean;
                write: boolean;
                edit: boolean;
                delete: boolean;
              };
              display_metadata: {
                [key: string]: unknown;
              };
              search_metadata: {
                [key: string]: unknown;
              };
              /** @description Always empty: no collaborative editing. */
              multiplayers: string[];
              multiplayer_last_modified: string | null;
              multiplayer_last_modified_by: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              /** @description Same as `integration`. */
              integration_id: string | null;
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              /** @description Other names the term goes by. */
              synonyms: string[];
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postDictionaryTerms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description published: false makes a draft (hidden from viewers). parent: a term group for terms and groups, a document for documents, the question for replies (required). */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title: string;
          parent?: string | null;
          /** @description Integration id; default: the parent’s integration (none without a parent). */
          integration?: string | null;
          /** @description Accepted as Secoda scripts send it; must be the route’s type. */
          entity_type?: string;
          synonyms?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description Other names the term goes by. */
            synonyms: string[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getDictionaryTermsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description Other names the term goes by. */
            synonyms: string[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteDictionaryTermsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchDictionaryTermsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description parent moves the item under another of an allowed type (null: to the top level). */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title?: string;
          archived?: boolean;
          parent?: string | null;
          synonyms?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description Other names the term goes by. */
            synonyms: string[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getGlossaryGroups: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        integration_id?: string;
        parent_id?: string;
        /** @description Exact title. */
        title?: string;
        integration_id__in?: string[];
        parent_id__in?: string[];
        title__in?: string[];
        status?: 'open' | 'answered' | 'closed';
        resource_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
              owners: string[];
              /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
              external_owners: string[];
              /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
              owners_display: {
                id: string | null;
                name: string;
                email: string | null;
                external: boolean;
              }[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
              quality_score: number | null;
              /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
              properties: {
                [key: string]: unknown;
              };
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Display title a user chose; `title` when none was set. */
              title_cased: string;
              icon: string | null;
              /**
               * @description Sextant keeps no definition versions.
               * @enum {object|null}
               */
              definition_version: never | null;
              /** @description Always empty: no per-user subscriptions in Sextant. */
              subscribers: string[];
              /** @description Always empty: no bookmarks in Sextant. */
              bookmarked_by: string[];
              /** @description What the caller’s role allows on this resource. */
              current_user_permissions: {
                read: boolean;
                write: boolean;
                edit: boolean;
                delete: boolean;
              };
              display_metadata: {
                [key: string]: unknown;
              };
              search_metadata: {
                [key: string]: unknown;
              };
              /** @description Always empty: no collaborative editing. */
              multiplayers: string[];
              multiplayer_last_modified: string | null;
              multiplayer_last_modified_by: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              /** @description Same as `integration`. */
              integration_id: string | null;
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postGlossaryGroups: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description published: false makes a draft (hidden from viewers). parent: a term group for terms and groups, a document for documents, the question for replies (required). */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title: string;
          parent?: string | null;
          /** @description Integration id; default: the parent’s integration (none without a parent). */
          integration?: string | null;
          /** @description Accepted as Secoda scripts send it; must be the route’s type. */
          entity_type?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getGlossaryGroupsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteGlossaryGroupsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchGlossaryGroupsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description parent moves the item under another of an allowed type (null: to the top level). */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title?: string;
          archived?: boolean;
          parent?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getDocument: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        integration_id?: string;
        parent_id?: string;
        /** @description Exact title. */
        title?: string;
        integration_id__in?: string[];
        parent_id__in?: string[];
        title__in?: string[];
        status?: 'open' | 'answered' | 'closed';
        resource_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
              owners: string[];
              /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
              external_owners: string[];
              /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
              owners_display: {
                id: string | null;
                name: string;
                email: string | null;
                external: boolean;
              }[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
              quality_score: number | null;
              /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
              properties: {
                [key: string]: unknown;
              };
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Display title a user chose; `title` when none was set. */
              title_cased: string;
              icon: string | null;
              /**
               * @description Sextant keeps no definition versions.
               * @enum {object|null}
               */
              definition_version: never | null;
              /** @description Always empty: no per-user subscriptions in Sextant. */
              subscribers: string[];
              /** @description Always empty: no bookmarks in Sextant. */
              bookmarked_by: string[];
              /** @description What the caller’s role allows on this resource. */
              current_user_permissions: {
                read: boolean;
                write: boolean;
                edit: boolean;
                delete: boolean;
              };
              display_metadata: {
                [key: string]: unknown;
              };
              search_metadata: {
                [key: string]: unknown;
              };
              /** @description Always empty: no collaborative editing. */
              multiplayers: string[];
              multiplayer_last_modified: string | null;
              multiplayer_last_modified_by: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              /** @description Same as `integration`. */
              integration_id: string | null;
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description published: false makes a draft (hidden from viewers). parent: a term group for terms and groups, a document for documents, the question for replies (required). */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title: string;
          parent?: string | null;
          /** @description Integration id; default: the parent’s integration (none without a parent). */
          integration?: string | null;
          /** @description Accepted as Secoda scripts send it; must be the route’s type. */
          entity_type?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getDocumentById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteDocumentById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchDocumentById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description parent moves the item under another of an allowed type (null: to the top level). */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title?: string;
          archived?: boolean;
          parent?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getQuestionQuestions: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        integration_id?: string;
        parent_id?: string;
        /** @description Exact title. */
        title?: string;
        integration_id__in?: string[];
        parent_id__in?: string[];
        title__in?: string[];
        status?: 'open' | 'answered' | 'closed';
        resource_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
              owners: string[];
              /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
              external_owners: string[];
              /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
              owners_display: {
                id: string | null;
                name: string;
                email: string | null;
                external: boolean;
              }[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
              quality_score: number | null;
              /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
              properties: {
                [key: string]: unknown;
              };
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Display title a user chose; `title` when none was set. */
              title_cased: string;
              /** @description An emoji or icon name. */
              icon: string | null;
              /**
               * @description Sextant keeps no definition versions.
               * @enum {object|null}
               */
              definition_version: never | null;
              /** @description Ids of the users told about replies and accepted answers. */
              subscribers: string[];
              /** @description Always empty: no bookmarks in Sextant. */
              bookmarked_by: string[];
              /** @description What the caller’s role allows on this resource. */
              current_user_permissions: {
                read: boolean;
                write: boolean;
                edit: boolean;
                delete: boolean;
              };
              display_metadata: {
                [key: string]: unknown;
              };
              search_metadata: {
                [key: string]: unknown;
              };
              /** @description Always empty: no collaborative editing. */
              multiplayers: string[];
              multiplayer_last_modified: string | null;
              multiplayer_last_modified_by: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              /** @description Same as `integration`. */
              integration_id: string | null;
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              /** @description open, answered or closed. */
              status: string;
              /** @description low, medium or high. */
              priority: string;
              /** @description Id of the user asked to answer. */
              assigned_to: string | null;
              /** @description Id of the resource the question is about. */
              resource_id: string | null;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postQuestionQuestions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description published: false makes a draft (hidden from viewers). parent: a term group for terms and groups, a document for documents, the question for replies (required). */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title: string;
          parent?: string | null;
          /** @description Integration id; default: the parent’s integration (none without a parent). */
          integration?: string | null;
          /** @description Accepted as Secoda scripts send it; must be the route’s type. */
          entity_type?: string;
          status?: 'open' | 'answered' | 'closed';
          priority?: 'low' | 'medium' | 'high';
          assigned_to?: string | null;
          resource_id?: string | null;
          /** @description Adds subscribers. */
          subscribers?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Ids of the users told about replies and accepted answers. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description open, answered or closed. */
            status: string;
            /** @description low, medium or high. */
            priority: string;
            /** @description Id of the user asked to answer. */
            assigned_to: string | null;
            /** @description Id of the resource the question is about. */
            resource_id: string | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getQuestionQuestionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Ids of the users told about replies and accepted answers. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description open, answered or closed. */
            status: string;
            /** @description low, medium or high. */
            priority: string;
            /** @description Id of the user asked to answer. */
            assigned_to: string | null;
            /** @description Id of the resource the question is about. */
            resource_id: string | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteQuestionQuestionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchQuestionQuestionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description parent moves the item under another of an allowed type (null: to the top level). */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title?: string;
          archived?: boolean;
          parent?: string | null;
          status?: 'open' | 'answered' | 'closed';
          priority?: 'low' | 'medium' | 'high';
          assigned_to?: string | null;
          resource_id?: string | null;
          /** @description Adds subscribers. */
          subscribers?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Ids of the users told about replies and accepted answers. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            /** @description open, answered or closed. */
            status: string;
            /** @description low, medium or high. */
            priority: string;
            /** @description Id of the user asked to answer. */
            assigned_to: string | null;
            /** @description Id of the resource the question is about. */
            resource_id: string | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getQuestionReplies: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        integration_id?: string;
        parent_id?: string;
        /** @description Exact title. */
        title?: string;
        integration_id__in?: string[];
        parent_id__in?: string[];
        title__in?: string[];
        status?: 'open' | 'answered' | 'closed';
        resource_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
              owners: string[];
              /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
              external_owners: string[];
              /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
              owners_display: {
                id: string | null;
                name: string;
                email: string | null;
                external: boolean;
              }[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
              quality_score: number | null;
              /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
              properties: {
                [key: string]: unknown;
              };
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Display title a user chose; `title` when none was set. */
              title_cased: string;
              /** @description An emoji or icon name. */
              icon: string | null;
              /**
               * @description Sextant keeps no definition versions.
               * @enum {object|null}
               */
              definition_version: never | null;
              /** @description Always empty: no per-user subscriptions in Sextant. */
              subscribers: string[];
              /** @description Always empty: no bookmarks in Sextant. */
              bookmarked_by: string[];
              /** @description What the caller’s role allows on this resource. */
              current_user_permissions: {
                read: boolean;
                write: boolean;
                edit: boolean;
                delete: boolean;
              };
              display_metadata: {
                [key: string]: unknown;
              };
              search_metadata: {
                [key: string]: unknown;
              };
              /** @description Always empty: no collaborative editing. */
              multiplayers: string[];
              multiplayer_last_modified: string | null;
              multiplayer_last_modified_by: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              /** @description Same as `integration`. */
              integration_id: string | null;
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              accepted_answer: boolean;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postQuestionReplies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description published: false makes a draft (hidden from viewers). parent: a term group for terms and groups, a document for documents, the question for replies (required). */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title: string;
          parent?: string | null;
          /** @description Integration id; default: the parent’s integration (none without a parent). */
          integration?: string | null;
          /** @description Accepted as Secoda scripts send it; must be the route’s type. */
          entity_type?: string;
          /** @description true: this reply answers its question (the question becomes answered). */
          accepted_answer?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            accepted_answer: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getQuestionRepliesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            accepted_answer: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteQuestionRepliesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchQuestionRepliesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description parent moves the item under another of an allowed type (null: to the top level). */
    requestBody: {
      content: {
        'application/json': {
          description?: string;
          definition?: string;
          owners?: string[];
          native_type?: string | null;
          url?: string | null;
          pii?: boolean;
          verified?: boolean;
          published?: boolean;
          tags?: string[];
          collections?: string[];
          teams?: string[];
          /** @description Ids of the groups that own the resource. */
          owners_groups?: string[];
          /** @description Display title; null clears it. */
          title_cased?: string | null;
          icon?: string | null;
          title?: string;
          archived?: boolean;
          parent?: string | null;
          /** @description true: this reply answers its question (the question becomes answered). */
          accepted_answer?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            accepted_answer: boolean;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getNotificationsInbox: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              /** @description question_reply or answer_accepted. */
              kind: string;
              resource_id: string | null;
              text: string;
              read_at: string | null;
              created_at: string;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchNotificationsInboxById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description true: read now; false: unread again */
          read: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description question_reply or answer_accepted. */
            kind: string;
            resource_id: string | null;
            text: string;
            read_at: string | null;
            created_at: string;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postNotificationsInboxMarkRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description notification ids; without them (`{}`), every unread notification of yours */
          ids?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description how many notifications were unread and are read now */
            updated: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getResourceAllByIdRelated: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            count: number;
            results: {
              id: string;
              created_at: string;
              updated_at: string;
              entity_type: string;
              native_type: string | null;
              title: string;
              /** @description Dotted full name, e.g. "db.schema.table". */
              title_full: string;
              description: string;
              /** @description Long documentation (markdown or HTML). */
              definition: string;
              /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
              owners: string[];
              /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
              external_owners: string[];
              /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
              owners_display: {
                id: string | null;
                name: string;
                email: string | null;
                external: boolean;
              }[];
              owners_groups: string[];
              /** @description Ids of the collections holding the resource. */
              collections: string[];
              /** @description Tag ids. */
              tags: string[];
              workspace_id: string;
              published: boolean;
              archived: boolean;
              archived_at: string | null;
              pii: boolean;
              verified: boolean;
              url: string | null;
              /** @description Id of the parent resource. */
              parent: string | null;
              /** @description Live (not stale) children. */
              children_count: number;
              /** @description Id of the integration; null for hand-made resources. */
              integration: string | null;
              databuilder_id: string | null;
              sources: string[];
              /** @description Team ids. */
              teams: string[];
              external_updated_at: string | null;
              external_usage: number;
              internal_usage: number;
              total_usage: number;
              /** @description Absent from its integration’s last sync; kept in the archive view. */
              stale: boolean;
              stale_at: string | null;
              row_count: number | null;
              byte_size: number | null;
              /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
              quality_score: number | null;
              /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
              properties: {
                [key: string]: unknown;
              };
              /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
              tests: {
                name: string;
                /** @description pass, fail, error, warn or skipped; null if never run */
                status: string | null;
                message: string | null;
                failures: number | null;
                run_at: string | null;
              }[];
              /** @description Display title a user chose; `title` when none was set. */
              title_cased: string;
              /** @description An emoji or icon name. */
              icon: string | null;
              /**
               * @description Sextant keeps no definition versions.
               * @enum {object|null}
               */
              definition_version: never | null;
              /** @description Always empty: no per-user subscriptions in Sextant. */
              subscribers: string[];
              /** @description Always empty: no bookmarks in Sextant. */
              bookmarked_by: string[];
              /** @description What the caller’s role allows on this resource. */
              current_user_permissions: {
                read: boolean;
                write: boolean;
                edit: boolean;
                delete: boolean;
              };
              display_metadata: {
                [key: string]: unknown;
              };
              search_metadata: {
                [key: string]: unknown;
              };
              /** @description Always empty: no collaborative editing. */
              multiplayers: string[];
              multiplayer_last_modified: string | null;
              multiplayer_last_modified_by: string | null;
              /** @description Same as `parent`. */
              parent_id: string | null;
              /** @description Same as `integration`. */
              integration_id: string | null;
              /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
              custom_properties: {
                [key: string]: unknown;
              };
              relation: {
                /** @description manual, or mention (a document’s text links to the resource). */
                origin: string;
                created_at: string;
              };
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postResourceAllByIdRelated: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description The resource to relate (the link reads both ways). */
    requestBody: {
      content: {
        'application/json': {
          resource_id: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created_at: string;
            updated_at: string;
            entity_type: string;
            native_type: string | null;
            title: string;
            /** @description Dotted full name, e.g. "db.schema.table". */
            title_full: string;
            description: string;
            /** @description Long documentation (markdown or HTML). */
            definition: string;
            /** @description User ids of the owners. Writes accept user ids or emails; unknown names become external owners. */
            owners: string[];
            /** @description Sextant extension: owners that are no user here (e.g. a dbt meta.owner email), as written. */
            external_owners: string[];
            /** @description Sextant extension: every owner with a name to show (users first by id, then external). */
            owners_display: {
              id: string | null;
              name: string;
              email: string | null;
              external: boolean;
            }[];
            owners_groups: string[];
            /** @description Ids of the collections holding the resource. */
            collections: string[];
            /** @description Tag ids. */
            tags: string[];
            workspace_id: string;
            published: boolean;
            archived: boolean;
            archived_at: string | null;
            pii: boolean;
            verified: boolean;
            url: string | null;
            /** @description Id of the parent resource. */
            parent: string | null;
            /** @description Live (not stale) children. */
            children_count: number;
            /** @description Id of the integration; null for hand-made resources. */
            integration: string | null;
            databuilder_id: string | null;
            sources: string[];
            /** @description Team ids. */
            teams: string[];
            external_updated_at: string | null;
            external_usage: number;
            internal_usage: number;
            total_usage: number;
            /** @description Absent from its integration’s last sync; kept in the archive view. */
            stale: boolean;
            stale_at: string | null;
            row_count: number | null;
            byte_size: number | null;
            /** @description Sextant extension, tables: the Data Quality Score (0–100) last computed, refreshed hourly and after monitor runs; null before the first (docs/quality.md). */
            quality_score: number | null;
            /** @description Sextant extension: read-only facts from the source, e.g. `foreign_keys` ([{name, columns[], references{database, schema, table, columns[], databuilder_id}}]), `view_definition` (a view’s SQL), `column_default`, `is_nullable` (docs/connectors.md). */
            properties: {
              [key: string]: unknown;
            };
            /** @description Sextant extension: latest dbt test results on this resource (dbt integrations). */
            tests: {
              name: string;
              /** @description pass, fail, error, warn or skipped; null if never run */
              status: string | null;
              message: string | null;
              failures: number | null;
              run_at: string | null;
            }[];
            /** @description Display title a user chose; `title` when none was set. */
            title_cased: string;
            /** @description An emoji or icon name. */
            icon: string | null;
            /**
             * @description Sextant keeps no definition versions.
             * @enum {object|null}
             */
            definition_version: never | null;
            /** @description Always empty: no per-user subscriptions in Sextant. */
            subscribers: string[];
            /** @description Always empty: no bookmarks in Sextant. */
            bookmarked_by: string[];
            /** @description What the caller’s role allows on this resource. */
            current_user_permissions: {
              read: boolean;
              write: boolean;
              edit: boolean;
              delete: boolean;
            };
            display_metadata: {
              [key: string]: unknown;
            };
            search_metadata: {
              [key: string]: unknown;
            };
            /** @description Always empty: no collaborative editing. */
            multiplayers: string[];
            multiplayer_last_modified: string | null;
            multiplayer_last_modified_by: string | null;
            /** @description Same as `parent`. */
            parent_id: string | null;
            /** @description Same as `integration`. */
            integration_id: string | null;
            /** @description Sextant extension: custom property values, keyed by the property name (set them with PUT /api/v1/resource/all_v2/custom_properties/{property_id}/{entity_id}). */
            custom_properties: {
              [key: string]: unknown;
            };
            relation: {
              /** @description manual, or mention (a document’s text links to the resource). */
              origin: string;
              created_at: string;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteResourceAllByIdRelatedByRelatedId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        related_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getQualityTablesByIdProfiles: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              resource_id: string;
              row_count: number | null;
              is_row_count_estimated: boolean;
              sample_percent: number | null;
              columns: {
                name: string;
                resource_id: string | null;
                data_type: string;
                /** @description number, date, text or other */
                kind: string;
                /** @description PII columns are counted, never read: only the null figures are set */
                is_pii: boolean;
                /** @description figures from a sample, counts scaled to the table */
                is_estimated: boolean;
                null_count: number | null;
                null_percentage: number | null;
                distinct_count: number | null;
                is_distinct_estimated: boolean;
                min: (number | string) | (never | null);
                max: (number | string) | (never | null);
                mean: (number | string) | (never | null);
                min_length: number | null;
                max_length: number | null;
                mean_length: number | null;
                top_values:
                  | {
                      value: string;
                      count: number;
                    }[]
                  | null;
              }[];
              /** @description succeeded or failed */
              status: string;
              error: string | null;
              duration_ms: number;
              trigger: string;
              /** Format: date-time */
              created_at: string;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postQualityTablesByIdProfiles: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description read this percent of the table (default: all of it up to 1M rows, else ~200k rows) */
          sample_percent?: number;
          statement_timeout_ms?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            resource_id: string;
            row_count: number | null;
            is_row_count_estimated: boolean;
            sample_percent: number | null;
            columns: {
              name: string;
              resource_id: string | null;
              data_type: string;
              /** @description number, date, text or other */
              kind: string;
              /** @description PII columns are counted, never read: only the null figures are set */
              is_pii: boolean;
              /** @description figures from a sample, counts scaled to the table */
              is_estimated: boolean;
              null_count: number | null;
              null_percentage: number | null;
              distinct_count: number | null;
              is_distinct_estimated: boolean;
              min: (number | string) | (never | null);
              max: (number | string) | (never | null);
              mean: (number | string) | (never | null);
              min_length: number | null;
              max_length: number | null;
              mean_length: number | null;
              top_values:
                | {
                    value: string;
                    count: number;
                  }[]
                | null;
            }[];
            /** @description succeeded or failed */
            status: string;
            error: string | null;
            duration_ms: number;
            trigger: string;
            /** Format: date-time */
            created_at: string;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getQualityColumnsByIdProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            profile_id: string;
            /** Format: date-time */
            created_at: string;
            row_count: number | null;
            column: {
              name: string;
              resource_id: string | null;
              data_type: string;
              /** @description number, date, text or other */
              kind: string;
              /** @description PII columns are counted, never read: only the null figures are set */
              is_pii: boolean;
              /** @description figures from a sample, counts scaled to the table */
              is_estimated: boolean;
              null_count: number | null;
              null_percentage: number | null;
              distinct_count: number | null;
              is_distinct_estimated: boolean;
              min: (number | string) | (never | null);
              max: (number | string) | (never | null);
              mean: (number | string) | (never | null);
              min_length: number | null;
              max_length: number | null;
              mean_length: number | null;
              top_values:
                | {
                    value: string;
                    count: number;
                  }[]
                | null;
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getQualityTablesByIdPreview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            columns: {
              name: string;
              data_type: string;
              /** @description PII: never read, shown masked */
              is_masked: boolean;
            }[];
            /** @description the first 50 rows, cells in column order */
            rows: unknown[][];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getQualityTablesByIdScore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            resource_id: string;
            /** @description 0–100 */
            total: number;
            /** @description Good (≥ 80), Moderate (≥ 50), Poor */
            band: string;
            stewardship: {
              score: number;
              max: number;
              criteria: {
                [key: string]: {
                  score: number;
                  max: number;
                };
              };
            };
            usability: {
              score: number;
              max: number;
              criteria: {
                [key: string]: {
                  score: number;
                  max: number;
                };
              };
            };
            freshness: {
              score: number;
              max: number;
              criteria: {
                [key: string]: {
                  score: number;
                  max: number;
                };
              };
            };
            reliability: {
              score: number;
              max: number;
              criteria: {
                [key: string]: {
                  score: number;
                  max: number;
                };
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getQualityTablesByIdProfileSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            resource_id: string;
            frequency_hours: number;
            sample_percent: number | null;
            /** Format: date-time */
            next_run_at: string;
            /** Format: date-time */
            updated_at: string;
          } | null;
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  putQualityTablesByIdProfileSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description profile every N hours; null removes the schedule */
          frequency_hours: number | null;
          sample_percent?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            resource_id: string;
            frequency_hours: number;
            sample_percent: number | null;
            /** Format: date-time */
            next_run_at: string;
            /** Format: date-time */
            updated_at: string;
          } | null;
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getMonitorMonitors: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        target?: string;
        /** @description a table id: the monitors on the table and on its columns */
        table?: string;
        status?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              name: string;
              description: string | null;
              target: string;
              metric_type: string;
              metric_config: {
                [key: string]: unknown;
              } | null;
              is_enabled: boolean;
              condition_auto_sensitivity: number | null;
              condition_manual_min: number | null;
              condition_manual_max: number | null;
              notify_slack_channel: string | null;
              schedule: {
                cadence: 'hourly' | 'daily' | 'weekly';
                /** @description UTC hour (daily, weekly) */
                hour?: number;
                /** @description day of week, 0 = Sunday (weekly) */
                day?: number;
                /** @description every N cadence units */
                frequency?: number;
              };
              /** @description hours between runs */
              frequency: number;
              /** Format: date-time */
              next_run_at: string | null;
              integration: string | null;
              workspace: string;
              /** @description pending, learning, normal, incident, error or inactive */
              status: string;
              /** Format: date-time */
              last_attempted_at: string | null;
              /** Format: date-time */
              last_success_at: string | null;
              /** Format: date-time */
              last_error_at: string | null;
              last_error_message: string | null;
              last_measurement_value: number | null;
              last_measurement: string | null;
              last_incident: string | null;
              display_metadata: {
                target: {
                  label: string;
                  entity_type: string;
                  integration_type: string | null;
                };
              };
              /** @description set for a monitor declared in a dbt project (meta.secoda.monitors): the dbt integration and the key; such a monitor is read-only */
              managed_by: {
                integration: string;
                key: string;
              } | null;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postMonitorMonitors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          target: string;
          metric_type:
            | 'row_count'
            | 'freshness'
            | 'null_percentage'
            | 'cardinality'
            | 'unique_percentage'
            | 'minimum'
            | 'maximum'
            | 'mean'
            | 'custom_sql';
          name?: string;
          description?: string | null;
          is_enabled?: boolean;
          /** @description 1–10, 5 default; null for manual thresholds */
          condition_auto_sensitivity?: number | null;
          condition_manual_min?: number | null;
          condition_manual_max?: number | null;
          notify_slack_channel?: string | null;
          metric_config?: {
            /** @description custom_sql: one SELECT returning one number */
            sql?: string;
          } | null;
          schedule?: {
            cadence: 'hourly' | 'daily' | 'weekly';
            /** @description UTC hour (daily, weekly) */
            hour?: number;
            /** @description day of week, 0 = Sunday (weekly) */
            day?: number;
            /** @description every N cadence units */
            frequency?: number;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            name: string;
            description: string | null;
            target: string;
            metric_type: string;
            metric_config: {
              [key: string]: unknown;
            } | null;
            is_enabled: boolean;
            condition_auto_sensitivity: number | null;
            condition_manual_min: number | null;
            condition_manual_max: number | null;
            notify_slack_channel: string | null;
            schedule: {
              cadence: 'hourly' | 'daily' | 'weekly';
              /** @description UTC hour (daily, weekly) */
              hour?: number;
              /** @description day of week, 0 = Sunday (weekly) */
              day?: number;
              /** @description every N cadence units */
              frequency?: number;
            };
            /** @description hours between runs */
            frequency: number;
            /** Format: date-time */
            next_run_at: string | null;
            integration: string | null;
            workspace: string;
            /** @description pending, learning, normal, incident, error or inactive */
            status: string;
            /** Format: date-time */
            last_attempted_at: string | null;
            /** Format: date-time */
            last_success_at: string | null;
            /** Format: date-time */
            last_error_at: string | null;
            last_error_message: string | null;
            last_measurement_value: number | null;
            last_measurement: string | null;
            last_incident: string | null;
            display_metadata: {
              target: {
                label: string;
                entity_type: string;
                integration_type: string | null;
              };
            };
            /** @description set for a monitor declared in a dbt project (meta.secoda.monitors): the dbt integration and the key; such a monitor is read-only */
            managed_by: {
              integration: string;
              key: string;
            } | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postMonitorMonitorsRun: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          monitors: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            measurements: {
              id: string;
              monitor_id: string;
              value: number | null;
              lower_threshold: number | null;
              upper_threshold: number | null;
              /** @description normal, incident, learning or error */
              status: string;
              error: string | null;
              /** Format: date-time */
              created_at: string;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getMonitorMonitorsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            name: string;
            description: string | null;
            target: string;
            metric_type: string;
            metric_config: {
              [key: string]: unknown;
            } | null;
            is_enabled: boolean;
            condition_auto_sensitivity: number | null;
            condition_manual_min: number | null;
            condition_manual_max: number | null;
            notify_slack_channel: string | null;
            schedule: {
              cadence: 'hourly' | 'daily' | 'weekly';
              /** @description UTC hour (daily, weekly) */
              hour?: number;
              /** @description day of week, 0 = Sunday (weekly) */
              day?: number;
              /** @description every N cadence units */
              frequency?: number;
            };
            /** @description hours between runs */
            frequency: number;
            /** Format: date-time */
            next_run_at: string | null;
            integration: string | null;
            workspace: string;
            /** @description pending, learning, normal, incident, error or inactive */
            status: string;
            /** Format: date-time */
            last_attempted_at: string | null;
            /** Format: date-time */
            last_success_at: string | null;
            /** Format: date-time */
            last_error_at: string | null;
            last_error_message: string | null;
            last_measurement_value: number | null;
            last_measurement: string | null;
            last_incident: string | null;
            display_metadata: {
              target: {
                label: string;
                entity_type: string;
                integration_type: string | null;
              };
            };
            /** @description set for a monitor declared in a dbt project (meta.secoda.monitors): the dbt integration and the key; such a monitor is read-only */
            managed_by: {
              integration: string;
              key: string;
            } | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  deleteMonitorMonitorsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchMonitorMonitorsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          target?: string;
          metric_type?:
            | 'row_count'
            | 'freshness'
            | 'null_percentage'
            | 'cardinality'
            | 'unique_percentage'
            | 'minimum'
            | 'maximum'
            | 'mean'
            | 'custom_sql';
          name?: string;
          description?: string | null;
          is_enabled?: boolean;
          /** @description 1–10, 5 default; null for manual thresholds */
          condition_auto_sensitivity?: number | null;
          condition_manual_min?: number | null;
          condition_manual_max?: number | null;
          notify_slack_channel?: string | null;
          metric_config?: {
            /** @description custom_sql: one SELECT returning one number */
            sql?: string;
          } | null;
          schedule?: {
            cadence: 'hourly' | 'daily' | 'weekly';
            /** @description UTC hour (daily, weekly) */
            hour?: number;
            /** @description day of week, 0 = Sunday (weekly) */
            day?: number;
            /** @description every N cadence units */
            frequency?: number;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            name: string;
            description: string | null;
            target: string;
            metric_type: string;
            metric_config: {
              [key: string]: unknown;
            } | null;
            is_enabled: boolean;
            condition_auto_sensitivity: number | null;
            condition_manual_min: number | null;
            condition_manual_max: number | null;
            notify_slack_channel: string | null;
            schedule: {
              cadence: 'hourly' | 'daily' | 'weekly';
              /** @description UTC hour (daily, weekly) */
              hour?: number;
              /** @description day of week, 0 = Sunday (weekly) */
              day?: number;
              /** @description every N cadence units */
              frequency?: number;
            };
            /** @description hours between runs */
            frequency: number;
            /** Format: date-time */
            next_run_at: string | null;
            integration: string | null;
            workspace: string;
            /** @description pending, learning, normal, incident, error or inactive */
            status: string;
            /** Format: date-time */
            last_attempted_at: string | null;
            /** Format: date-time */
            last_success_at: string | null;
            /** Format: date-time */
            last_error_at: string | null;
            last_error_message: string | null;
            last_measurement_value: number | null;
            last_measurement: string | null;
            last_incident: string | null;
            display_metadata: {
              target: {
                label: string;
                entity_type: string;
                integration_type: string | null;
              };
            };
            /** @description set for a monitor declared in a dbt project (meta.secoda.monitors): the dbt integration and the key; such a monitor is read-only */
            managed_by: {
              integration: string;
              key: string;
            } | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getMonitorMeasurements: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        monitor_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              monitor_id: string;
              value: number | null;
              lower_threshold: number | null;
              upper_threshold: number | null;
              /** @description normal, incident, learning or error */
              status: string;
              error: string | null;
              /** Format: date-time */
              created_at: string;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getMonitorIncidents: {
    parameters: {
      query?: {
        /** @description 1-based page number */
        page?: number;
        /** @description results per page (≤ 1000) */
        page_size?: number;
        monitor_id?: string;
        status?: 'open' | 'resolved';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            links: {
              next: string | null;
              previous: string | null;
            };
            meta: {
              page: number;
              previous_page: number | null;
              next_page: number | null;
            };
            count: number;
            total_pages: number;
            results: {
              id: string;
              monitor_id: string;
              /** @description open or resolved */
              status: string;
              value: number | null;
              message: string;
              /** Format: date-time */
              opened_at: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              /** Format: date-time */
              resolved_at: string | null;
              /** @description a user id, or "system" when the metric came back in range */
              resolved_by: string | null;
            }[];
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  getMonitorIncidentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            monitor_id: string;
            /** @description open or resolved */
            status: string;
            value: number | null;
            message: string;
            /** Format: date-time */
            opened_at: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            resolved_at: string | null;
            /** @description a user id, or "system" when the metric came back in range */
            resolved_by: string | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  patchMonitorIncidentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          status: 'resolved';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            monitor_id: string;
            /** @description open or resolved */
            status: string;
            value: number | null;
            message: string;
            /** Format: date-time */
            opened_at: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            resolved_at: string | null;
            /** @description a user id, or "system" when the metric came back in range */
            resolved_by: string | null;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  postDemo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description load even when the workspace has integrations of its own (default false) */
          force?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            integrations: {
              id: string;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              name: string;
              type: string;
              /** @description the credential keys; every value is "********" (secrets are never returned) */
              credentials: {
                [key: string]: '********';
              };
              workspace_id: string;
              ssh_tunnel: string | null;
              execute_access: string[];
              /** @description hour of the day, UTC */
              scheduled_extractions_hour: number;
              /** @description days between scheduled runs */
              scheduled_extractions_frequency: number;
              /** Format: date-time */
              scheduled_extractions_next_run: string | null;
              /** Format: date-time */
              scheduled_extractions_last_run: string | null;
              /** @description free, non-secret settings of the integration */
              properties: {
                [key: string]: unknown;
              };
              preview_access_users: string[];
              preview_access_roles: string[];
              preview_access_groups: string[];
              teams: string[];
              /** @description How source values meet user edits. never: a source value only fills a field that has none yet (user edits and earlier values stay); smart (default): user edits win, otherwise the source value; always: the source value wins over user edits whenever it has one */
              import_policy: 'never' | 'smart' | 'always';
              auto_stale: boolean;
              schedule_enabled: boolean;
            }[];
            syncs: {
              id: string;
              integration_id: string;
              status: 'running' | 'succeeded' | 'failed';
              dry_run: boolean;
              /** @description jsonl, csv, sdk, dbt, connector */
              source: string;
              started_at: string;
              finished_at: string | null;
              counts: {
                created: number;
                updated: number;
                unchanged: number;
                staled: number;
                revived: number;
                lineage_resolved: number;
                lineage_pending: number;
                lineage_rejected: number;
              };
              warnings: {
                file?: string;
                line?: number;
                field?: string;
                message: string;
              }[];
              error: {
                code: string;
                message: string;
                details: {
                  [key: string]: unknown;
                };
              } | null;
            }[];
            /** @description tags, PII and verified flags this load set (0 on a second load) */
            edits: number;
          };
        };
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  mcp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description a JSON-RPC 2.0 message or batch */
    requestBody: {
      content: {
        'application/json': unknown;
      };
    };
    responses: {
      /** @description a JSON-RPC 2.0 response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description accepted (a notification) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Every error answer has this shape. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Every error answer has this shape. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              details: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
}
