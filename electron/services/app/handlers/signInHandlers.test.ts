import { describe, expect, it } from 'vitest';
import { detailsOf, retryAfterOf } from '../../../contract/errorDetails';
import { demoPassword, readOutboxCode, startHostHarness, useHostHarness } from '../../../../test/fixtures/hostHandlers';

// The real mock ID server in this process, driven through the real dispatcher and handlers.
const running = useHostHarness();

describe('signIn handlers: every answer of the password step', () => {
  it('asks for MFA with the methods of the account (authenticator), then signs in with a code', async () => {
    const step = await running.host.call('signIn.password', { username: 'demo.totp', password: demoPassword });
    expect(step).toEqual({
      status: 'mfa_required',
      methods: ['totp', 'recovery_code'],
      phones: [],
      codeFromThisComputer: false,
    });
    const done = await running.host.call('signIn.code', { method: 'totp', code: running.harness.nextDemoTotpCode() });
    if (done.status !== 'signed_in') throw new Error('expected signed_in');
    expect(done.account).toMatchObject({
      username: 'demo.totp',
      scope: 'full',
      fresh: true,
      server: running.harness.server.url,
      compliance: { compliant: true, enforced: true },
    });
    expect(done.recoveryCodeUsed).toBe(false);
    expect(done).not.toHaveProperty('setUpBy');
    expect(await running.host.call('signIn.status', {})).toMatchObject({ username: 'demo.totp' });
    await running.host.call('signIn.signOut', {});
    expect(await running.host.call('signIn.status', {})).toBeNull();
  });

  it('offers the phones masked, sends a code and signs in with it', async () => {
    const step = await running.host.call('signIn.password', { username: 'Demo.Phone ', password: demoPassword });
    if (step.status !== 'mfa_required') throw new Error('expected mfa_required');
    expect(step.methods).toEqual(['phone', 'recovery_code']);
    const [phone] = step.phones;
    expect(phone).toMatchObject({ masked: '•••-•••-0101', channels: ['sms', 'voice'] });
    if (phone === undefined) throw new Error('no phone');
    expect(JSON.stringify(step)).not.toContain('2015550101');
    await expect(
      running.host.call('signIn.sendPhoneCode', { factorId: phone.factorId, channel: 'voice' }),
    ).resolves.toEqual({
      expiresIn: 300,
      resendAfter: 30,
    });
    const code = await readOutboxCode(running.harness.server.url, '+12015550101');
    const done = await running.host.call('signIn.code', { method: 'phone', factorId: phone.factorId, code });
    expect(done).toMatchObject({ status: 'signed_in', account: { username: 'demo.phone', scope: 'full' } });
  });

  it('lets an account with no method into an enroll session once the policy is enforced', async () => {
    const step = await running.host.call('signIn.password', { username: 'demo.none', password: demoPassword });
    expect(step).toMatchObject({
      status: 'signed_in',
      recoveryCodeUsed: false,
      account: {
        scope: 'enroll',
        methods: [],
        recoveryCode: { status: 'none' },
        compliance: { enforced: true, compliant: false, missing: ['mfa_method', 'recovery_code'] },
      },
    });
    expect(step).not.toHaveProperty('setUpBy');
  });

  it('says "set up by" the enforcement date before it (server-info policy and the warning)', async () => {
    const early = await startHostHarness({ enforceFrom: '2099-01-01' });
    try {
      const earlyHost = await early.newHost();
      const step = await earlyHost.call('signIn.password', { username: 'demo.none', password: demoPassword });
      expect(step).toMatchObject({
        status: 'signed_in',
        setUpBy: '2099-01-01',
        account: { scope: 'full', compliance: { enforced: false, enforceFrom: '2099-01-01', compliant: false } },
      });
      expect(await earlyHost.call('signIn.server', {})).toMatchObject({
        url: early.server.url,
        embedded: false,
        enforceFrom: '2099-01-01',
        enforced: false,
        methods: ['passkey', 'totp', 'phone'],
        phoneChannels: ['sms', 'voice'],
        defaultCountry: 'US',
      });
    } finally {
      await early.stop();
    }
  });

  it('refuses a wrong password in words, and locks the account with a wait to show', async () => {
    const wrong = await running.host.fail('signIn.password', {
      username: 'demo.passkey',
      password: 'not the password!',
    });
    expect(wrong.code).toBe('invalid_credentials');
    for (let attempt = 2; attempt <= 10; attempt++) {
      await running.host.fail('signIn.password', { username: 'demo.passkey', password: 'not the password!' });
    }
    const locked = await running.host.fail('signIn.password', { username: 'demo.passkey', password: demoPassword });
    expect(locked.code).toBe('account_locked');
    expect(retryAfterOf(locked)).toBeGreaterThan(0);
    expect(detailsOf(locked, 'account_locked')?.retryAfter).toBe(retryAfterOf(locked));
  });

  it('answers a wrong code with the attempts left, and keeps the step open for the right one', async () => {
    await running.host.call('signIn.password', { username: 'demo.pending', password: demoPassword });
    const wrong = await running.host.fail('signIn.code', { method: 'totp', code: '12345' });
    expect(wrong.code).toBe('invalid_code');
    expect(detailsOf(wrong, 'invalid_code')?.attemptsLeft).toBe(4);
    const done = await running.host.call('signIn.code', { method: 'totp', code: running.harness.nextDemoTotpCode() });
    expect(done).toMatchObject({
      status: 'signed_in',
      account: { username: 'demo.pending', recoveryCode: { status: 'issued' } },
    });
  });

  it('signs in with the recovery code, which is then spent', async () => {
    await running.host.call('signIn.password', { username: 'demo.pending', password: demoPassword });
    const done = await running.host.call('signIn.code', { method: 'recovery_code', code: '4444 3333 2222 1111' });
    expect(done).toMatchObject({
      status: 'signed_in',
      recoveryCodeUsed: true,
      account: { recoveryCode: { status: 'none' } },
    });
  });

  it('has no step to finish before the password, and no session to step up or read', async () => {
    const fresh = await running.harness.newHost();
    expect((await fresh.fail('signIn.code', { method: 'totp', code: '123456' })).code).toBe('transaction_not_found');
    expect((await fresh.fail('signIn.codeFromThisComputer', {})).code).toBe('account_not_found');
    expect((await fresh.fail('signIn.stepUp', {})).code).toBe('unauthorized');
    expect(await fresh.call('signIn.status', {})).toBeNull();
    await expect(fresh.call('signIn.signOut', {})).resolves.toEqual({ done: true });
  });

  it('never hands the renderer a token or a transaction', () => {
    for (const answer of running.host.answers) expect(answer).not.toMatch(/[A-Za-z0-9_-]{43,}/);
  });
});
