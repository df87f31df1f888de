import Type from 'typebox';
import {
  createCustomProperty,
  deleteCustomProperty,
  getCustomProperty,
  listCustomProperties,
  setCustomPropertyValue,
  updateCustomProperty,
} from '../../catalog/custom-properties.js';
import type { App, AppContext } from '../context.js';
import {
  ERROR_RESPONSES,
  ErrorBodySchema,
  envelope,
  ListEnvelope,
  PageQuerySchema,
  pageOf,
} from '../schemas/common.js';
import {
  CustomPropertyCreateSchema,
  CustomPropertyPatchSchema,
  CustomPropertySchema,
  CustomPropertyValueBodySchema,
  CustomPropertyValueParamsSchema,
  CustomPropertyValueSchema,
} from '../schemas/custom-property.js';
import { CatalogIdParamsSchema } from '../schemas/resource.js';

const BASE = '/api/v1/resource/all_v2/custom_properties';

/**
 * Custom properties: admins define them, editors set their values on resources. Values show on the resource
 * object under `custom_properties`, keyed by property name.
 */
export function registerCustomPropertyRoutes(app: App, ctx: AppContext): void {
  const tags = ['custom properties'];
  const WRITE_ERRORS = { ...ERROR_RESPONSES, 409: ErrorBodySchema, 413: ErrorBodySchema };

  app.get(
    BASE,
    {
      schema: {
        tags,
        summary: 'List custom properties by name',
        querystring: PageQuerySchema,
        response: { 200: ListEnvelope(CustomPropertySchema), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { results, count } = await listCustomProperties(ctx.store, {
        workspaceId: request.auth.workspaceId,
        page: { limit: page.pageSize, offset: page.offset },
      });
      return envelope(request, page, count, results);
    },
  );

  app.post(
    BASE,
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Define a custom property (409 when the name exists)',
        body: CustomPropertyCreateSchema,
        response: { 201: CustomPropertySchema, ...WRITE_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createCustomProperty(ctx.store, { auth: request.auth, input: request.body })),
  );

  app.get(
    `${BASE}/:id`,
    {
      schema: {
        tags,
        summary: 'Get a custom property',
        params: CatalogIdParamsSchema,
        response: { 200: CustomPropertySchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getCustomProperty(ctx.store, request.auth.workspaceId, request.params.id),
  );

  app.patch(
    `${BASE}/:id`,
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Rename or redescribe a custom property',
        params: CatalogIdParamsSchema,
        body: CustomPropertyPatchSchema,
        response: { 200: CustomPropertySchema, ...WRITE_ERRORS },
      },
    },
    async (request) =>
      updateCustomProperty(ctx.store, { auth: request.auth, id: request.params.id, patch: request.body }),
  );

  app.delete(
    `${BASE}/:id`,
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Delete a custom property and its values',
        params: CatalogIdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await deleteCustomProperty(ctx.store, { auth: request.auth, id: request.params.id });
      return reply.status(204).send(null);
    },
  );

  app.put(
    `${BASE}/:property_id/:entity_id`,
    {
      config: { access: 'editor' },
      schema: {
        tags,
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
