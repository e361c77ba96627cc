import http from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendRawRequest, type RawRequest } from '../../test/fixtures/browserHost';
import { calls as contractCalls, maxBodyBytesOf } from '../contract/calls';
import { EventHub } from './eventHub';
import { startBrowserHost, type BrowserHost } from './startBrowserHost';

const secret = 'S'.repeat(43);
const calls: unknown[] = [];
let host: BrowserHost;
let rendererDir: string;

beforeAll(async () => {
  rendererDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-renderer-'));
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>DeskID</title>');
  host = await startBrowserHost({
    rendererDir,
    secret,
    dispatch: (name) => {
      calls.push(name);
      return Promise.resolve({ ok: true, value: {} });
    },
  });
});

afterAll(async () => {
  await host.close();
  await rm(rendererDir, { recursive: true, force: true });
});

beforeEach(() => {
  calls.length = 0;
});

/** What the DeskID page itself sends on a bridge call. */
const pageCall = () => ({ origin: `http://localhost:${host.port}`, authorization: `Bearer ${secret}` });
/** What Chromium sends when the DeskID page opens its event stream: no Origin on a same-origin GET. */
const pageStream = () => ({ 'sec-fetch-site': 'same-origin', authorization: `Bearer ${secret}` });

const send = (request: RawRequest) => sendRawRequest(host.port, request);
const post = (target: string, headers: Record<string, string> = {}) =>
  send({ method: 'POST', target, headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

describe('the browser host bridge guard, over raw HTTP', () => {
  it('answers the canonical spelling from the page, with the secret', async () => {
    const answer = await post('/bridge/call/app.info', pageCall());
    expect(answer.status).toBe(200);
    expect(calls).toEqual(['app.info']);
  });

  const otherSpellings = [
    '/%62ridge/call/app.info',
    '/bridge%2Fcall/app.info',
    '/bridge/call%2Fapp.info',
    '/bridge/call/app%2Einfo',
    '/./bridge/call/app.info',
    '/x/../bridge/call/app.info',
    '/bridge/call/./app.info',
    '//bridge/call/app.info',
    '/bridge//call/app.info',
    '/bridge/call/app.info#x',
    'http://localhost:PORT/bridge/call/app.info',
    'http://127.0.0.1:PORT/bridge/call/app.info',
    '*',
  ];

  it.each(otherSpellings)('refuses POST %s with 400, with or without the secret', async (spelling) => {
    const target = spelling.replace('PORT', String(host.port));
    for (const headers of [{}, pageCall()]) {
      const answer = await post(target, headers);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    expect(calls).toEqual([]);
  });

  it.each([
    '/%62ridge/events',
    '/bridge%2Fevents',
    '/./bridge/events',
    '//bridge/events',
    '/bridge//events',
    'http://localhost:PORT/bridge/events',
  ])('refuses GET %s with 400 and opens no stream', async (spelling) => {
    const target = spelling.replace('PORT', String(host.port));
    for (const headers of [{}, pageStream(), pageCall()]) {
      const answer = await send({ method: 'GET', target, headers });
      expect(answer.status).toBe(400);
      expect(answer.contentType).not.toContain('event-stream');
    }
  });

  it('routes other letter cases to no bridge route (the router is case-sensitive)', async () => {
    for (const target of ['/BRIDGE/call/app.info', '/Bridge/call/app.info', '/bridge/CALL/app.info']) {
      const answer = await post(target, pageCall());
      expect(answer.status).toBe(404);
    }
    for (const target of ['/Bridge/events', '/bridge/EVENTS']) {
      const answer = await send({ method: 'GET', target, headers: pageStream() });
      expect(answer.status).toBe(404);
      expect(answer.contentType).not.toContain('event-stream');
    }
    expect(calls).toEqual([]);
  });

  it('guards every route under /bridge/, also ones that do not exist', async () => {
    for (const request of [
      { method: 'POST', target: '/bridge/nothing' },
      { method: 'POST', target: '/bridge/call/app.info/' },
      { method: 'GET', target: '/bridge/call/app.info' },
      { method: 'PUT', target: '/bridge/events' },
      { method: 'DELETE', target: '/bridge/' },
      { method: 'GET', target: '/bridge/events/' },
      { method: 'OPTIONS', target: '/bridge/call/app.info' },
    ]) {
      expect((await send(request)).status, `${request.method} ${request.target}`).toBe(403);
      const known = await send({ ...request, headers: pageCall() });
      expect(known.status, `${request.method} ${request.target}`).toBe(404);
      expect(JSON.parse(known.body)).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    }
    expect(calls).toEqual([]);
  });

  it('has no HEAD twin of the event stream that could hold a connection open', async () => {
    expect((await send({ method: 'HEAD', target: '/bridge/events' })).status).toBe(403);
    const answer = await send({ method: 'HEAD', target: '/bridge/events', headers: pageStream() });
    expect(answer.status).toBe(404);
    expect(answer.contentType).not.toContain('event-stream');
  });

  it('accepts a query string on the canonical spelling', async () => {
    expect((await post('/bridge/call/app.info?x=1', pageCall())).status).toBe(200);
    expect((await post('/bridge/call/app.info?x=1')).status).toBe(403);
    expect(calls).toEqual(['app.info']);
  });

  it("opens the page's own event stream (the secret and Sec-Fetch-Site: same-origin) and delivers events", async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const request = http.get(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/bridge/events',
          headers: { host: `localhost:${host.port}`, ...pageStream() },
        },
        (response) => {
          if (response.statusCode !== 200) reject(new Error(`The stream answered ${String(response.statusCode)}.`));
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            text += chunk;
            if (text.startsWith(': connected')) host.events.publish('app.locked', { reason: 'user' });
            if (text.includes('app.locked')) {
              request.destroy();
              resolve(text);
            }
          });
        },
      );
      request.on('error', reject);
    });
    expect(received).toContain('data: {"name":"app.locked","payload":{"reason":"user"}}');
  });

  it('streams through the event hub it is given, the one the handlers emit through', async () => {
    const hub = new EventHub();
    const other = await startBrowserHost({
      rendererDir,
      secret,
      events: hub,
      dispatch: () => Promise.reject(new Error('unused')),
    });
    try {
      expect(other.events).toBe(hub);
    } finally {
      await other.close();
    }
  });

  it('refuses the event stream to other sites and to requests without the secret', async () => {
    for (const [headers, status] of [
      [{ authorization: `Bearer ${secret}` }, 403],
      [{ 'sec-fetch-site': 'cross-site', authorization: `Bearer ${secret}` }, 403],
      [{ 'sec-fetch-site': 'same-site', authorization: `Bearer ${secret}` }, 403],
      [{ origin: 'http://evil.test', 'sec-fetch-site': 'cross-site', authorization: `Bearer ${secret}` }, 403],
      [{ 'sec-fetch-site': 'same-origin' }, 401],
      [{ 'sec-fetch-site': 'same-origin', authorization: `Bearer ${secret.slice(1)}x` }, 401],
    ] as const) {
      const answer = await send({ method: 'GET', target: '/bridge/events', headers });
      expect(answer.status, JSON.stringify(headers)).toBe(status);
      expect(answer.contentType).not.toContain('event-stream');
    }
  });

  it('refuses a bridge call without Origin even from the same site', async () => {
    expect((await post('/bridge/call/app.info', pageStream())).status).toBe(403);
    expect(calls).toEqual([]);
  });
});

