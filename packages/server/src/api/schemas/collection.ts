import Type from 'typebox';
import { CollectionSchema } from '../../catalog/collections.js';
import { Nullable } from './common.js';
import { InputId, InputText } from './resource.js';

export { CollectionSchema };

const ResourceIds = Type.Array(InputId, { maxItems: 1000 });
const FIELDS = {
  title: InputText({ minLength: 1, maxLength: 500 }),
  description: Type.Optional(InputText({ maxLength: 100_000 })),
  icon: Type.Optional(Nullable(InputText({ maxLength: 200 }))),
  parent: Type.Optional(
    Nullable({ ...InputId, description: 'A collection to nest this one in (null: top level).' }),
  ),
  resources: Type.Optional(ResourceIds),
};

export const CollectionCreateSchema = Type.Object(FIELDS, { additionalProperties: false });
export const CollectionPatchSchema = Type.Object(
  {
    ...FIELDS,
    title: Type.Optional(FIELDS.title),
    add_resources: Type.Optional(ResourceIds),
    remove_resources: Type.Optional(ResourceIds),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    description: '`resources` replaces the members; `add_resources`/`remove_resources` adjust them.',
  },
);
