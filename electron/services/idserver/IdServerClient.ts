import type { z } from 'zod';
import { DeskIdError } from '../../contract';
import { routes, type ReplyOf, type RouteName } from '../../../protocol';
import { parseServerUrl } from './parseServerUrl';
import { isRedirect, noRedirects, redirectRefused } from './refuseRedirects';
import { toDeskIdError } from './toDeskIdError';

type Spec<N extends RouteName> = (typeof routes)[N];
type InputOf<N extends RouteName, K extends 'body' | 'params' | 'query'> =
  Spec<N> extends Record<K, infer S extends z.ZodType> ? z.input<S> : never;

/** What one call takes: the session token where the route needs one, and its inputs. */
export type CallInput<N extends RouteName> = (Spec<N>['auth'] extends 'none' ? { token?: never } : { token: string }) &
  ([InputOf<N, 'body'>] extends [never] ? { body?: never } : { body: InputOf<N, 'body'> }) &
  ([InputOf<N, 'params'>] extends [never] ? { params?: never } : { params: InputOf<N, 'params'> }) &
  ([InputOf<N, 'query'>] extends [never] ? { query?: never } : { query: InputOf<N, 'query'> });

/** One typed function per protocol operation, named as in `protocol/routes`; the input may be left out when nothing in it is required. */
export type IdServerClient = {
  [N in RouteName]: (
    ...input: object extends CallInput<N> ? [input?: CallInput<N>] : [input: CallInput<N>]
  ) => Promise<ReplyOf<N>>;
};

/** How to reach the ID server. */
export interface IdServerClientOptions {
  /** The server's base URL: `https://…`, or `http://` on loopback only (see `parseServerUrl`). */
  baseUrl: string;
  /** Give up on a request after this long (default 15 s): `server_unreachable`. */
  timeoutMs?: number;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
}

/**
 * A path parameter as one path segment. Empty, `.` and `..` are refused (`invalid_request`)
 * rather than encoded: they would still be dot segments, which fetch resolves, so the
 * request (and its bearer token) would go to another route. Every parameter is a factor id.
 */
function segmentOf(value: string | undefined): string {
  if (value === undefined || value === '' || value === '.' || value === '..') {
    throw new DeskIdError(
      'invalid_request',
      'The factor id is not valid (it is empty, "." or ".."), so nothing was sent to the ID server. Reload your sign-in methods and try again.',
    );
  }
  return encodeURIComponent(value);
}

function pathOf(
  template: string,
  params: Record<string, string> | undefined,
  query: Record<string, string> | undefined,
): string {
  const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => segmentOf(params?.[name]));
  const search = new URLSearchParams(
    Object.entries(query ?? {}).map(([key, value]): [string, string] => [key, value]),
  ).toString();
  return search === '' ? path : `${path}?${search}`;
}

/**
 * The desktop app's client for the ID server, generated from the protocol's route
 * table: every answer is validated against its schema, and every failure becomes a
 * `DeskIdError` — the protocol's own code for an error answer, `server_unreachable`
 * when the server cannot be reached, `server_protocol_error` for an answer that breaks
 * the contract. Error messages from the server are stripped of control characters
 * (`toDeskIdError`). A base URL that is not https (or http on loopback), or a factor id
 * that is empty, `.` or `..`, is refused here, before any request, with `invalid_request`;
 * a redirect is never followed (it could re-send a password to a plain-http address
 * elsewhere) but refused as `server_protocol_error` (`refuseRedirects`).
 */
export function createIdServerClient(options: IdServerClientOptions): IdServerClient {
  const base = parseServerUrl(options.baseUrl);
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function call(
    name: RouteName,
    input: { token?: string; body?: unknown; params?: Record<string, string>; query?: Record<string, string> },
  ): Promise<unknown> {
    const spec: Spec<RouteName> = routes[name];
    // Outside the try below, whose failures are all server_unreachable.
    const url = base + pathOf(spec.path, input.params, input.query);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (input.body !== undefined) headers['content-type'] = 'application/json';
    if (input.token !== undefined) headers.authorization = `Bearer ${input.token}`;
    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, {
        method: spec.method,
        headers,
        signal: AbortSignal.timeout(timeoutMs),
        ...noRedirects,
        ...(input.body === undefined ? {} : { body: JSON.stringify(input.body) }),
      });
      text = await response.text();
    } catch {
      throw new DeskIdError(
        'server_unreachable',
        'The ID server cannot be reached. Check the network connection and the server address, then try again.',
        {
          server: base,
        },
      );
    }
    if (isRedirect(response.status)) throw redirectRefused(response.status);
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      throw new DeskIdError(
        'server_protocol_error',
        `The ID server answered ${response.status} with something that is not JSON.`,
        { status: response.status },
      );
    }
    if (response.status !== spec.status) {
      if (response.status < 400) {
        throw new DeskIdError(
          'server_protocol_error',
          `The ID server answered ${response.status} where ${spec.status} was expected.`,
          { status: response.status },
        );
      }
      throw toDeskIdError(response.status, body);
    }
    if (spec.status === 204) return undefined;
    const parsed = spec.reply.safeParse(body);
    if (!parsed.success) {
      throw new DeskIdError('server_protocol_error', `The ID server's answer to ${name} does not match the protocol.`, {
        issue: parsed.error.issues[0]?.path.join('.') ?? '',
      });
    }
    return parsed.data;
  }

  const client: Record<string, unknown> = {};
  for (const name of Object.keys(routes) as RouteName[]) {
    client[name] = (input: Parameters<typeof call>[1] = {}) => call(name, input);
  }
  return client as IdServerClient;
}
