import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { routes, type ReplyOf, type RouteName } from '../../protocol';
import { ApiError } from '../ApiError';
import type { AppContext } from '../AppContext';
import { authorize, type Authed } from '../auth/authenticate';
import type { SessionView, Store } from '../store/Store';
import { jsonSchema } from '../openapi/jsonSchema';
import { compileReplyCheck } from './replyCheck';
import { invalidRequest } from './invalidRequest';
import { malformedBody, unsupportedBody } from './jsonBody';

/** The routes anyone may call (`auth: 'none'`). */
export type PublicRouteName = { [N in RouteName]: (typeof routes)[N]['auth'] extends 'none' ? N : never }[RouteName];
/** The routes that need a session (`auth: 'session'` or `'full'`). */
export type SessionRouteName = Exclude<RouteName, PublicRouteName>;

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
  /** Routes with the same group share one per-address count (e.g. every MFA sign-in step). */
  limitGroup?: string;
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

type Handler<N extends RouteName, I> = (input: I) => ReplyOf<N> | Promise<ReplyOf<N>>;

/**
 * Registers one public operation of the protocol table (`auth: 'none'`): the address and
 * inputs come from `protocol/routes`, inputs are validated before the handler runs, and
 * the answer is checked against the reply schema (see replyCheck.ts) before it is sent.
 * A route that needs a session is refused here (`TypeError`): it goes through
 * `defineSessionRoute`, so that none can skip its table's `auth`.
 */
export function defineRoute<N extends PublicRouteName>(
  app: FastifyInstance,
  name: N,
  handler: Handler<N, RouteInput<N>>,
  options: RouteOptions = {},
): void {
  if ((routes[name].auth as string) !== 'none') {
    throw new TypeError(`The ${name} route needs a session (auth "${routes[name].auth}"): use defineSessionRoute.`);
  }
  serve(app, name, () => undefined, handler, options);
}

/** Options of a session route: how its session is read (default: the session and its account). */
export interface SessionRouteOptions<V extends SessionView> extends RouteOptions {
  read?: (store: Store, tokenHash: string) => V | undefined;
}

/**
 * Registers one operation that needs a session, enforcing the table's `auth` and `fresh`
 * before anything else runs (before the body is read): no token or an ended session
 * `401 unauthorized`, an `enroll` session on a `full` route `403 forbidden_scope`, a stale
 * `full` session on a `fresh` route `401 step_up_required`. The handler gets the session
 * as `auth`.
 */
export function defineSessionRoute<N extends SessionRouteName, V extends SessionView = SessionView>(
  app: FastifyInstance,
  ctx: AppContext,
  name: N,
  handler: Handler<N, RouteInput<N> & { auth: Authed<V> }>,
  options: SessionRouteOptions<V> = {},
): void {
  const spec = routes[name] as { auth: 'session' | 'full'; fresh?: true };
  const read =
    options.read ?? ((store: Store, tokenHash: string) => store.sessionWithAccount(tokenHash) as V | undefined);
  serve(
    app,
    name,
    (request) => authorize(ctx, request, spec, read),
    (input, auth) => handler({ ...input, auth }),
    options,
  );
}

/** Registers a route: `guard` runs first (the session check), then inputs are parsed. */
function serve<N extends RouteName, A>(
  app: FastifyInstance,
  name: N,
  guard: (request: FastifyRequest) => A,
  handler: (input: RouteInput<N>, guarded: A) => ReplyOf<N> | Promise<ReplyOf<N>>,
  options: RouteOptions,
): void {
  const spec = routes[name];
  const s = spec as { body?: z.ZodType; query?: z.ZodType; params?: z.ZodType; reply: z.ZodType };
  const replySchema = spec.status === 204 || spec.status === 400 ? undefined : jsonSchema(s.reply, 'output');
  const checkReply = replySchema === undefined ? undefined : compileReplyCheck(name, replySchema);
  const send = (reply: FastifyReply, result: ReplyOf<N>): void => {
    if (spec.status === 204) {
      void reply.code(204).send();
      return;
    }
    // Only the always-refused email route has no reply schema, and its handler never returns.
    if (checkReply === undefined) throw new Error(`The ${name} route has no reply to send.`);
    checkReply(result);
    void reply.code(spec.status).send(result);
  };
  app.route({
    method: spec.method,
    url: spec.path.replace(/\{(\w+)\}/g, ':$1'),
    // The reply's JSON Schema also lets Fastify compile a serializer for it
    // (fast-json-stringify), which writes only the schema's fields.
    ...(replySchema === undefined ? {} : { schema: { response: { [spec.status]: replySchema } } }),
    ...(options.perMinute === undefined
      ? {}
      : {
          config: {
            rateLimit: {
              max: options.perMinute,
              timeWindow: 60_000,
              ...(options.limitGroup === undefined ? {} : { groupId: options.limitGroup }),
            },
          },
        }),
    handler: (request, reply) => {
      const guarded = guard(request);
      const input = {
        body: options.ignoreBody === true ? undefined : parse(s.body, request.body, 'body'),
        query: parse(s.query, request.query, 'query'),
        params: s.params === undefined ? undefined : parse(s.params, request.params, 'path'),
        request,
        reply,
      } as RouteInput<N>;
      const result = handler(input, guarded);
      // Most handlers answer synchronously (reads and writes to the embedded store); only
      // those that hash or verify wait, and only they pay for the extra promise. A sync
      // handler's error is thrown here, and Fastify sends it through the error handler.
      if (!(result instanceof Promise)) {
        send(reply, result);
        return undefined;
      }
      return result.then((value) => {
        send(reply, value);
      });
    },
  });
}
