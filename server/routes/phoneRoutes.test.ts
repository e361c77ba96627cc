/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call --
   HTTP answers are read field by field here; the server validates every reply against its schema. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../protocol';
import { testServer, type TestServer } from '../testing/testServer';
import { extensionSpellings } from '../testing/extensionSpellings';

let t: TestServer;
beforeAll(async () => {
  t = await testServer({ limits: { passwordPerMinute: 1000, mfaPerMinute: 1000 } });
});
afterAll(() => t.close());

let numberSeq = 100;
/** A fresh valid US number for each test, so per-number send limits do not mix. */
function nextNumber(): string {
  numberSeq += 1;
  return `+1201555${String(numberSeq).padStart(4, '0')}`;
}

async function enrollSession(): Promise<{ token: string; username: string; password: string }> {
  const { username, password } = await t.account();
  return { token: (await t.signIn(username, password)).body.session.token as string, username, password };
}

describe('adding a phone', () => {
  it('sends a 6-digit code by SMS, verifies it, and shows the masked E.164 number', async () => {
    const { token } = await enrollSession();
    const number = nextNumber();
    const added = await t.call(
      'POST',
      '/api/v1/me/factors/phone',
      { number: number.replace('+1', '(').replace(/^(\(\d{3})/, '$1) '), channel: 'sms' },
      token,
    );
    expect(added.status).toBe(202);
    expect(added.body).toEqual({
      factorId: expect.any(String),
      e164: number,
      masked: `•••-•••-${number.slice(-4)}`,
      lineType: 'fixed_line_or_mobile',
      expiresIn: 300,
      resendAfter: 30,
    });
    const outbox = await t.call('GET', `/api/v1/dev/outbox?to=${encodeURIComponent(number)}`);
    expect(outbox.body).toEqual([
      {
        to: number,
        channel: 'sms',
        code: expect.stringMatching(/^\d{6}$/),
        text: expect.stringContaining('DeskID code'),
        sentAt: expect.any(String),
      },
    ]);
    const verified = await t.call(
      'POST',
      `/api/v1/me/factors/${added.body.factorId}/verify`,
      { code: outbox.body[0].code },
      token,
    );
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      type: 'phone',
      verified: true,
      phone: {
        e164: number,
        masked: `•••-•••-${number.slice(-4)}`,
        lineType: 'fixed_line_or_mobile',
        channels: ['sms', 'voice'],
      },
    });
    const again = await t.call('POST', '/api/v1/me/factors/phone', { number, channel: 'voice' }, token);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('phone_already_enrolled');
  });

  it('refuses extensions in every spelling over HTTP, with the contract sentence', async () => {
    const { token } = await enrollSession();
    for (const number of extensionSpellings) {
      const answer = await t.call('POST', '/api/v1/me/factors/phone', { number, channel: 'sms' }, token);
      expect([number, answer.status, answer.body.error.code]).toEqual([number, 400, 'phone_extension_not_allowed']);
      expect(answer.body.error.message).toContain('cell phone or a direct landline; extensions will not work');
    }
  });

  it('refuses invalid numbers, disallowed types, and SMS to a landline', async () => {
    const { token } = await enrollSession();
    expect(
      (await t.call('POST', '/api/v1/me/factors/phone', { number: '555 0199', channel: 'sms' }, token)).body.error.code,
    ).toBe('phone_invalid');
    expect(
      (await t.call('POST', '/api/v1/me/factors/phone', { number: '1-800-555-0199', channel: 'sms' }, token)).body.error
        .code,
    ).toBe('phone_type_not_allowed');
    expect(
      (
        await t.call(
          'POST',
          '/api/v1/me/factors/phone',
          { number: '020 7946 0018', country: 'GB', channel: 'sms' },
          token,
        )
      ).body.error,
    ).toMatchObject({
      code: 'channel_not_supported',
      details: { channels: ['voice'] },
    });
    const voice = await t.call(
      'POST',
      '/api/v1/me/factors/phone',
      { number: '020 7946 0018', country: 'GB', channel: 'voice' },
      token,
    );
    expect(voice.status).toBe(202);
    expect(voice.body).toMatchObject({ e164: '+442079460018', lineType: 'fixed_line' });
  });

  it('limits sends to one number: one each 30 s and 5 an hour (429 too_many_codes)', async () => {
    const { token } = await enrollSession();
    const number = nextNumber();
    const added = await t.call('POST', '/api/v1/me/factors/phone', { number, channel: 'sms' }, token);
    const soon = await t.call('POST', `/api/v1/me/factors/${added.body.factorId}/resend`, { channel: 'voice' }, token);
    expect(soon.status).toBe(429);
    expect(soon.body.error).toMatchObject({ code: 'too_many_codes', details: { retryAfter: 30 } });
    expect(soon.headers.get('retry-after')).toBe('30');
    for (let i = 0; i < 4; i += 1) {
      t.clock.advance(31);
      expect(
        (await t.call('POST', `/api/v1/me/factors/${added.body.factorId}/resend`, { channel: 'voice' }, token)).status,
      ).toBe(202);
    }
    t.clock.advance(31);
    const hourly = await t.call('POST', `/api/v1/me/factors/${added.body.factorId}/resend`, { channel: 'sms' }, token);
    expect(hourly.body.error.code).toBe('too_many_codes');
    expect(hourly.body.error.details.retryAfter).toBeGreaterThan(3000);
    const outbox = await t.call('GET', `/api/v1/dev/outbox?to=${encodeURIComponent(number)}`);
    expect(outbox.body.map((m: { channel: string }) => m.channel)).toEqual(['voice', 'voice', 'voice', 'voice', 'sms']);
  });

  it('code_expired after 5 minutes; a used code is invalid_code', async () => {
    const { token } = await enrollSession();
    const number = nextNumber();
    const added = await t.call('POST', '/api/v1/me/factors/phone', { number, channel: 'sms' }, token);
    const code = await t.lastCode(number);
    t.clock.advance(301);
    expect(
      (await t.call('POST', `/api/v1/me/factors/${added.body.factorId}/verify`, { code }, token)).body.error.code,
    ).toBe('code_expired');
    await t.call('POST', `/api/v1/me/factors/${added.body.factorId}/resend`, { channel: 'sms' }, token);
    const second = await t.lastCode(number);
    expect(
      (await t.call('POST', `/api/v1/me/factors/${added.body.factorId}/verify`, { code: second }, token)).status,
    ).toBe(200);
    const used = await t.call('POST', `/api/v1/me/factors/${added.body.factorId}/verify`, { code: second }, token);
    expect(used.body.error).toMatchObject({ code: 'invalid_code', details: { attemptsLeft: 4 } });
  });

  it("resend of another account's factor is factor_not_found", async () => {
    const { token } = await enrollSession();
    const other = await enrollSession();
    const added = await t.call('POST', '/api/v1/me/factors/phone', { number: nextNumber(), channel: 'sms' }, token);
    expect(
      (await t.call('POST', `/api/v1/me/factors/${added.body.factorId}/resend`, { channel: 'sms' }, other.token)).body
        .error.code,
    ).toBe('factor_not_found');
  });
});

