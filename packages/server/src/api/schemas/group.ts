import Type from 'typebox';
import { ListEnvelope, WITHOUT_NUL } from './common.js';

export const MemberIdsSchema = Type.Array(
  Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 }),
  {
    maxItems: 1000,
    uniqueItems: true,
    description: 'user ids of the members; replaces the whole membership when given',
  },
);

/** The fields every set of users has; teams add an icon. */
export const groupFields = {
  id: Type.String(),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
  name: Type.String(),
  description: Type.String(),
  workspace_id: Type.String(),
  members: Type.Array(Type.String(), { description: 'user ids' }),
};

export const GroupSchema = Type.Object(groupFields, { additionalProperties: false });

export const editableGroupFields = {
  description: Type.Optional(Type.String({ pattern: WITHOUT_NUL, maxLength: 2000 })),
  members: Type.Optional(MemberIdsSchema),
};

export const CreateGroupBodySchema = Type.Object(
  { name: Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 }), ...editableGroupFields },
  { additionalProperties: false },
);

export const UpdateGroupBodySchema = Type.Object(
  {
    name: Type.Optional(Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 })),
    ...editableGroupFields,
  },
  { additionalProperties: false },
);
