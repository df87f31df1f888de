import Type from 'typebox';
import {
  createMonitor,
  deleteMonitor,
  getIncidentView,
  getMonitorView,
  listIncidentViews,
  listMeasurementViews,
  listMonitorViews,
  type MonitorRunDeps,
  resolveIncident,
  runMonitorsNow,
  updateMonitor,
} from '../../quality/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, envelope, IdParamsSchema, pageOf } from '../schemas/common.js';
import {
  IncidentListQuerySchema,
  IncidentListSchema,
  IncidentPatchSchema,
  IncidentSchema,
  MeasurementListQuerySchema,
  MeasurementListSchema,
  MonitorCreateSchema,
  MonitorListQuerySchema,
  MonitorListSchema,
  MonitorPatchSchema,
  MonitorRunAnswerSchema,
  MonitorRunBodySchema,
  MonitorSchema,
} from '../schemas/monitors.js';
import { publicUrlOf } from './notifications.js';

const BASE = '/api/v1/monitor';
const TAGS = ['monitors'];

/** Secoda's Monitors API (compat.md §8; our decisions in docs/quality.md and compat.md). */
export function registerMonitorRoutes(app: App, ctx: AppContext): void {
  const deps = (): MonitorRunDeps => ({
    db: ctx.store.db,
    secrets: ctx.secrets,
    notifier: {
      publicUrl: publicUrlOf(ctx),
      slack: { apiUrl: ctx.config.slackApiUrl },
      log: app.log.child({ module: 'monitors' }),
    },
    log: app.log.child({ module: 'monitors' }),
  });
  const services = { db: ctx.store.db, secrets: ctx.secrets };

  app.get(
    `${BASE}/monitors`,
    {
      schema: {
        tags: TAGS,
        summary: 'List monitors (filters: target, table, status)',
        querystring: MonitorListQuerySchema,
        response: { 200: MonitorListSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { views, count } = await listMonitorViews(ctx.store.db, {
        workspaceId: request.auth.workspaceId,
        targetId: request.query.target,
        tableId: request.query.table,
        status: request.query.status,
        limit: page.pageSize,
        offset: page.offset,
      });
      return envelope(request, page, count, views);
    },
  );

  app.post(
    `${BASE}/monitors`,
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary: 'Create a monitor on a connector-backed table or column',
        body: MonitorCreateSchema,
        response: { 201: MonitorSchema, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMonitor(services, request.auth, request.body)),
  );

  app.post(
    `${BASE}/monitors/run`,
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary: 'Run monitors now; answers when their measurements are stored',
        body: MonitorRunBodySchema,
        response: { 200: MonitorRunAnswerSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => ({
      measurements: await runMonitorsNow(deps(), request.auth.workspaceId, request.body.monitors),
    }),
  );

  app.get(
    `${BASE}/monitors/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'One monitor',
        params: IdParamsSchema,
        response: { 200: MonitorSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getMonitorView(ctx.store.db, request.auth.workspaceId, request.params.id),
  );

  app.patch(
    `${BASE}/monitors/:id`,
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary: 'Change a monitor',
        params: IdParamsSchema,
        body: MonitorPatchSchema,
        response: { 200: MonitorSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => updateMonitor(services, request.auth, request.params.id, request.body),
  );

  app.delete(
    `${BASE}/monitors/:id`,
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary: 'Delete a monitor with its measurements and incidents',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await deleteMonitor(ctx.store.db, request.auth, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    `${BASE}/measurements`,
    {
      schema: {
        tags: TAGS,
        summary: 'Measurements, newest first (filter: monitor_id)',
        querystring: MeasurementListQuerySchema,
        response: { 200: MeasurementListSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { views, count } = await listMeasurementViews(ctx.store.db, {
        workspaceId: request.auth.workspaceId,
        monitorId: request.query.monitor_id,
        limit: page.pageSize,
        offset: page.offset,
      });
      return envelope(request, page, count, views);
    },
  );

  app.get(
    `${BASE}/incidents`,
    {
      schema: {
        tags: TAGS,
        summary: 'Incidents, newest first (filters: monitor_id, status)',
        querystring: IncidentListQuerySchema,
        response: { 200: IncidentListSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { views, count } = await listIncidentViews(ctx.store.db, {
        workspaceId: request.auth.workspaceId,
        monitorId: request.query.monitor_id,
        status: request.query.status,
        limit: page.pageSize,
        offset: page.offset,
      });
      return envelope(request, page, count, views);
    },
  );

  app.get(
    `${BASE}/incidents/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'One incident',
        params: IdParamsSchema,
        response: { 200: IncidentSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getIncidentView(ctx.store.db, request.auth.workspaceId, request.params.id),
  );

  app.patch(
    `${BASE}/incidents/:id`,
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary: 'Resolve an open incident by hand (status: resolved)',
        params: IdParamsSchema,
        body: IncidentPatchSchema,
        response: { 200: IncidentSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => resolveIncident(ctx.store.db, request.auth, request.params.id),
  );
}
