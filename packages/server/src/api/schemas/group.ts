import Type from 'typebox';
import { groupFields } from '../../accounts/index.js';
import { Nullable, WITHOUT_NUL } from './common.js';

export { groupFields };

export const MemberIdsSchema = Type.Array(
  Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 }),
  {
    maxItems: 1000,
    uniqueItems: true,
    description: 'user ids of the members; replaces the whole membership when given',
  },
);

export const IconSchema = Type.String({
  pattern: WITHOUT_NUL,
  maxLength: 200,
  description: 'an emoji or icon name',
});

export const GroupSchema = Type.Object(
  { ...groupFields, snowflake_role: Type.Null({ description: 'Sextant manages no warehouse roles' }) },
  { additionalProperties: false },
);

export const editableGroupFields = {
  description: Type.Optional(Type.String({ pattern: WITHOUT_NUL, maxLength: 2000 })),
  members: Type.Optional(MemberIdsSchema),
  users: Type.Optional({ ...MemberIdsSchema, description: 'alias of `members` (Secoda’s name); give one' }),
  icon: Type.Optional(Nullable(IconSchema)),
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
