import { describe, expect, it } from 'vitest';
import { demoPassword, useHostHarness, type TestHost } from '../../../../test/fixtures/hostHandlers';
import type { IdleTimers } from './IdleLock';

/** Timers moved by hand: `advance` runs what falls due, nothing waits for real. */
function handTimers() {
  let now = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  let next = 0;
  const timers: IdleTimers = {
    set(run, ms) {
      pending.set(++next, { at: now + ms, run });
      return next;
    },
    clear(handle) {
      pending.delete(handle as number);
    },
  };
  return {
    timers,
    get armed() {
      return pending.size;
    },
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...pending]) {
        if (timer.at > now) continue;
        pending.delete(id);
        timer.run();
      }
    },
  };
}

const running = useHostHarness();

describe('the idle lock', () => {
  it('locks every profile after the set minutes without a call a person caused, and says so', async () => {
    const clock = handTimers();
    const host = await running.harness.newHost({ timers: clock.timers });
    const { id } = await host.call('profiles.create', { name: 'Idle person', pin: '739154' });
    await host.call('settings.update', { autoLockMinutes: 2 });
    await host.call('adding.fromUri', { uri: 'otpauth://totp/Clinic:idle?secret=JBSWY3DPEHPK3PXP' });

    clock.advance(90_000);
    // Refreshing the list is not activity; a copy is.
    await host.call('codes.list', {});
    const [account] = (await host.call('codes.list', {})).accounts;
    await host.call('codes.copy', { id: account?.id ?? '' });
    clock.advance(90_000);
    expect((await host.call('codes.list', {})).accounts).toHaveLength(1);
    expect(host.events).toEqual([]);

    await host.call('app.activity', {});
    clock.advance(119_000);
    // What the codes screen reads when it opens is not activity either.
    await host.call('codes.list', {});
    await host.call('profiles.pinResetInfo', { id });
    await host.call('policy.get', {});
    expect(host.events).toEqual([]);
    clock.advance(1_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(host.events).toEqual([{ name: 'app.locked', payload: { reason: 'idle' } }]);
    expect((await host.fail('codes.list', {})).code).toBe('vault_locked');
    // Locked: nothing counts down until someone acts again.
    expect(clock.armed).toBe(0);
  });
});

describe('the idle lock and a sign-in to the ID server', () => {
  /** A host with a one-minute idle lock, `signIn` done, then a minute with nobody there. */
  async function idleAfter(signIn: (host: TestHost) => Promise<unknown>): Promise<TestHost> {
    const clock = handTimers();
    const host = await running.harness.newHost({ timers: clock.timers });
    await host.call('settings.update', { autoLockMinutes: 1 });
    await signIn(host);
    clock.advance(60_000);
    await new Promise((resolve) => setImmediate(resolve));
    return host;
  }

  it('ends a session held during set-up and says so, so the page can tell the person why', async () => {
    const password = 'Idle-setup-password-4';
    const username = await running.harness.newAccount('idle-setup', password);
    const host = await idleAfter((host) => host.call('signIn.password', { username, password }));
    expect(host.events).toEqual([{ name: 'app.locked', payload: { reason: 'idle', signedOut: true } }]);
    expect(await host.call('signIn.status', {})).toBeNull();
  });

  it('ends a sign-in waiting for its second step, and says so too', async () => {
    const host = await idleAfter(async (host) => {
      const step = await host.call('signIn.password', { username: 'demo.totp', password: demoPassword });
      expect(step.status).toBe('mfa_required');
    });
    expect(host.events).toEqual([{ name: 'app.locked', payload: { reason: 'idle', signedOut: true } }]);
    expect((await host.fail('signIn.code', { method: 'totp', code: '123456' })).code).toBe('transaction_not_found');
  });

  it('says nothing of a sign-in when none was open', async () => {
    const host = await idleAfter(() => Promise.resolve());
    expect(host.events).toEqual([{ name: 'app.locked', payload: { reason: 'idle' } }]);
  });
});
