import Type from 'typebox';
import { Nullable, PageQuerySchema } from './common.js';
import { InputText } from './resource.js';

export const TagSchema = Type.Object({
  id: Type.String(),
  created_at: Type.String(),
  updated_at: Type.String(),
  workspace_id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  color: Nullable(Type.String({ description: 'A CSS colour, e.g. "#4f46e5".' })),
  integration_id: Nullable(
    Type.String({ description: 'The integration that made the tag (dbt); null when made by hand.' }),
  ),
});

const TAG_FIELDS = {
  name: InputText({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(InputText({ maxLength: 10_000 })),
  color: Type.Optional(Nullable(InputText({ maxLength: 50 }))),
};

export const TagCreateSchema = Type.Object(TAG_FIELDS, { additionalProperties: false });
export const TagPatchSchema = Type.Object(
  { ...TAG_FIELDS, name: Type.Optional(TAG_FIELDS.name) },
  { additionalProperties: false, minProperties: 1 },
);
export const TagListQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  name: Type.Optional(InputText({ maxLength: 200, description: 'Exact name.' })),
});
