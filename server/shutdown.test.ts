import { describe, expect, it } from 'vitest';
import type { CodeMessage, CodeSender } from './phone/CodeSender';
import { testServer } from './testing/testServer';

/** A real sender that holds each message until the test lets it go. */
class HeldSender implements CodeSender {
  readonly arrived: Promise<CodeMessage>;
  release: () => void = () => undefined;
  #arrive: (message: CodeMessage) => void = () => undefined;

  constructor() {
    this.arrived = new Promise((resolve) => (this.#arrive = resolve));
  }

  send(message: CodeMessage): Promise<void> {
    this.#arrive(message);
    return new Promise((resolve) => (this.release = resolve));
  }
}

describe('graceful shutdown', () => {
  it('finishes a request in flight, then refuses new connections', async () => {
    const sender = new HeldSender();
    const t = await testServer({ codeSender: sender });
    const { username, password } = await t.account();
    const token = (await t.signIn(username, password)).body as { session: { token: string } };
    const inFlight = t.call(
      'POST',
      '/api/v1/me/factors/phone',
      { number: '+1 201 555 0142', channel: 'sms' },
      token.session.token,
    );
    const message = await sender.arrived;
    expect(message).toMatchObject({ to: '+12015550142', channel: 'sms' });
    const closed = t.close();
    sender.release();
    const answer = await inFlight;
    expect(answer.status).toBe(202);
    await closed;
    await expect(fetch(`${t.server.url}/healthz`)).rejects.toThrow();
  });
});
