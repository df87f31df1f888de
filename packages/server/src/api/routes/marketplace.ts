import Type from 'typebox';
import {
  addMarketplaceVersion,
  deleteMarketplaceIntegration,
  getMarketplaceConnectionView,
  getMarketplaceIntegrationView,
  getVisibleVersionWithSource,
  listMarketplaceListing,
  listOwnMarketplaceIntegrations,
  listVisibleVersions,
  type MarketplaceServices,
  updateMarketplaceConnectionSettings,
  uploadMarketplaceIntegration,
} from '../../marketplace/index.js';
import type { App, AppContext } from '../context.js';
import {
  ERROR_RESPONSES,
  ErrorBodySchema,
  envelope,
  IdParamsSchema,
  PageQuerySchema,
  pageOf,
} from '../schemas/common.js';
import {
  ConnectionSchema,
  ListingQuerySchema,
  ListingSchema,
  MarketplaceIdParamsSchema,
  MarketplaceIntegrationListSchema,
  MarketplaceIntegrationSchema,
  MarketplaceVersionListSchema,
  MarketplaceVersionWithSourceSchema,
  UpdateConnectionBodySchema,
  UploadAnswerSchema,
  VersionParamsSchema,
} from '../schemas/marketplace.js';
import {
  allowedEndpointsOf,
  credentialFieldsOf,
  iconOf,
  readMarketplaceForm,
  requireCode,
  textField,
} from './marketplace-form.js';
import { registerMarketplaceReviewRoutes } from './marketplace-reviews.js';

const BASE = '/api/v1/marketplace';
const TAGS = ['marketplace'];
const UPLOAD_RESPONSES = {
  201: UploadAnswerSchema,
  ...ERROR_RESPONSES,
  413: ErrorBodySchema,
  415: ErrorBodySchema,
  422: ErrorBodySchema,
};
const UPLOAD_FIELDS = [
  'name',
  'description',
  'category',
  'icon',
  'code',
  'credential_fields',
  'allowed_endpoints',
];
const VERSION_FIELDS = ['code', 'credential_fields', 'allowed_endpoints'];

/**
 * The marketplace (docs/marketplace.md): admins upload integration code and its versions, submit them for review;
 * reviewers (admins of the first workspace) approve or reject; every workspace sees the approved listing.
 */
export function registerMarketplaceRoutes(app: App, ctx: AppContext): void {
  const db = ctx.store.db;
  const services: MarketplaceServices = { db, secrets: ctx.secrets };

  app.post(
    `${BASE}/integrations`,
    {
      schema: {
        tags: TAGS,
        summary:
          'Upload an integration (multipart: name, description, category, icon, code, credential_fields, allowed_endpoints)',
        consumes: ['multipart/form-data'],
        response: UPLOAD_RESPONSES,
      },
    },
    async (request, reply) => {
      const form = await readMarketplaceForm(request, UPLOAD_FIELDS);
      const answer = await uploadMarketplaceIntegration(db, request.auth, {
        name: textField(form, 'name', { max: 200, required: true }),
        description: textField(form, 'description', { max: 5000, required: false }),
        category: textField(form, 'category', { max: 100, required: true }),
        icon: iconOf(form),
        code: requireCode(form),
        credentialFields: credentialFieldsOf(form) ?? [],
        allowedEndpoints: allowedEndpointsOf(form) ?? [],
      });
      request.log.info(
        { marketplaceId: answer.id, version: answer.version },
        'marketplace integration uploaded',
      );
      return reply.status(201).send(answer);
    },
  );

  app.get(
    `${BASE}/integrations`,
    {
      schema: {
        tags: TAGS,
        summary: "The workspace's own marketplace integrations (drafts included)",
        querystring: PageQuerySchema,
        response: { 200: MarketplaceIntegrationListSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { views, count } = await listOwnMarketplaceIntegrations(db, {
        workspaceId: request.auth.workspaceId,
        limit: page.pageSize,
        offset: page.offset,
      });
      return envelope(request, page, count, views);
    },
  );

  app.get(
    `${BASE}/integrations/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'One marketplace integration (own, or approved in another workspace)',
        params: MarketplaceIdParamsSchema,
        response: { 200: MarketplaceIntegrationSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getMarketplaceIntegrationView(db, request.auth.workspaceId, request.params.id),
  );

  app.delete(
    `${BASE}/integrations/:id`,
    {
      schema: {
        tags: TAGS,
        summary:
          'Delete your own marketplace integration with all its versions (409 while any connection or install uses it)',
        params: MarketplaceIdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES, 409: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      await deleteMarketplaceIntegration(db, request.auth, request.params.id);
      request.log.info({ marketplaceId: request.params.id }, 'marketplace integration deleted');
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${BASE}/integrations/:id/versions`,
    {
      schema: {
        tags: TAGS,
        summary:
          'Upload a new immutable version (multipart: code, optional credential_fields, allowed_endpoints)',
        consumes: ['multipart/form-data'],
        params: MarketplaceIdParamsSchema,
        response: UPLOAD_RESPONSES,
      },
    },
    async (request, reply) => {
      // An unknown id answers 404 before a byte of the upload is read.
      await getMarketplaceIntegrationView(db, request.auth.workspaceId, request.params.id);
      const form = await readMarketplaceForm(request, VERSION_FIELDS);
      const answer = await addMarketplaceVersion(db, request.auth, request.params.id, {
        code: requireCode(form),
        credentialFields: credentialFieldsOf(form),
        allowedEndpoints: allowedEndpointsOf(form),
      });
      request.log.info({ marketplaceId: answer.id, version: answer.version }, 'marketplace version uploaded');
      return reply.status(201).send(answer);
    },
  );

  app.get(
    `${BASE}/integrations/:id/versions`,
    {
      schema: {
        tags: TAGS,
        summary: 'Versions of a marketplace integration, newest first (other workspaces: approved ones)',
        params: MarketplaceIdParamsSchema,
        response: { 200: MarketplaceVersionListSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => ({
      results: await listVisibleVersions(db, request.auth.workspaceId, request.params.id),
    }),
  );

  app.get(
    `${BASE}/integrations/:id/versions/:version`,
    {
      schema: {
        tags: TAGS,
        summary: 'One version with its uploaded source',
        params: VersionParamsSchema,
        response: { 200: MarketplaceVersionWithSourceSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getVisibleVersionWithSource(db, request.auth.workspaceId, request.params),
  );

  registerMarketplaceReviewRoutes(app, ctx);

  app.get(
    `${BASE}/listing`,
    {
      schema: {
        tags: TAGS,
        summary: 'The marketplace: approved integrations every workspace on this server can install',
        querystring: ListingQuerySchema,
        response: { 200: ListingSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { views, count } = await listMarketplaceListing(db, {
        limit: page.pageSize,
        offset: page.offset,
        category: request.query.category,
      });
      return envelope(request, page, count, views);
    },
  );

  app.get(
    `${BASE}/connections/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'The marketplace side of a connected integration: pinned version, private hosts, fields',
        params: IdParamsSchema,
        response: { 200: ConnectionSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getMarketplaceConnectionView(services, request.auth.workspaceId, request.params.id),
  );

  app.patch(
    `${BASE}/connections/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'Move a connection to another version, set its private hosts, change its credentials',
        params: IdParamsSchema,
        body: UpdateConnectionBodySchema,
        response: { 200: ConnectionSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      updateMarketplaceConnectionSettings(services, request.auth, request.params.id, request.body),
  );
}
