import type { FastifyInstance } from 'fastify';
import { ApiError } from '../ApiError';

/** Marks a body that was not JSON; routes that read a body refuse it. */
export const unsupportedBody = Symbol('unsupportedBody');

/**
 * JSON bodies: an empty body is no body (so `POST` without one works), anything that
 * does not parse is `400 invalid_request`. Other content types are kept as a marker so
 * that a route can still answer (the email route) or refuse with a clear message.
 */
export function registerJsonBody(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new ApiError('invalid_request', 'The request body is not valid JSON. Check quotes, commas and brackets.'), undefined);
    }
  });
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body.length === 0 ? undefined : unsupportedBody);
  });
}
