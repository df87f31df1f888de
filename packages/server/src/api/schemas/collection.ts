import Type from 'typebox';
import { Nullable } from './common.js';
import { InputId, InputText } from './resource.js';

export const CollectionSchema = Type.Object({
  id: Type.String(),
  created_at: Type.String(),
  updated_at: Type.String(),
  workspace_id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  icon: Nullable(Type.String()),
  created_by: Nullable(Type.String({ description: 'Id of the user who created it.' })),
  resources: Type.Array(Type.String(), { description: 'Ids of the resources in the collection.' }),
});

const ResourceIds = Type.Array(InputId, { maxItems: 1000 });
const FIELDS = {
  title: InputText({ minLength: 1, maxLength: 500 }),
  description: Type.Optional(InputText({ maxLength: 100_000 })),
  icon: Type.Optional(Nullable(InputText({ maxLength: 200 }))),
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
