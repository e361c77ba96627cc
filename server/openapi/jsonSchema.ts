import { z } from 'zod';

/** A JSON Schema document, as zod writes it. */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of a protocol schema, as a request carries it (`input`) or as the
 * server sends it (`output`). The OpenAPI document and Fastify's reply serializer both
 * take their schemas from here, so neither can drift from the zod schemas.
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}
