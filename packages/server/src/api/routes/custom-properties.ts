import {
  createCustomProperty,
  deleteCustomProperty,
  getCustomProperty,
  listCustomProperties,
  setCustomPropertyValue,
  updateCustomProperty,
} from '../../catalog/custom-properties.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, ErrorBodySchema } from '../schemas/common.js';
import {
  CustomPropertyCreateSchema,
  CustomPropertyPatchSchema,
  CustomPropertySchema,
  CustomPropertyValueBodySchema,
  CustomPropertyValueParamsSchema,
  CustomPropertyValueSchema,
} from '../schemas/custom-property.js';
import { CatalogIdParamsSchema } from '../schemas/resource.js';
import { registerCrudRoutes } from './crud-routes.js';

const BASE = '/api/v1/resource/all_v2/custom_properties';

/**
 * Custom properties: admins define them, editors set their values on resources. Values show on the resource
 * object under `custom_properties`, keyed by property name.
 */
export function registerCustomPropertyRoutes(app: App, ctx: AppContext): void {
  registerCrudRoutes(app, {
    base: BASE,
    tag: 'custom properties',
    writeAccess: 'admin',
    schemas: {
      item: CustomPropertySchema,
      create: CustomPropertyCreateSchema,
      patch: CustomPropertyPatchSchema,
      params: CatalogIdParamsSchema,
    },
    writeErrors: { 409: ErrorBodySchema, 413: ErrorBodySchema },
    summaries: {
      list: 'List custom properties by name',
      create: 'Define a custom property (409 when the name exists)',
      get: 'Get a custom property',
      update: 'Rename or redescribe a custom property',
      delete: 'Delete a custom property and its values',
    },
    putAlias: true,
    list: ({ auth }, page) => listCustomProperties(ctx.store, { workspaceId: auth.workspaceId, page }),
    create: (auth, input) => createCustomProperty(ctx.store, { auth, input }),
    get: (workspaceId, id) => getCustomProperty(ctx.store, workspaceId, id),
    update: (auth, id, patch) => updateCustomProperty(ctx.store, { auth, id, patch }),
    remove: (auth, id) => deleteCustomProperty(ctx.store, { auth, id }),
  });

  app.put(
    `${BASE}/:property_id/:entity_id`,
    {
      config: { access: 'editor' },
      schema: {
        tags: ['custom properties'],
        summary: 'Set a custom property’s value on a resource (null removes it)',
        params: CustomPropertyValueParamsSchema,
        body: CustomPropertyValueBodySchema,
        response: { 200: CustomPropertyValueSchema, ...ERROR_RESPONSES, 413: ErrorBodySchema },
      },
    },
    async (request) =>
      setCustomPropertyValue(ctx.store, {
        auth: request.auth,
        propertyId: request.params.property_id,
        entityId: request.params.entity_id,
        value: request.body.value,
      }),
  );
}
