import Type from 'typebox';
import { AuditLogSchema } from '../../catalog/audit-logs.js';
import { PageQuerySchema } from './common.js';
import { InputId, InputText } from './resource.js';

export { AuditLogSchema };

const Id = InputId;

export const AuditLogQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  entity_id: Type.Optional(Id),
  actor: Type.Optional(InputText({ minLength: 1, maxLength: 200, description: 'User id.' })),
  entity_type: Type.Optional(InputText({ minLength: 1, maxLength: 100 })),
  action: Type.Optional(InputText({ minLength: 1, maxLength: 100 })),
  filter: Type.Optional(
    InputText({
      maxLength: 20_000,
      description:
        'URL-encoded JSON in the catalog grammar (and/or/not; exact/in/contains) over id, activity_type, ' +
        'performer_id, performer_type (USER, API, SYSTEM), resource_id, resource_type, logged_at ' +
        '(and Sextant’s action, actor, entity_id, entity_type, created_at).',
    }),
  ),
  sort: Type.Optional(
    InputText({
      maxLength: 1000,
      description: 'URL-encoded JSON {"field","order","tie_breaker"?}; default logged_at descending.',
    }),
  ),
  days: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 36_500, description: 'Entries of the last N days (default 90).' }),
  ),
});
