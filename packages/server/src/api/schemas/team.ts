import Type from 'typebox';
import { ListEnvelope, Nullable, WITHOUT_NUL } from './common.js';
import { editableGroupFields, groupFields } from './group.js';

const IconSchema = Type.String({
  pattern: WITHOUT_NUL,
  maxLength: 200,
  description: 'an emoji or icon name',
});

export const TeamSchema = Type.Object(
  { ...groupFields, icon: Nullable(Type.String()) },
  { additionalProperties: false },
);

export const CreateTeamBodySchema = Type.Object(
  {
    name: Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 }),
    ...editableGroupFields,
    icon: Type.Optional(Nullable(IconSchema)),
  },
  { additionalProperties: false },
);

export const UpdateTeamBodySchema = Type.Object(
  {
    name: Type.Optional(Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 })),
    ...editableGroupFields,
    icon: Type.Optional(Nullable(IconSchema)),
  },
  { additionalProperties: false },
);
