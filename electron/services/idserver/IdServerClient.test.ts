import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskIdError, protocolErrorCodes } from '../../contract';
import { errorCodes } from '../../../protocol';
import { createIdServerClient, type IdServerClient } from './IdServerClient';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let child: ChildProcess;
let client: IdServerClient;
let baseUrl: string;

/** The real mock server, started as `npm run server` would, on a free port. */
beforeAll(async () => {
  child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli.ts', '--port', '0', '--seed', 'demo', '--log-level', 'warn'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const stdout = child.stdout;
  if (stdout === null) throw new Error('no stdout');
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: stdout }).on('line', (text) => {
      if (text.startsWith('DeskID mock ID server ready at ')) resolve(text);
    });
    child.once('exit', (code) => reject(new Error(`The server exited (${String(code)}).`)));
  });
  baseUrl = /ready at (\S+)/.exec(line)?.[1] ?? '';
  client = createIdServerClient({ baseUrl });
});

afterAll(async () => {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DeskIdError);
    return (error as DeskIdError).code;
  }
  return 'no error';
}

describe('the ID server client', () => {
  it('knows every protocol error code as a DeskID error code', () => {
    expect([...errorCodes].sort()).toEqual([...protocolErrorCodes].sort());
  });

  it('calls typed operations and validates the answers', async () => {
    const info = await client.serverInfo();
    expect(info.policy.enforced).toBe(true);
    const username = `client.${Date.now().toString(36)}`;
    const created = await client.createAccount({
      body: { username, password: 'a client test password', displayName: 'Client Test' },
    });
    expect(created.username).toBe(username);
    const signIn = await client.signInPassword({ body: { username, password: 'a client test password' } });
    if (signIn.status !== 'enrollment_required') throw new Error(`unexpected ${signIn.status}`);
    const me = await client.me({ token: signIn.session.token });
    expect(me).toMatchObject({ username, session: { scope: 'enroll' }, compliance: { compliant: false } });
    const totp = await client.addTotp({ token: signIn.session.token, body: {} });
    expect(totp.otpauthUri).toContain(username);
    await expect(client.signOut({ token: signIn.session.token })).resolves.toBeUndefined();
  });

  it('turns error answers into DeskIdErrors with the protocol code, message and details', async () => {
    const wrong = await client
      .signInPassword({ body: { username: 'demo.totp', password: 'not the demo password' } })
      .catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(DeskIdError);
    expect((wrong as DeskIdError).code).toBe('invalid_credentials');
    expect((wrong as DeskIdError).message).toContain('username or password');
    expect(await codeOf(client.me({ token: 'x'.repeat(43) }))).toBe('unauthorized');
    expect(
      await codeOf(
        client.createAccount({ body: { username: 'a', password: 'a client test password', displayName: 'A' } }),
      ),
    ).toBe('invalid_username');
    const start = await client.signInPassword({ body: { username: 'demo.totp', password: 'DeskID-demo-password' } });
    if (start.status !== 'mfa_required') throw new Error(`unexpected ${start.status}`);
    const bad = await client
      .signInTotp({ body: { transaction: start.transaction, code: '000000' } })
      .catch((error: unknown) => error);
    expect((bad as DeskIdError).code).toBe('invalid_code');
    expect((bad as DeskIdError).details).toEqual({ attemptsLeft: 4 });
    expect(await codeOf(client.deleteFactor({ token: 'y'.repeat(43), params: { id: 'fac_x' } }))).toBe('unauthorized');
  });

  it('refuses a factor id that is empty, "." or "..", before any request, so the token goes to no other route', async () => {
    let requests = 0;
    const spy = createIdServerClient({
      baseUrl,
      fetch: () => {
        requests++;
        return Promise.reject(new Error('no request was expected'));
      },
    });
    const token = 'y'.repeat(43);
    for (const id of ['', '.', '..']) {
      for (const sent of [
        spy.deleteFactor({ token, params: { id } }),
        spy.verifyFactor({ token, params: { id }, body: { code: '123456' } }),
        spy.resendCode({ token, params: { id }, body: { channel: 'sms' } }),
        spy.renameFactor({ token, params: { id }, body: { label: 'x' } }),
      ]) {
        const error = await sent.catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(DeskIdError);
        expect(error).toMatchObject({ code: 'invalid_request', message: /factor id is not valid/ });
      }
    }
    expect(requests).toBe(0);
    // An id with dots inside is an id like any other, sent as one segment.
    expect(await codeOf(client.deleteFactor({ token, params: { id: '..fac' } }))).toBe('unauthorized');
  });

  it('reports an unreachable server as server_unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const offline = createIdServerClient({ baseUrl: `http://127.0.0.1:${port}` });
    expect(await codeOf(offline.serverInfo({}))).toBe('server_unreachable');
  });

  it('reports an answer that breaks the contract as server_protocol_error', async () => {
    const answers = [
      { status: 200, body: '{"name": 1}' },
      { status: 500, body: '<html>oops</html>' },
      { status: 418, body: '{"error": {"code": "teapot", "message": "no"}}' },
    ];
    let next = 0;
    const impostor: Server = createServer((_request, response) => {
      const answer = answers[next++] ?? { status: 200, body: '{}' };
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
    await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve));
    try {
      const wrong = createIdServerClient({ baseUrl: `http://127.0.0.1:${(impostor.address() as AddressInfo).port}` });
      for (const answer of answers)
        expect([answer.status, await codeOf(wrong.serverInfo({}))]).toEqual([answer.status, 'server_protocol_error']);
    } finally {
      await new Promise((resolve) => impostor.close(resolve));
    }
  });

  it('never follows a redirect, so a password is never re-sent to another address (review of issue 9, finding 3)', async () => {
    // The configured (loopback) server answers 307 to a plain-http address elsewhere: a
    // redirect keeps the method and the body, password included.
    const received: string[] = [];
    const elsewhere = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push(`${request.method ?? ''} ${request.url ?? ''} ${body}`);
        response
          .writeHead(401, { 'content-type': 'application/json' })
          .end('{"error":{"code":"invalid_credentials","message":"no"}}');
      });
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const redirecting = createServer((request, response) => {
      request.resume();
      const port = (elsewhere.address() as AddressInfo).port;
      response.writeHead(307, { location: `http://localhost:${port}${request.url ?? '/'}` }).end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    try {
      const redirected = createIdServerClient({
        baseUrl: `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}`,
      });
      const password = 'correct horse battery staple';
      let failure: unknown;
      try {
        await redirected.signInPassword({ body: { username: 'dana', password } });
      } catch (error) {
        failure = error;
      }
      expect(received).toEqual([]);
      expect(failure).toBeInstanceOf(DeskIdError);
      expect((failure as DeskIdError).code).toBe('server_protocol_error');
      expect((failure as DeskIdError).message).toContain('redirect');
      expect((failure as DeskIdError).message).not.toContain('localhost');
    } finally {
      await new Promise((resolve) => redirecting.close(resolve));
      await new Promise((resolve) => elsewhere.close(resolve));
    }
  });
});
