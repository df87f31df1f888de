import Type from 'typebox';
import { Nullable, PageQuerySchema } from './common.js';
import { InputId, InputText } from './resource.js';

export const AuditLogSchema = Type.Object({
  id: Type.String(),
  created_at: Type.String(),
  workspace_id: Type.String(),
  actor: Nullable(Type.String({ description: 'Id of the user who acted.' })),
  actor_api_key: Nullable(
    Type.String({ description: 'Id of the API key used, if any (null: browser session).' }),
  ),
  action: Type.String({
    description: '"create", "update", "delete", or a domain verb ("set_custom_property" ...).',
  }),
  entity_type: Type.String({ description: '"resource", "tag", "collection", "custom_property", ...' }),
  entity_id: Nullable(Type.String()),
  before: Type.Unknown({ description: 'The object before the change (null for creations).' }),
  after: Type.Unknown({ description: 'The object after the change (null for deletions).' }),
});

const Id = InputId;

export const AuditLogQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  entity_id: Type.Optional(Id),
  actor: Type.Optional(InputText({ minLength: 1, maxLength: 200, description: 'User id.' })),
  entity_type: Type.Optional(InputText({ minLength: 1, maxLength: 100 })),
  action: Type.Optional(InputText({ minLength: 1, maxLength: 100 })),
});