// Per-call body limits: a body is read up to the called name's limit only.
/** A bridge call from the page with a JSON body of `bytes` bytes of data plus {@link callBodyBytes}`(0)`. */
function callWithBody(name: string, bytes: number) {
  const body = JSON.stringify({ fileName: 'screen.png', dataBase64: 'A'.repeat(bytes) });
  return sendRawRequest(host.port, {
    method: 'POST',
    target: `/bridge/call/${name}`,
    headers: {
      'content-type': 'application/json',
      origin: `http://localhost:${host.port}`,
      authorization: `Bearer ${secret}`,
    },
    body,
  });
}

/** The size of {@link callWithBody}'s body for `bytes` bytes of data. */
function callBodyBytes(bytes: number): number {
  return JSON.stringify({ fileName: 'screen.png', dataBase64: 'A'.repeat(bytes) }).length;
}

/** Sends only the headers of a call announcing `length` bytes; answers the status. */
function announce(name: string, length: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: '127.0.0.1',
      port: host.port,
      method: 'POST',
      path: `/bridge/call/${name}`,
      headers: {
        host: `localhost:${host.port}`,
        'content-type': 'application/json',
        'content-length': String(length),
        origin: `http://localhost:${host.port}`,
        authorization: `Bearer ${secret}`,
      },
    });
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode);
      request.destroy();
    });
    request.on('error', reject);
    request.flushHeaders();
  });
}

describe('per-call body limits in the browser host', () => {
  it('reads a 2 MiB image for the image call', async () => {
    const answer = await callWithBody('adding.fromImage', 2 * 1024 * 1024);
    expect(answer.status).toBe(200);
    expect(calls).toEqual(['adding.fromImage']);
  });

  it('refuses 2 KiB for app.info (limit 1 KiB) with 413, naming the limit, before the dispatcher', async () => {
    const answer = await callWithBody('app.info', 2 * 1024);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: false,
      error: { code: 'payload_too_large', message: 'The request is larger than 1 KiB.' },
    });
    expect(calls).toEqual([]);
  });

  it('reads each call up to its own limit, and refuses one byte more', async () => {
    for (const name of ['app.info', 'codes.copy', 'signIn.password', 'adding.fromUri', 'signIn.passkey'] as const) {
      const limit = maxBodyBytesOf(name);
      const overhead = callBodyBytes(0);
      expect((await callWithBody(name, limit - overhead)).status, `${name} at ${limit}`).toBe(200);
      expect((await callWithBody(name, limit - overhead + 1)).status, `${name} at ${limit + 1}`).toBe(413);
    }
  });

  it('refuses a body over the image call limit by its announced length, before reading it', async () => {
    expect(await announce('adding.fromImage', maxBodyBytesOf('adding.fromImage') + 1)).toBe(413);
    expect(calls).toEqual([]);
  });

  it('guards the route of every call: without the secret, none reaches the dispatcher', async () => {
    calls.length = 0;
    for (const name of Object.keys(contractCalls)) {
      const answer = await send({
        method: 'POST',
        target: `/bridge/call/${name}`,
        headers: { 'content-type': 'application/json', origin: `http://localhost:${host.port}` },
        body: '{}',
      });
      expect(answer.status, name).toBe(401);
    }
    expect(calls).toEqual([]);
  });

  it('gives every call a limit no larger than its input needs (contract/calls/bodyLimits.test.ts checks each)', () => {
    expect(maxBodyBytesOf('app.info')).toBe(1024);
    expect(maxBodyBytesOf('codes.copy')).toBe(1024);
    expect(maxBodyBytesOf('importing.preview')).toBe(maxBodyBytesOf('adding.fromImage'));
    expect(maxBodyBytesOf('exporting.restore')).toBeLessThan(maxBodyBytesOf('importing.preview'));
  });
});
