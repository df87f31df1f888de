import Type from 'typebox';
import {
  getMarquezJob,
  getMarquezLineage,
  getMarquezRun,
  listMarquezDatasets,
  listMarquezJobs,
  listMarquezNamespaces,
  listResourceRuns,
  receiveOpenLineageEvents,
} from '../../openlineage/index.js';
import { bodyShape } from '../../openlineage/prepare-events.js';
import type { App, AppContext } from '../context.js';
import { RawJsonBody } from '../plugins/json-body.js';
import {
  ERROR_RESPONSES,
  ErrorBodySchema,
  IdParamsSchema,
  Nullable,
  WITHOUT_NUL,
} from '../schemas/common.js';

const TAGS = ['openlineage'];
/**
 * OpenLineage clients may gzip their events (`compression: gzip` in the HTTP transport): these two routes
 * decompress the body (other routes do not). The body limit counts the decompressed bytes, so a small bomb is a 413.
 */
const GZIP_BODIES = { requestEncodings: ['gzip' as const, 'deflate' as const] };
/**
 * The two receiving routes read their body's text themselves (prepare-events.ts: most of it is stored as received,
 * not parsed again): the JSON parser hands them a RawJsonBody, and their body schemas document the body without
 * validating it; receipt checks the same (an object; an array of at most 10,000) with the same answers.
 */
const RAW_BODY = {
  config: { access: 'editor' as const, rawJsonBody: true },
  validatorCompiler: () => () => true,
};

/** The JSON body's text; another content type (or none) is refused as the body schema refused it. */
function bodyOf(request: { body: unknown }, isBatch: boolean): RawJsonBody {
  if (request.body instanceof RawJsonBody) return request.body;
  throw bodyShape(isBatch ? 'must be array' : 'must be object');
}
const Facets = Type.Record(Type.String(), Type.Unknown());
const Name = Type.String({ minLength: 1, maxLength: 2000, pattern: WITHOUT_NUL });

const AcceptedSchema = Type.Object({
  accepted: Type.Integer({ description: 'events stored; the worker applies them in order' }),
});

const DatasetIdSchema = Type.Object({ namespace: Type.String(), name: Type.String() });

const RunSchema = Type.Object({
  id: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  nominalStartTime: Nullable(Type.String()),
  nominalEndTime: Nullable(Type.String()),
  state: Type.String({ description: 'NEW, RUNNING, COMPLETED, FAILED or ABORTED' }),
  startedAt: Nullable(Type.String()),
  endedAt: Nullable(Type.String()),
  durationMs: Nullable(Type.Integer()),
  args: Facets,
  facets: Facets,
  jobNamespace: Type.String(),
  jobName: Type.String(),
  errorMessage: Nullable(Type.String()),
  parentRun: Nullable(
    Type.Object({
      runId: Type.String(),
      jobNamespace: Nullable(Type.String()),
      jobName: Nullable(Type.String()),
    }),
  ),
});

const ResourceRunSchema = Type.Intersect([
  RunSchema,
  Type.Object({
    rowsWritten: Nullable(
      Type.Integer({
        description: "rows its outputs' outputStatistics facets say it wrote (null: not said)",
      }),
    ),
  }),
]);

const RunWithStatesSchema = Type.Intersect([
  RunSchema,
  Type.Object({
    states: Type.Array(Type.Object({ eventType: Nullable(Type.String()), eventTime: Type.String() })),
  }),
]);

const JobSchema = Type.Object({
  id: DatasetIdSchema,
  type: Type.String(),
  name: Type.String(),
  simpleName: Type.String(),
  namespace: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  inputs: Type.Array(DatasetIdSchema),
  outputs: Type.Array(DatasetIdSchema),
  location: Nullable(Type.String()),
  facets: Facets,
  latestRun: Nullable(RunSchema),
  latestRuns: Type.Array(RunSchema),
});

const DatasetSchema = Type.Object({
  id: DatasetIdSchema,
  type: Type.String(),
  name: Type.String(),
  physicalName: Type.String(),
  namespace: Type.String(),
  sourceName: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  fields: Type.Array(
    Type.Object({
      name: Type.String(),
      type: Nullable(Type.String()),
      tags: Type.Array(Type.String()),
      description: Nullable(Type.String()),
    }),
  ),
  tags: Type.Array(Type.String()),
  description: Nullable(Type.String()),
  facets: Facets,
  deleted: Type.Boolean(),
});

const NamespaceSchema = Type.Object({
  name: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  ownerName: Type.String(),
  description: Nullable(Type.String()),
});

const EdgeSchema = Type.Object({ origin: Type.String(), destination: Type.String() });
const GraphSchema = Type.Object({
  graph: Type.Array(
    Type.Object({
      id: Type.String(),
      type: Type.Union([Type.Literal('JOB'), Type.Literal('DATASET')]),
      data: Type.Union([JobSchema, DatasetSchema]),
      inEdges: Type.Array(EdgeSchema),
      outEdges: Type.Array(EdgeSchema),
    }),
  ),
});

const MarquezPageSchema = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000_000, default: 0 })),
});

const POST_RESPONSES = { 201: AcceptedSchema, ...ERROR_RESPONSES, 413: ErrorBodySchema };

/**
 * OpenLineage in (docs/openlineage.md): the HTTP transport's endpoint `api/v1/lineage` (editors), and the reads of
 * Marquez's API that tools query (viewers).
 */
