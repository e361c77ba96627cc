import { generate } from 'otplib';
import type { ServerOptions } from '../config';
import { startServer, type RunningServer } from '../startServer';

/** A clock tests can move; it starts at the real time. */
export class TestClock {
  current = Date.now();
  readonly now = (): number => this.current;
  advance(seconds: number): void {
    this.current += seconds * 1000;
  }
}

/** One HTTP answer, parsed. */
export interface Answer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read fields by name
  headers: Headers;
}

/** A real server on 127.0.0.1 with a movable clock, and a small JSON client for it. */
export interface TestServer {
  server: RunningServer;
  clock: TestClock;
  call(method: string, path: string, body?: unknown, token?: string): Promise<Answer>;
  /** Creates an account and returns its username and password. */
  account(name?: string): Promise<{ username: string; password: string }>;
  /** Signs in with the password only and returns the answer body. */
  signIn(username: string, password: string): Promise<Answer>;
  /** The newest code the development outbox holds for a number. */
  lastCode(e164: string): Promise<string>;
  close(): Promise<void>;
}

let counter = 0;

/** Starts a server for a test file (`:memory:` unless `db` is given). */
export async function testServer(options: ServerOptions = {}): Promise<TestServer> {
  const clock = new TestClock();
  const server = await startServer({ port: 0, now: clock.now, ...options });
  const call = async (method: string, path: string, body?: unknown, token?: string): Promise<Answer> => {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    const response = await fetch(server.url + path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    const parsed: unknown = text === '' ? undefined : JSON.parse(text);
    return { status: response.status, body: parsed, headers: response.headers };
  };
  return {
    server,
    clock,
    call,
    async account(name) {
      counter += 1;
      const username = name ?? `user${counter}.${Math.random().toString(36).slice(2, 8)}`;
      const password = 'correct horse battery staple';
      const answer = await call('POST', '/api/v1/accounts', { username, password, displayName: 'Test Person' });
      if (answer.status !== 201) throw new Error(`Account creation failed: ${JSON.stringify(answer.body)}`);
      return { username, password };
    },
    signIn: (username, password) => call('POST', '/api/v1/sign-in/password', { username, password }),
    async lastCode(e164) {
      const answer = await call('GET', `/api/v1/dev/outbox?to=${encodeURIComponent(e164)}`);
      const code = (answer.body as { code: string }[])[0]?.code;
      if (code === undefined) throw new Error(`No code in the outbox for ${e164}.`);
      return code;
    },
    close: () => server.close(),
  };
}

/** The TOTP code for `secret` at the clock's time, shifted by `steps` periods. */
export function totpAt(secret: string, clock: TestClock, steps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(clock.current / 1000) + steps * 30 });
}

/**
 * An account with a verified authenticator and a confirmed recovery code (compliant),
 * and a full session. Returns the pieces tests need.
 */
export async function compliantAccount(t: TestServer): Promise<{
  username: string;
  password: string;
  token: string;
  secret: string;
  factorId: string;
  recoveryCode: string;
}> {
  const { username, password } = await t.account();
  const enroll = await t.signIn(username, password);
  const token = (enroll.body as { session: { token: string } }).session.token;
  const added = await t.call('POST', '/api/v1/me/factors/totp', {}, token);
  const { secret, factorId } = added.body as { secret: string; factorId: string };
  const verified = await t.call(
    'POST',
    `/api/v1/me/factors/${factorId}/verify`,
    { code: await totpAt(secret, t.clock) },
    token,
  );
  if (verified.status !== 200) throw new Error(`TOTP verification failed: ${JSON.stringify(verified.body)}`);
  const issued = await t.call('POST', '/api/v1/me/recovery-code', undefined, token);
  const recoveryCode = (issued.body as { code: string }).code;
  await t.call('POST', '/api/v1/me/recovery-code/confirm', { lastDigits: recoveryCode.slice(-4) }, token);
  // Move two steps on, so that the step before "now" is later than the one used to verify.
  t.clock.advance(60);
  return { username, password, token, secret, factorId, recoveryCode };
}

/**
 * A new full session for an account with an authenticator: password, then the
 * authenticator's current code. Unlike the session `compliantAccount` returns, this one
 * added no method itself, so any of the account's methods can step it up.
 */
export async function signInWithTotp(
  t: TestServer,
  account: { username: string; password: string; secret: string },
): Promise<string> {
  const start = await t.signIn(account.username, account.password);
  const transaction = (start.body as { transaction: string }).transaction;
  const answer = await t.call('POST', '/api/v1/sign-in/totp', {
    transaction,
    code: await totpAt(account.secret, t.clock),
  });
  if (answer.status !== 200) throw new Error(`TOTP sign-in failed: ${JSON.stringify(answer.body)}`);
  // The next code is a step later, so that it is not a replay of this one.
  t.clock.advance(30);
  return (answer.body as { session: { token: string } }).session.token;
}
