/** The data-quality routes (docs/quality.md) as the quality panels and monitor pages call them. */

import type { paths } from '@sextant/client';
import { api } from '../api/client';
import type { ListEnvelope } from '../api/types';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Item<List> = List extends { results: Array<infer T> } ? T : never;

export type TableProfile = Json<paths['/api/v1/quality/tables/{id}/profiles']['post']['responses'][201]>;
export type ColumnProfile = TableProfile['columns'][number];
export type ColumnProfileAnswer = Json<
  paths['/api/v1/quality/columns/{id}/profile']['get']['responses'][200]
>;
export type TablePreview = Json<paths['/api/v1/quality/tables/{id}/preview']['get']['responses'][200]>;
export type QualityScore = Json<paths['/api/v1/quality/tables/{id}/score']['get']['responses'][200]>;
export type Monitor = Json<paths['/api/v1/monitor/monitors/{id}']['get']['responses'][200]>;
export type Measurement = Item<Json<paths['/api/v1/monitor/measurements']['get']['responses'][200]>>;
export type Incident = Json<paths['/api/v1/monitor/incidents/{id}']['get']['responses'][200]>;

export const fetchLatestProfile = async (tableId: string) =>
  (await api<ListEnvelope<TableProfile>>(`/quality/tables/${tableId}/profiles`, { query: { page_size: 1 } }))
    .results[0];
export const runProfile = (tableId: string) =>
  api<TableProfile>(`/quality/tables/${tableId}/profiles`, { method: 'POST', body: {} });
export const fetchColumnProfile = (columnId: string) =>
  api<ColumnProfileAnswer>(`/quality/columns/${columnId}/profile`);
export const fetchPreview = (tableId: string) => api<TablePreview>(`/quality/tables/${tableId}/preview`);
export const fetchScore = (tableId: string) => api<QualityScore>(`/quality/tables/${tableId}/score`);

export const fetchMonitors = (query: { target?: string; table?: string } = {}) =>
  api<ListEnvelope<Monitor>>('/monitor/monitors', { query: { page_size: 200, ...query } });
export const fetchMonitor = (id: string) => api<Monitor>(`/monitor/monitors/${id}`);
export const fetchMeasurements = (monitorId: string) =>
  api<ListEnvelope<Measurement>>('/monitor/measurements', {
    query: { monitor_id: monitorId, page_size: 200 },
  });
export const fetchIncidents = (query: { monitor_id?: string; status?: string } = {}) =>
  api<ListEnvelope<Incident>>('/monitor/incidents', { query: { page_size: 200, ...query } });
export const runMonitor = (id: string) =>
  api<{ measurements: Measurement[] }>('/monitor/monitors/run', { method: 'POST', body: { monitors: [id] } });
export const resolveIncident = (id: string) =>
  api<Incident>(`/monitor/incidents/${id}`, { method: 'PATCH', body: { status: 'resolved' } });

export const STATUS_COLOR: Record<string, string> = {
  normal: 'teal',
  resolved: 'teal',
  learning: 'blue',
  pending: 'gray',
  inactive: 'gray',
  incident: 'red',
  open: 'red',
  error: 'orange',
};
