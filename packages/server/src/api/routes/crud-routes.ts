import Type, { type Static, type TSchema } from 'typebox';
import type { AuthContext } from '../../auth/authenticate.js';
import type { App } from '../context.js';
import type { Access } from '../plugins/auth.js';
import { ERROR_RESPONSES, envelope, ListEnvelope, PageQuerySchema, pageOf } from '../schemas/common.js';

/** One page of a family's objects, and how many there are in all. */
export interface CrudPage {
  results: unknown[];
  count: number;
}

/** A family of named workspace objects with the five usual routes; each handler is one domain call. */
export interface CrudFamily<Create extends TSchema, Patch extends TSchema, Query extends TSchema> {
  base: string;
  tag: string;
  /** Role that may create, edit and delete (reads are for viewers). */
  writeAccess: Access;
  schemas: {
    item: TSchema;
    create: Create;
    patch: Patch;
    /** The `:id` parameter's schema. */
    params: TSchema;
    /** Default: the page parameters only. */
    listQuery?: Query;
  };
  /** Error answers of create and update besides the common ones (409 on a taken name, 413, 422...). */
  writeErrors: Record<number, TSchema>;
  summaries: { list: string; create: string; get: string; update: string; delete: string };
  /** Also answer `PUT {base}/{id}` as PATCH (Secoda documents PUT on custom properties). */
  putAlias?: boolean;
  list(
    request: { auth: AuthContext; query: Static<Query> },
    page: { limit: number; offset: number },
  ): Promise<CrudPage>;
  create(auth: AuthContext, input: Static<Create>): Promise<unknown>;
  get(workspaceId: string, id: string): Promise<unknown>;
  update(auth: AuthContext, id: string, patch: Static<Patch>): Promise<unknown>;
  remove(auth: AuthContext, id: string): Promise<void>;
}

/**
 * Registers list, create, get, patch and delete for a family (tags, collections, custom properties, teams,
 * groups): the same envelope, status codes and access rules everywhere, written once.
 */
export function registerCrudRoutes<Create extends TSchema, Patch extends TSchema, Query extends TSchema>(
  app: App,
  family: CrudFamily<Create, Patch, Query>,
): void {
  const { base, schemas, summaries } = family;
  const tags = [family.tag];
  const item = `${base}/:id`;
  const access = family.writeAccess;
  const writeResponses = { ...ERROR_RESPONSES, ...family.writeErrors };
  type IdRequest = { params: { id: string } };

  app.get(
    base,
    {
      schema: {
        tags,
        summary: summaries.list,
        querystring: schemas.listQuery ?? PageQuerySchema,
        response: { 200: ListEnvelope(schemas.item), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const query = request.query as Static<Query> & { page?: number; page_size?: number };
      const page = pageOf(query);
      const { results, count } = await family.list(
        { auth: request.auth, query },
        { limit: page.pageSize, offset: page.offset },
      );
      return envelope(request, page, count, results);
    },
  );

  app.post(
    base,
    {
      config: { access },
      schema: {
        tags,
        summary: summaries.create,
        body: schemas.create,
        response: { 201: schemas.item, ...writeResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await family.create(request.auth, request.body as Static<Create>)),
  );

  app.get(
    item,
    {
      schema: {
        tags,
        summary: summaries.get,
        params: schemas.params,
        response: { 200: schemas.item, ...ERROR_RESPONSES },
      },
    },
    async (request) => family.get(request.auth.workspaceId, (request as IdRequest).params.id),
  );

  for (const method of family.putAlias ? (['patch', 'put'] as const) : (['patch'] as const)) {
    app[method](
      item,
      {
        config: { access },
        schema: {
          tags,
          summary: method === 'put' ? `${summaries.update} (PUT: same as PATCH)` : summaries.update,
          params: schemas.params,
          body: schemas.patch,
          response: { 200: schemas.item, ...writeResponses },
        },
      },
      async (request) =>
        family.update(request.auth, (request as IdRequest).params.id, request.body as Static<Patch>),
    );
  }

  app.delete(
    item,
    {
      config: { access },
      schema: {
        tags,
        summary: summaries.delete,
        params: schemas.params,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await family.remove(request.auth, (request as IdRequest).params.id);
      return reply.status(204).send(null);
    },
  );
}
