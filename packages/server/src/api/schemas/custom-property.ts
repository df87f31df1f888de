import Type from 'typebox';
import {
  CUSTOM_PROPERTY_VALUE_TYPES,
  CustomPropertySchema,
  CustomPropertyValueSchema,
} from '../../catalog/custom-properties.js';
import { Nullable } from './common.js';
import { InputId, InputText } from './resource.js';

export { CustomPropertySchema, CustomPropertyValueSchema };

const Name = InputText({ minLength: 1, maxLength: 200 });
const Description = InputText({ maxLength: 10_000 });
const EntityTypes = Type.Array(InputText({ minLength: 1, maxLength: 100 }), {
  minItems: 1,
  maxItems: 100,
  description: 'Entity types (table, column, ...) or "all".',
});
const Integration = Nullable({
  ...InputId,
  description: 'Integration id; null for a workspace-wide property.',
});

export const CustomPropertyCreateSchema = Type.Object(
  {
    name: Name,
    description: Type.Optional(Description),
    value_type: Type.Optional(
      Type.Union(
        CUSTOM_PROPERTY_VALUE_TYPES.map((type) => Type.Literal(type)),
        {
          description:
            'string (≤ 255 characters), text, number, boolean, date (ISO), select, multiselect, user, resource ' +
            '(the last four take arrays of ids). Default text.',
        },
      ),
    ),
    entity_types: Type.Optional(EntityTypes),
    integration: Type.Optional(Integration),
  },
  { additionalProperties: false },
);

export const CustomPropertyPatchSchema = Type.Object(
  {
    name: Type.Optional(Name),
    description: Type.Optional(Description),
    entity_types: Type.Optional(EntityTypes),
    integration: Type.Optional(Integration),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const CustomPropertyValueParamsSchema = Type.Object({
  property_id: InputId,
  entity_id: InputId,
});

const ValueSchema = Nullable(
  Type.Union([
    InputText({ maxLength: 100_000 }),
    Type.Number(),
    Type.Boolean(),
    Type.Array(InputId, { maxItems: 1000, description: 'ids (select, multiselect, user, resource)' }),
  ]),
);

export const CustomPropertyValueBodySchema = Type.Object(
  { value: ValueSchema },
  { additionalProperties: false, description: 'The value, of the property’s type; null removes it.' },
);