describe('signing in with a phone', () => {
  it('sends a code by voice and signs in with it (amr tel), listing the masked phone', async () => {
    const { token, username, password } = await enrollSession();
    const number = nextNumber();
    const added = await t.call('POST', '/api/v1/me/factors/phone', { number, channel: 'sms' }, token);
    await t.call('POST', `/api/v1/me/factors/${added.body.factorId}/verify`, { code: await t.lastCode(number) }, token);
    const start = await t.signIn(username, password);
    expect(start.body).toEqual({
      status: 'mfa_required',
      transaction: expect.any(String),
      methods: ['phone'],
      phones: [{ factorId: added.body.factorId, masked: `•••-•••-${number.slice(-4)}`, channels: ['sms', 'voice'] }],
    });
    t.clock.advance(31);
    const sent = await t.call('POST', '/api/v1/sign-in/phone/send', {
      transaction: start.body.transaction,
      factorId: added.body.factorId,
      channel: 'voice',
    });
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual({ expiresIn: 300, resendAfter: 30 });
    const done = await t.call('POST', '/api/v1/sign-in/phone/verify', {
      transaction: start.body.transaction,
      factorId: added.body.factorId,
      code: await t.lastCode(number),
    });
    expect(done.body).toMatchObject({ status: 'signed_in', amr: ['pwd', 'tel'], warnings: ['recovery_code_required'] });
  });

  it('never answers 500 to random phone input (property)', async () => {
    const { token } = await enrollSession();
    const phoneish = fc.stringMatching(/^[+()\d .,;#xXe=-]{0,24}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 64 }), phoneish),
        fc.constantFrom('US', 'GB', 'ZZ'),
        async (number, country) => {
          t.clock.advance(20);
          const answer = await t.call('POST', '/api/v1/me/factors/phone', { number, country, channel: 'voice' }, token);
          if (answer.status === 202) {
            expect(answer.body.e164).toMatch(/^\+[1-9]\d{6,14}$/);
          } else {
            expect([400, 409, 429]).toContain(answer.status);
            expect(errorCodes).toContain(answer.body.error.code);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
