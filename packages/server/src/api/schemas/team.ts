import Type from 'typebox';
import { TeamSchema } from '../../accounts/index.js';
import { PageQuerySchema, WITHOUT_NUL } from './common.js';
import { editableGroupFields } from './group.js';

export { TeamSchema };

const TeamTypeSchema = Type.Union([Type.Literal('OPEN'), Type.Literal('CLOSED')], {
  description: 'OPEN: public, anyone may join; CLOSED: private',
});

const teamEditableFields = {
  ...editableGroupFields,
  type: Type.Optional(TeamTypeSchema),
  archived: Type.Optional(Type.Boolean()),
};

export const CreateTeamBodySchema = Type.Object(
  { name: Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 }), ...teamEditableFields },
  { additionalProperties: false },
);

export const UpdateTeamBodySchema = Type.Object(
  {
    name: Type.Optional(Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 })),
    ...teamEditableFields,
  },
  { additionalProperties: false },
);

export const TeamListQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  include_archived: Type.Optional(Type.Boolean({ description: 'also list archived teams' })),
  only_joined: Type.Optional(Type.Boolean({ description: 'only the teams the caller belongs to' })),
  only_write: Type.Optional(
    Type.Boolean({
      description: 'accepted for Secoda scripts; every team a caller sees is writable by its role',
    }),
  ),
});
