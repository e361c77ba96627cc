import type { FastifyError, FastifyInstance } from 'fastify';
import { ApiError } from '../ApiError';

function send(error: ApiError): { status: number; body: object; retryAfter: number | undefined } {
  const body =
    error.details === undefined
      ? { error: { code: error.code, message: error.message } }
      : { error: { code: error.code, message: error.message, details: error.details } };
  return { status: error.status, body, retryAfter: error.retryAfter };
}

/** Maps framework errors (bad JSON, body too large, ...) to protocol errors. */
function toApiError(error: FastifyError): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
    return new ApiError('payload_too_large', 'The request body is larger than 64 KiB. Send less data.');
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new ApiError(
      'invalid_request',
      'The request could not be read. Send JSON with content-type: application/json.',
    );
  }
  return undefined;
}

/**
 * Every error leaves as `{"error": {"code", "message", "details"?}}`. A 500 is logged
 * with its detail and tells the client only `internal`. `Retry-After` goes with 423/429.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler<FastifyError>((error, request, reply) => {
    const known = toApiError(error);
    if (known === undefined) {
      request.log.error({ err: error }, 'request failed');
      return reply
        .code(500)
        .send({ error: { code: 'internal', message: 'Something went wrong on the server. Try again later.' } });
    }
    const { status, body, retryAfter } = send(known);
    if (retryAfter !== undefined) void reply.header('retry-after', String(retryAfter));
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.code(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    return reply.code(404).send({
      error: {
        code: 'invalid_request',
        message: `There is no ${request.method} ${request.url.split('?')[0] ?? ''} in this server's API. See /api/v1/openapi.json.`,
      },
    });
  });
}
