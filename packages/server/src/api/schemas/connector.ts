import Type from 'typebox';

const ConnectorFieldSchema = Type.Object({
  key: Type.String(),
  label: Type.String(),
  type: Type.Union([
    Type.Literal('string'),
    Type.Literal('number'),
    Type.Literal('boolean'),
    Type.Literal('password'),
    Type.Literal('select'),
    Type.Literal('string_list'),
    Type.Literal('text'),
  ]),
  secret: Type.Boolean({ description: 'masked in forms and answers' }),
  required: Type.Boolean(),
  default: Type.Optional(Type.Unknown()),
  options: Type.Optional(Type.Array(Type.String(), { description: '`select` fields: the allowed values' })),
  description: Type.Optional(Type.String()),
});

export const ConnectorSchema = Type.Object({
  type: Type.String({ description: 'the integration type to create (`postgres`, `mysql`)' }),
  aliases: Type.Array(Type.String(), { description: 'other accepted type names (`postgresql`, `mariadb`)' }),
  label: Type.String(),
  fields: Type.Array(ConnectorFieldSchema, { description: 'the credential fields, in form order' }),
});

export const ConnectorListSchema = Type.Object({ results: Type.Array(ConnectorSchema) });

export const ConnectorTypeParamsSchema = Type.Object({ type: Type.String({ minLength: 1, maxLength: 100 }) });

/** Credentials to test: the same object `credentials` holds when the integration is created. */
export const ConnectorCredentialsBodySchema = Type.Record(Type.String(), Type.Unknown(), {
  description: 'credentials, as in POST /api/v1/integration/integrations',
});

const WarningSchema = Type.Object({
  code: Type.String(),
  message: Type.String(),
  object: Type.Optional(Type.String()),
});

export const ConnectionTestResultSchema = Type.Object({
  ok: Type.Boolean(),
  server_version: Type.Optional(Type.String()),
  databases: Type.Optional(Type.Array(Type.String(), { description: 'databases the user may connect to' })),
  warnings: Type.Optional(Type.Array(WarningSchema)),
  failure: Type.Optional(
    Type.Object({
      stage: Type.String({
        description:
          'dns, refused, timeout, tls, authentication, database, privileges, statement_timeout, connection_lost, unknown',
      }),
      host: Type.String(),
      port: Type.Integer(),
      message: Type.String(),
      hint: Type.String({ description: 'how to fix it' }),
      grants_needed: Type.Optional(
        Type.Array(Type.String(), { description: 'privileges: the GRANTs to run' }),
      ),
    }),
  ),
});
