import Type from 'typebox';
import { Nullable } from './common.js';
import { InputId, InputText } from './resource.js';

export const CustomPropertySchema = Type.Object({
  id: Type.String(),
  created_at: Type.String(),
  updated_at: Type.String(),
  workspace_id: Type.String(),
  name: Type.String({ description: 'Unique in the workspace; the key the value shows under on resources.' }),
  description: Type.String(),
  value_type: Type.String({ description: '"text", "number" or "boolean".' }),
});

const Name = InputText({ minLength: 1, maxLength: 200 });
const Description = InputText({ maxLength: 10_000 });

export const CustomPropertyCreateSchema = Type.Object(
  {
    name: Name,
    description: Type.Optional(Description),
    value_type: Type.Optional(
      Type.Union([Type.Literal('text'), Type.Literal('number'), Type.Literal('boolean')]),
    ),
  },
  { additionalProperties: false },
);

export const CustomPropertyPatchSchema = Type.Object(
  { name: Type.Optional(Name), description: Type.Optional(Description) },
  { additionalProperties: false, minProperties: 1 },
);

export const CustomPropertyValueParamsSchema = Type.Object({
  property_id: InputId,
  entity_id: InputId,
});

export const CustomPropertyValueBodySchema = Type.Object(
  {
    value: Nullable(Type.Union([InputText({ maxLength: 100_000 }), Type.Number(), Type.Boolean()])),
  },
  { additionalProperties: false, description: 'The value, of the property’s type; null removes it.' },
);

export const CustomPropertyValueSchema = Type.Object({
  property_id: Type.String(),
  entity_id: Type.String(),
  name: Type.String(),
  value: Nullable(Type.Union([Type.String(), Type.Number(), Type.Boolean()])),
  updated_at: Type.String(),
});
