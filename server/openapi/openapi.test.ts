/* eslint-disable @typescript-eslint/no-unsafe-member-access --
   HTTP answers are read field by field here; the server validates every reply against its schema. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, routes } from '../../protocol';
import { testServer, type TestServer } from '../testing/testServer';
import { openApiFile, openApiText } from './writeOpenApi';

let t: TestServer;
beforeAll(async () => {
  t = await testServer();
});
afterAll(() => t.close());

const toOpenApiPath = (url: string): string => url.replace(/:(\w+)/g, '{$1}');

describe('OpenAPI document', () => {
  it('server/openapi.json is up to date (run npm run server:openapi)', () => {
    // Compared as JSON, so that Prettier may lay the file out.
    expect(JSON.parse(readFileSync(openApiFile, 'utf8'))).toEqual(JSON.parse(openApiText()));
  });

  it('is served at /api/v1/openapi.json, and lists exactly the routes the server answers', async () => {
    const served = await t.call('GET', '/api/v1/openapi.json');
    expect(served.status).toBe(200);
    expect(served.body).toEqual(JSON.parse(openApiText()));
    const documented = Object.entries(served.body.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    const answered = t.server.routes.map((route) => `${route.method} ${toOpenApiPath(route.url)}`).sort();
    expect(answered).toEqual(documented);
    expect(served.body.openapi).toBe('3.1.0');
  });

  it('names every protocol error code somewhere', () => {
    const text = openApiText();
    for (const code of errorCodes) expect([code, text.includes(code)]).toEqual([code, true]);
    expect(Object.keys(routes).length).toBeGreaterThan(20);
  });
});
