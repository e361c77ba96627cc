import type { z } from 'zod';
import { errorReplySchema, errorStatus, routes, type ApiErrorCode, type RouteSpec } from '../../protocol';
import { jsonSchema, type JsonSchema } from './jsonSchema';

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (schema === undefined) return [];
  const json = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

function errorResponses(codes: readonly ApiErrorCode[]): Record<string, JsonSchema> {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of [...codes, 'internal' as const]) {
    const status = errorStatus[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      {
        description: `Error: ${[...new Set(list)].join(', ')}`,
        ...(status === 423 || status === 429 ? { headers: { 'Retry-After': { schema: { type: 'integer' } } } } : {}),
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    ]),
  );
}

function operation(name: string, spec: RouteSpec): JsonSchema {
  const success =
    spec.status === 204 || spec.status === 400
      ? { description: spec.status === 204 ? 'No content' : 'Always refused' }
      : { description: spec.summary, content: { 'application/json': { schema: jsonSchema(spec.reply, 'output') } } };
  return {
    operationId: name,
    summary: spec.summary,
    ...(spec.auth === 'none' ? { security: [] } : {}),
    ...(spec.auth === 'full'
      ? { 'x-deskid-scope': 'full' }
      : spec.auth === 'session'
        ? { 'x-deskid-scope': 'enroll or full' }
        : {}),
    ...(spec.fresh === true ? { 'x-deskid-fresh': 'a full session must be fresh, else 401 step_up_required' } : {}),
    parameters: [...parameters(spec.params, 'path'), ...parameters(spec.query, 'query')],
    ...(spec.body === undefined
      ? {}
      : {
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } } },
        }),
    responses: { ...errorResponses(spec.errors), ...(spec.status === 400 ? {} : { [String(spec.status)]: success }) },
  };
}

/**
 * The OpenAPI 3.1 document of the protocol, generated from `protocol/routes` (the
 * same schemas the server validates with). Served at `/api/v1/openapi.json`.
 */
export function buildOpenApi(version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, spec] of Object.entries(routes) as [string, RouteSpec][]) {
    paths[spec.path] ??= {};
    paths[spec.path] = { ...paths[spec.path], [spec.method.toLowerCase()]: operation(name, spec) };
  }
  paths['/api/v1/openapi.json'] = {
    get: {
      operationId: 'openapi',
      summary: 'This document',
      security: [],
      responses: { '200': { description: 'OpenAPI 3.1' } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'DeskID ID server protocol',
      version,
      description:
        'The contract of shared/api.md. Choices where it is silent: a session is fresh for 10 minutes after it is created ' +
        '(sign-in proves the person then); unknown routes answer 404 invalid_request; a method disabled after 100 ' +
        'failures answers 423 factor_locked with details.disabled; a reused SMS/voice code counts as a failure.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { session: { type: 'http', scheme: 'bearer', description: 'Session token' } },
      schemas: { Error: jsonSchema(errorReplySchema, 'output') },
    },
    security: [{ session: [] }],
    paths,
  };
}
