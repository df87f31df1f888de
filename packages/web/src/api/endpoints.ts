import { api } from './client';
import type {
  ApiKey,
  AuditEntry,
  ConnectionTestResult,
  Connector,
  CreatedApiKey,
  Impact,
  Integration,
  JobRun,
  LineageDirection,
  LineageGraph,
  ListEnvelope,
  Me,
  Resource,
  ResourcePatch,
  Role,
  SchedulePatch,
  SyncLogEntry,
  SyncRecord,
  Tag,
} from './types';

/** The catalog filter grammar of compat.md §1. */
export type CatalogFilter =
  | { operator: 'and' | 'or' | 'not'; operands: CatalogFilter[] }
  | { operator: 'exact' | 'contains' | 'in' | 'is_set'; field: string; value: unknown };

export const signIn = (email: string, password: string) =>
  api<Me>('/auth/login', { method: 'POST', body: { email, password } });
export const signOut = () => api<void>('/auth/logout', { method: 'POST' });
export const fetchMe = () => api<Me>('/auth/me');

export interface CatalogQuery {
  filter: CatalogFilter;
  sort?: { field: string; order: 'asc' | 'desc' };
  page?: number;
  pageSize?: number;
}

export const searchCatalog = (query: CatalogQuery, signal?: AbortSignal) =>
  api<ListEnvelope<Resource>>('/resource/catalog', {
    query: {
      filter: JSON.stringify(query.filter),
      sort: query.sort ? JSON.stringify(query.sort) : undefined,
      page: query.page,
      page_size: query.pageSize,
    },
    signal,
  });

