import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify';

/**
 * Schema compilers that compile on a route's first request instead of at start. Compiling the validators (Ajv)
 * and response serializers (fast-json-stringify) of every route was most of `sextant serve`'s start-up CPU
 * (about 60% of a profile of the start); a route that is never called now never pays, and one that is pays once.
 */
export function lazyValidatorCompiler(
  compile: FastifySchemaCompiler<unknown>,
): FastifySchemaCompiler<unknown> {
  return (route) => {
    let validate: ReturnType<FastifySchemaCompiler<unknown>> | undefined;
    const lazy = ((data: unknown) => {
      validate ??= compile(route);
      const result = (validate as (data: unknown) => unknown)(data);
      // Fastify reads the errors of a failed validation from the function it was given.
      (lazy as { errors?: unknown }).errors = (validate as { errors?: unknown }).errors;
      return result;
    }) as ReturnType<FastifySchemaCompiler<unknown>>;
    return lazy;
  };
}

type SerializerFactory = (externalSchemas: unknown, options: unknown) => FastifySerializerCompiler<unknown>;

/** Fastify's default serializer compiler factory (fast-json-stringify), building each serializer on first use. */
export function lazySerializerFactory(): SerializerFactory {
  const factory = (SerializerSelector as unknown as () => SerializerFactory)();
  return (externalSchemas, options) => {
    const compile = factory(externalSchemas, options);
    return (route) => {
      let serialize: ((data: unknown) => string) | undefined;
      return (data: unknown) => {
        serialize ??= compile(route) as (data: unknown) => string;
        return serialize(data);
      };
    };
  };
}