export function registerOpenLineageRoutes(app: App, ctx: AppContext): void {
  const { store } = ctx;

  app.post(
    '/api/v1/lineage',
    {
      ...RAW_BODY,
      decompress: GZIP_BODIES,
      schema: {
        tags: TAGS,
        summary:
          'Receive one OpenLineage event (RunEvent, DatasetEvent or JobEvent); applied in the background',
        body: Type.Object(
          {},
          { additionalProperties: true, description: 'an OpenLineage event (spec 2-0-x)' },
        ),
        response: POST_RESPONSES,
      },
    },
    async (request, reply) => {
      const result = await receiveOpenLineageEvents(store, {
        workspaceId: request.auth.workspaceId,
        bytes: bodyOf(request, false).bytes,
        isBatch: false,
      });
      return reply.code(201).send(result);
    },
  );

  app.post(
    '/api/v1/lineage/batch',
    {
      ...RAW_BODY,
      decompress: GZIP_BODIES,
      schema: {
        tags: TAGS,
        summary:
          'Receive an array of OpenLineage events, all or nothing; applied in the background, in order',
        body: Type.Array(Type.Unknown(), { maxItems: 10_000 }),
        response: POST_RESPONSES,
      },
    },
    async (request, reply) => {
      const result = await receiveOpenLineageEvents(store, {
        workspaceId: request.auth.workspaceId,
        bytes: bodyOf(request, true).bytes,
        isBatch: true,
      });
      request.log.info({ accepted: result.accepted }, 'openlineage batch stored');
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/api/v1/lineage',
    {
      schema: {
        tags: TAGS,
        summary:
          "Marquez's lineage graph around a node (`dataset:<namespace>:<name>` or `job:<namespace>:<name>`)",
        querystring: Type.Object({
          nodeId: Name,
          depth: Type.Optional(Type.Integer({ minimum: 0, maximum: 20, default: 20 })),
        }),
        response: { 200: GraphSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      getMarquezLineage(store, {
        workspaceId: request.auth.workspaceId,
        nodeId: request.query.nodeId,
        depth: request.query.depth ?? 20,
      }),
  );

  app.get(
    '/api/v1/namespaces',
    {
      schema: {
        tags: TAGS,
        summary: 'OpenLineage namespaces seen (Marquez shape)',
        response: { 200: Type.Object({ namespaces: Type.Array(NamespaceSchema) }), ...ERROR_RESPONSES },
      },
    },
    async (request) => ({ namespaces: await listMarquezNamespaces(store, request.auth.workspaceId) }),
  );

  app.get(
    '/api/v1/namespaces/:namespace/jobs',
    {
      schema: {
        tags: TAGS,
        summary: 'Jobs of an OpenLineage namespace with their latest runs (Marquez shape)',
        params: Type.Object({ namespace: Name }),
        querystring: MarquezPageSchema,
        response: {
          200: Type.Object({ jobs: Type.Array(JobSchema), totalCount: Type.Integer() }),
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request) =>
      listMarquezJobs(store, {
        workspaceId: request.auth.workspaceId,
        namespace: request.params.namespace,
        limit: request.query.limit ?? 100,
        offset: request.query.offset ?? 0,
      }),
  );

  app.get(
    '/api/v1/namespaces/:namespace/jobs/:job',
    {
      schema: {
        tags: TAGS,
        summary: 'One OpenLineage job (Marquez shape)',
        params: Type.Object({ namespace: Name, job: Name }),
        response: { 200: JobSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      getMarquezJob(store, {
        workspaceId: request.auth.workspaceId,
        namespace: request.params.namespace,
        name: request.params.job,
      }),
  );

  app.get(
    '/api/v1/namespaces/:namespace/datasets',
    {
      schema: {
        tags: TAGS,
        summary: 'Datasets of an OpenLineage namespace (Marquez shape)',
        params: Type.Object({ namespace: Name }),
        querystring: MarquezPageSchema,
        response: {
          200: Type.Object({ datasets: Type.Array(DatasetSchema), totalCount: Type.Integer() }),
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request) =>
      listMarquezDatasets(store, {
        workspaceId: request.auth.workspaceId,
        namespace: request.params.namespace,
        limit: request.query.limit ?? 100,
        offset: request.query.offset ?? 0,
      }),
  );

  app.get(
    '/api/v1/jobs/runs/:runId',
    {
      schema: {
        tags: TAGS,
        summary: 'One OpenLineage run with its state history (Marquez shape plus `states`)',
        params: Type.Object({ runId: Name }),
        response: { 200: RunWithStatesSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      getMarquezRun(store, { workspaceId: request.auth.workspaceId, runId: request.params.runId }),
  );

  app.get(
    '/api/v1/resource/all/:id/runs',
    {
      schema: {
        tags: TAGS,
        summary: 'The last runs of a job resource (OpenLineage runs: state, times, duration, error)',
        params: IdParamsSchema,
        querystring: Type.Object({
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 20 })),
        }),
        response: { 200: Type.Object({ runs: Type.Array(ResourceRunSchema) }), ...ERROR_RESPONSES },
      },
    },
    async (request) => ({
      runs: await listResourceRuns(store, {
        workspaceId: request.auth.workspaceId,
        resourceId: request.params.id,
        limit: request.query.limit ?? 20,
      }),
    }),
  );
}
