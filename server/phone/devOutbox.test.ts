/* eslint-disable @typescript-eslint/no-unsafe-member-access --
   HTTP answers are read field by field here; the server validates every reply against its schema. */
import { describe, expect, it } from 'vitest';
import { startServer } from '../startServer';
import type { CodeMessage, CodeSender } from './CodeSender';

/** A stand-in for an SMS/voice provider: keeps what it was asked to send. */
class RecordingSender implements CodeSender {
  readonly sent: CodeMessage[] = [];
  send(message: CodeMessage): Promise<void> {
    this.sent.push(message);
    return Promise.resolve();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read fields by name
async function get(url: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as unknown };
}

/** Creates an account, signs it in and asks for an SMS code to a new number. */
async function sendCode(base: string, number: string): Promise<number> {
  const post = (path: string, body: unknown, token?: string): Promise<Response> =>
    fetch(base + path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify(body),
    });
  const credentials = {
    username: `outbox.${Math.random().toString(36).slice(2, 8)}`,
    password: 'correct horse battery staple',
  };
  expect((await post('/api/v1/accounts', { ...credentials, displayName: 'Test' })).status).toBe(201);
  const signIn = (await (await post('/api/v1/sign-in/password', credentials)).json()) as { session: { token: string } };
  return (await post('/api/v1/me/factors/phone', { number, channel: 'sms' }, signIn.session.token)).status;
}

describe('the development outbox', () => {
  it('is on by default on loopback, and server-info offers phone codes', async () => {
    const server = await startServer({ port: 0 });
    try {
      expect(await sendCode(server.url, '+1 201 555 0150')).toBe(202);
      const outbox = await get(`${server.url}/api/v1/dev/outbox?to=%2B12015550150`);
      expect(outbox.status).toBe(200);
      expect(outbox.body).toHaveLength(1);
      const info = await get(`${server.url}/api/v1/server-info`);
      expect(info.body.policy.methods).toEqual(['passkey', 'totp', 'phone']);
      expect(info.body.phone.channels).toEqual(['sms', 'voice']);
    } finally {
      await server.close();
    }
  });

  it('answers 404 on a non-loopback listen address, keeps no codes, and server-info offers no phone codes', async () => {
    const server = await startServer({ port: 0, host: '0.0.0.0' });
    const local = `http://127.0.0.1:${server.port}`;
    try {
      expect(await sendCode(local, '+1 201 555 0151')).toBe(202);
      const outbox = await get(`${local}/api/v1/dev/outbox?to=%2B12015550151`);
      expect(outbox.status).toBe(404);
      expect(outbox.body.error.message).toContain('development outbox is off');
      expect(server.ctx.store.outboxFor('+12015550151')).toEqual([]);
      const info = await get(`${local}/api/v1/server-info`);
      expect(info.body.policy.methods).toEqual(['passkey', 'totp']);
      expect(info.body.phone.channels).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('answers 404 when a real code sender is plugged in, which gets the codes', async () => {
    const sender = new RecordingSender();
    const server = await startServer({ port: 0, codeSender: sender });
    try {
      expect(await sendCode(server.url, '+1 201 555 0152')).toBe(202);
      expect(sender.sent).toMatchObject([{ to: '+12015550152', channel: 'sms' }]);
      expect((await get(`${server.url}/api/v1/dev/outbox?to=%2B12015550152`)).status).toBe(404);
      const info = await get(`${server.url}/api/v1/server-info`);
      expect(info.body.policy.methods).toEqual(['passkey', 'totp', 'phone']);
      expect(info.body.phone.channels).toEqual(['sms', 'voice']);
    } finally {
      await server.close();
    }
  });
});