export const fetchResource = (id: string) => api<Resource>(`/resource/all/${encodeURIComponent(id)}`);
export const updateResource = (id: string, patch: ResourcePatch) =>
  api<Resource>(`/resource/all/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });

/** Live children of a resource through the typed list routes (columns of a table, tables of a schema ...). */
export const fetchChildren = (
  route: string,
  parentId: string,
  { page = 1, pageSize = 1000 }: { page?: number; pageSize?: number } = {},
) => api<ListEnvelope<Resource>>(route, { query: { parent_id: parentId, page, page_size: pageSize } });

export const fetchTags = () => api<ListEnvelope<Tag>>('/tag', { query: { page_size: 1000 } });
/** A new workspace tag (editors); 409 when the name exists. */
export const createTag = (name: string) => api<Tag>('/tag', { method: 'POST', body: { name } });

export const fetchAuditHistory = (entityId: string) =>
  api<ListEnvelope<AuditEntry>>('/activity_log/audit_logs', {
    query: { entity_id: entityId, page_size: 20 },
  });

/** The last runs of a job resource (OpenLineage), newest first. */
export const fetchJobRuns = (resourceId: string, limit = 10) =>
  api<{ runs: JobRun[] }>(`/resource/all/${encodeURIComponent(resourceId)}/runs`, { query: { limit } });

export const fetchIntegrations = () =>
  api<ListEnvelope<Integration>>('/integration/integrations', { query: { page_size: 200 } });
export const fetchIntegration = (id: string) =>
  api<Integration>(`/integration/integrations/${encodeURIComponent(id)}`);
export const createIntegration = (name: string, type: string) =>
  api<Integration>('/integration/integrations', { method: 'POST', body: { name, type } });
/** An integration of a built-in connector type, with its credentials and schedule, in one request. */
export const createConnectorIntegration = (body: {
  name: string;
  type: string;
  credentials: Record<string, unknown>;
  schedule_enabled: boolean;
  scheduled_extractions_hour: number;
  scheduled_extractions_frequency: number;
}) => api<Integration>('/integration/integrations', { method: 'POST', body });
export const fetchConnectors = () => api<{ results: Connector[] }>('/integration/connectors');
/** Tests credentials before they are saved; a failed connection is an answer (`ok: false`), not an error. */
export const testConnector = (type: string, credentials: Record<string, unknown>) =>
  api<ConnectionTestResult>(`/integration/connectors/${encodeURIComponent(type)}/test`, {
    method: 'POST',
    body: credentials,
  });
/** Tests a saved connector integration's connection with its stored credentials. */
export const testIntegrationConnection = (integrationId: string) =>
  api<ConnectionTestResult>(`/integration/integrations/${encodeURIComponent(integrationId)}/test`, {
    method: 'POST',
  });
export const fetchSyncs = (integrationId: string) =>
  api<ListEnvelope<SyncRecord>>(`/integration/integrations/${encodeURIComponent(integrationId)}/syncs`, {
    query: { page_size: 25 },
  });

/** Queues a run of an integration that has a runner (marketplace types); answers at once with its sync id. */
export const runIntegration = (integrationId: string) =>
  api<{ sync_id: string }>(`/integration/integrations/${encodeURIComponent(integrationId)}/run`, {
    method: 'POST',
  });
export const updateIntegrationSchedule = (integrationId: string, patch: SchedulePatch) =>
  api<Integration>(`/integration/integrations/${encodeURIComponent(integrationId)}`, {
    method: 'PATCH',
    body: patch,
  });
/**
 * Changes some credentials of a saved integration: the keys given replace the stored ones, the others are kept
 * (the stored values are never sent back, so a form cannot show them).
 */
export const updateIntegrationCredentials = (integrationId: string, credentials: Record<string, unknown>) =>
  api<Integration>(`/integration/integrations/${encodeURIComponent(integrationId)}`, {
    method: 'PATCH',
    body: { credentials },
  });
/** A run's log lines and http calls, oldest first (uploads write none). */
export const fetchSyncLogs = (integrationId: string, syncId: string) =>
  api<ListEnvelope<SyncLogEntry>>(
    `/integration/integrations/${encodeURIComponent(integrationId)}/syncs/${encodeURIComponent(syncId)}/logs`,
    { query: { page_size: 500 } },
  );

/** Runs the sync of the dbt artifacts uploaded last (`upload_artifacts`). */
export const triggerDbtSync = (integrationId: string) =>
  api<SyncRecord>(`/integration/dbt/${encodeURIComponent(integrationId)}/trigger`, { method: 'POST' });

/** Resource ids whose latest dbt tests warn or fail. */
export const fetchFailingTests = (integrationId: string) =>
  api<{ warning: string[]; failing: string[] }>(
    `/integration/dbt/${encodeURIComponent(integrationId)}/failing_tests`,
  );

export interface GraphQuery {
  resourceId: string;
  direction: LineageDirection;
  depth: number;
  /** `column`: nodes are the columns the edges join (a table root stands for its columns too). */
  level?: 'table' | 'column';
}
export const fetchLineageGraph = (query: GraphQuery) =>
  api<LineageGraph>('/lineage/graph', {
    query: {
      resource_id: query.resourceId,
      direction: query.direction,
      depth: query.depth,
      level: query.level,
    },
  });
export const fetchImpact = (resourceId: string) =>
  api<Impact>('/lineage/impact', { query: { resource_id: resourceId } });
/** The impact list as CSV, straight from the server (the browser downloads it). */
export const impactCsvUrl = (resourceId: string) =>
  `/api/v1/lineage/impact?resource_id=${encodeURIComponent(resourceId)}&format=csv`;

export const fetchApiKeys = () => api<ListEnvelope<ApiKey>>('/auth/api_keys', { query: { page_size: 200 } });
export const createApiKey = (name: string, role: Role) =>
  api<CreatedApiKey>('/auth/api_keys', { method: 'POST', body: { name, role } });
export const revokeApiKey = (id: string) =>
  api<void>(`/auth/api_keys/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** What `POST /api/v1/demo` answers: the demo integrations, the syncs that loaded them, the curator edits made. */
export interface DemoLoaded {
  integrations: Integration[];
  syncs: SyncRecord[];
  edits: number;
}
/** Loads the project's demo catalog (a small shop's warehouse) into the workspace; admins only. */
export const loadDemoCatalog = () => api<DemoLoaded>('/demo', { method: 'POST' });
