import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { routes, type ReplyOf, type RouteName } from '../../protocol';
import { ApiError } from '../ApiError';
import { invalidRequest } from './invalidRequest';
import { malformedBody, unsupportedBody } from './jsonBody';

type Field<N extends RouteName, K extends 'body' | 'query' | 'params'> =
  (typeof routes)[N] extends Record<K, infer S extends z.ZodType> ? z.output<S> : undefined;

/** What a handler receives: the validated inputs and the raw request. */
export interface RouteInput<N extends RouteName> {
  body: Field<N, 'body'>;
  query: Field<N, 'query'>;
  params: Field<N, 'params'>;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** Per-route options beyond the protocol table. */
export interface RouteOptions {
  /** Requests per minute per client address (@fastify/rate-limit). */
  perMinute?: number;
  /** Skip body validation (the email route answers before looking at its body). */
  ignoreBody?: boolean;
}

function parse(schema: z.ZodType | undefined, value: unknown, where: 'body' | 'query' | 'path'): unknown {
  if (value === malformedBody) {
    throw new ApiError('invalid_request', 'The request body is not valid JSON. Check quotes, commas and brackets.');
  }
  if (value === unsupportedBody) {
    throw new ApiError('invalid_request', 'Send the request body as JSON, with content-type: application/json.');
  }
  if (schema === undefined) {
    const empty =
      value === undefined || value === null || (typeof value === 'object' && Object.keys(value).length === 0);
    if (!empty) throw new ApiError('invalid_request', `This request takes no ${where}; remove it.`);
    return undefined;
  }
  const result = schema.safeParse(value ?? (where === 'body' ? {} : value));
  if (!result.success) throw invalidRequest(result.error, where);
  return result.data;
}

/**
 * Registers one operation of the protocol table: the address and inputs come from
 * `protocol/routes`, inputs are validated before the handler runs, and the answer is
 * validated (unknown fields stripped) against the reply schema before it is sent.
 */
export function defineRoute<N extends RouteName>(
  app: FastifyInstance,
  name: N,
  handler: (input: RouteInput<N>) => ReplyOf<N> | Promise<ReplyOf<N>>,
  options: RouteOptions = {},
): void {
  const spec = routes[name];
  const s = spec as { body?: z.ZodType; query?: z.ZodType; params?: z.ZodType; reply: z.ZodType };
  app.route({
    method: spec.method,
    url: spec.path.replace(/\{(\w+)\}/g, ':$1'),
    ...(options.perMinute === undefined
      ? {}
      : { config: { rateLimit: { max: options.perMinute, timeWindow: 60_000 } } }),
    handler: async (request, reply) => {
      const input = {
        body: options.ignoreBody === true ? undefined : parse(s.body, request.body, 'body'),
        query: parse(
          s.query,
          Object.keys(request.query ?? {}).length === 0 && s.query === undefined ? undefined : request.query,
          'query',
        ),
        params: parse(s.params, s.params === undefined ? undefined : request.params, 'path'),
        request,
        reply,
      } as RouteInput<N>;
      const result = await handler(input);
      if (spec.status === 204) return reply.code(204).send();
      return reply.code(spec.status).send(s.reply.parse(result));
    },
  });
}
