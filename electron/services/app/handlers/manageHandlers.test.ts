import { describe, expect, it } from 'vitest';
import { demoPassword, readOutboxCode, useHostHarness } from '../../../../test/fixtures/hostHandlers';

// The manage page over the real mock ID server: rename, remove with a step-up, the
// recovery code again and anew. The clock moves by hand (freshness, TOTP steps).
const running = useHostHarness();

describe('manage handlers', () => {
  it('renames, removes a method after a step-up, and explains the last method', async () => {
    await running.host.call('signIn.password', { username: 'demo.totp', password: demoPassword });
    const signedIn = await running.host.call('signIn.code', {
      method: 'totp',
      code: running.harness.nextDemoTotpCode(),
    });
    if (signedIn.status !== 'signed_in') throw new Error('expected signed_in');
    const [totp] = signedIn.account.methods;
    if (totp === undefined) throw new Error('no method');
    expect(await running.host.call('manage.renameMethod', { factorId: totp.id, label: 'Phone app' })).toMatchObject({
      id: totp.id,
      label: 'Phone app',
    });

    // A second method, added while the session is fresh.
    const phone = await running.host.call('enrollment.addPhone', {
      number: '201-555-0161',
      country: 'US',
      channel: 'sms',
    });
    const code = await readOutboxCode(running.harness.server.url, '+12015550161');
    await running.host.call('enrollment.verifyMethod', { factorId: phone.factorId, code });

    running.harness.clock.advance(11 * 60_000);
    expect(await running.host.call('signIn.status', {})).toMatchObject({ scope: 'full', fresh: false });
    const stale = await running.host.fail('manage.removeMethod', { factorId: phone.factorId });
    expect(stale.code).toBe('step_up_required');
    expect((await running.host.fail('manage.showRecoveryCode', {})).code).toBe('step_up_required');

    const step = await running.host.call('signIn.stepUp', {});
    expect(step).toMatchObject({ status: 'mfa_required', codeFromThisComputer: false });
    if (step.status !== 'mfa_required') throw new Error('expected mfa_required');
    // A method added in this session never proves its own step-up (api.md).
    expect(step.methods).toEqual(['totp', 'recovery_code']);
    const fresh = await running.host.call('signIn.code', { method: 'totp', code: running.harness.nextDemoTotpCode() });
    expect(fresh).toMatchObject({ status: 'signed_in', account: { username: 'demo.totp', fresh: true } });

    expect(await running.host.call('manage.removeMethod', { factorId: phone.factorId })).toEqual({ done: true });
    const last = await running.host.fail('manage.removeMethod', { factorId: totp.id });
    expect(last.code).toBe('last_method');
    expect(last.message.length).toBeGreaterThan(20);
    expect((await running.host.call('signIn.status', {}))?.methods.map((method) => method.id)).toEqual([totp.id]);
  });

  it('shows the recovery code again, and a new one stops the old one working', async () => {
    // Still fresh from the step-up above.
    const current = await running.host.call('manage.showRecoveryCode', {});
    expect(current.groups).toEqual(['5555', '6666', '7777', '8884']);
    const saved = await running.host.call('enrollment.saveRecoveryFile', {});
    expect(saved).toMatchObject({
      savedAs: 'download',
      text: expect.stringContaining('5555 6666 7777 8884') as string,
    });
    const renewed = await running.host.call('manage.issueRecoveryCode', {});
    expect(renewed.groups).not.toEqual(current.groups);
    await running.host.call('signIn.signOut', {});

    await running.host.call('signIn.password', { username: 'demo.totp', password: demoPassword });
    const old = await running.host.fail('signIn.code', { method: 'recovery_code', code: '5555 6666 7777 8884' });
    expect(old.code).toBe('invalid_code');
    const spent = await running.host.call('signIn.code', { method: 'recovery_code', code: renewed.groups.join('') });
    expect(spent).toMatchObject({ status: 'signed_in', recoveryCodeUsed: true });
  });
});
