import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRawRequest } from '../../test/fixtures/browserHost';
import { maxBodyBytesOf } from '../contract/calls';
import { startBrowserHost, type BrowserHost } from './startBrowserHost';

// Per-call body limits over real HTTP: a body is read up to the called name's limit only.
const secret = 'S'.repeat(43);
const reached: unknown[] = [];
let host: BrowserHost;
let rendererDir: string;

beforeAll(async () => {
  rendererDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-renderer-'));
  host = await startBrowserHost({
    rendererDir,
    secret,
    dispatch: (name) => {
      reached.push(name);
      return Promise.resolve({ ok: true, value: {} });
    },
  });
});

afterAll(async () => {
  await host.close();
  await rm(rendererDir, { recursive: true, force: true });
});

/** A bridge call from the page with a JSON body of about `bytes` bytes. */
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
    expect(reached).toContain('adding.fromImage');
  });

  it('refuses 65 KiB for app.info with 413, naming the limit, before the dispatcher', async () => {
    reached.length = 0;
    const answer = await callWithBody('app.info', 65 * 1024);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: false,
      error: { code: 'payload_too_large', message: 'The request is larger than 64 KiB.' },
    });
    expect(reached).toEqual([]);
  });

  it('refuses a body over the image call limit by its announced length, before reading it', async () => {
    reached.length = 0;
    expect(await announce('adding.fromImage', maxBodyBytesOf('adding.fromImage') + 1)).toBe(413);
    expect(reached).toEqual([]);
  });

  it('gives every call a limit no larger than its file needs', () => {
    expect(maxBodyBytesOf('app.info')).toBe(64 * 1024);
    expect(maxBodyBytesOf('codes.copy')).toBe(64 * 1024);
    expect(maxBodyBytesOf('importing.preview')).toBeLessThan(maxBodyBytesOf('adding.fromImage'));
    expect(maxBodyBytesOf('exporting.restore')).toBe(maxBodyBytesOf('importing.preview'));
  });
});
