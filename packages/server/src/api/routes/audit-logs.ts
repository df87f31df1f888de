import { listAuditLogs } from '../../catalog/audit-logs.js';
import type { App, AppContext } from '../context.js';
import { AuditLogQuerySchema, AuditLogSchema } from '../schemas/audit-log.js';
import { ERROR_RESPONSES, envelope, ListEnvelope, pageOf } from '../schemas/common.js';

/** `GET /api/v1/activity_log/audit_logs/`: every write through the API, newest first (admins only). */
export function registerAuditLogRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/activity_log/audit_logs',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['audit log'],
        summary:
          'List audit entries of the last `days` (default 90), newest first; filter/sort in the catalog grammar',
        querystring: AuditLogQuerySchema,
        response: { 200: ListEnvelope(AuditLogSchema), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { query } = request;
      const { results, count } = await listAuditLogs(ctx.store, {
        workspaceId: request.auth.workspaceId,
        filters: {
          entityId: query.entity_id,
          actorUserId: query.actor,
          entityType: query.entity_type,
          action: query.action,
        },
        filter: query.filter,
        sort: query.sort,
        days: query.days,
        page: { limit: page.pageSize, offset: page.offset },
      });
      return envelope(request, page, count, results);
    },
  );
}
