import type { FastifyInstance } from 'fastify';

/** Marks a body that was not JSON; routes that read a body refuse it. */
export const unsupportedBody = Symbol('unsupportedBody');

/** Marks a JSON body that does not parse; routes that read a body refuse it. */
export const malformedBody = Symbol('malformedBody');

/**
 * JSON bodies: an empty body is no body (so `POST` without one works). A body that does
 * not parse, or another content type, is kept as a marker, so that a route can still
 * answer before reading it (the email route) or refuse it with `400 invalid_request`.
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
      done(null, malformedBody);
    }
  });
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body.length === 0 ? undefined : unsupportedBody);
  });
}
