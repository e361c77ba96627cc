import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoPassword,
  startHostHarness,
  useHostHarness,
  type HostHarness,
  type TestHost,
} from '../../../../test/fixtures/hostHandlers';
import type { FileSaver } from '../AppContext';
import { NapiKeychain } from '../../keychain/NapiKeychain';
import { createProfileStore } from '../createProfileStore';
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
    // Locked: nothing counts down until someone opens a profile or signs in again.
    expect(clock.armed).toBe(0);
  });
});

describe('the idle lock once it has locked', () => {
  /** A host with a one-minute idle lock, a profile with a PIN open, then a minute with nobody there. */
  async function lockedByIdle(options: { saveFile?: FileSaver } = {}) {
    const clock = handTimers();
    const host = await running.harness.newHost({ timers: clock.timers, ...options });
    const { id } = await host.call('profiles.create', { name: 'Idle again', pin: '739154' });
    await host.call('settings.update', { autoLockMinutes: 1 });
    return { clock, host, id };
  }

  /** Runs what falls due in `ms`, then lets the lock it may start finish. */
  async function pass(clock: ReturnType<typeof handTimers>, ms: number): Promise<void> {
    clock.advance(ms);
    await new Promise((resolve) => setImmediate(resolve));
  }

  const idleLocked = { name: 'app.locked', payload: { reason: 'idle' } };

  it('counts nothing for activity on the locked app, until a profile opens again', async () => {
    const { clock, host, id } = await lockedByIdle();
    await pass(clock, 60_000);
    expect(host.events).toEqual([idleLocked]);

    // The page still reports use (the mouse on the people list), and calls fail on the lock.
    await host.call('app.activity', {});
    expect((await host.fail('codes.copy', { id: 'none' })).code).toBe('vault_locked');
    expect((await host.fail('profiles.unlock', { id, pin: '000001' })).code).toBe('wrong_pin');
    expect(clock.armed).toBe(0);
    await pass(clock, 10 * 60_000);
    // Nothing was open, so no second lock is told to the pages.
    expect(host.events).toEqual([idleLocked]);

    // Open again: the count runs, and locks after the minute as before.
    await host.call('profiles.unlock', { id, pin: '739154' });
    expect(clock.armed).toBe(1);
    await pass(clock, 60_000);
    expect(host.events).toEqual([idleLocked, idleLocked]);
    expect(clock.armed).toBe(0);
  });

  it('counts nothing for a call still running when the lock came (a save dialog left open)', async () => {
    let closeDialog: (() => void) | undefined;
    const dialog: FileSaver = () =>
      new Promise((resolve) => {
        closeDialog = () => resolve({ savedAs: 'cancelled' });
      });
    const { clock, host } = await lockedByIdle({ saveFile: dialog });
    await pass(clock, 30_000);
    const backup = host.call('exporting.backup', { passphrase: 'a long backup passphrase 7' });
    while (closeDialog === undefined) await new Promise((resolve) => setImmediate(resolve));

    // The person walked away with the dialog open: the idle lock comes while it waits.
    await pass(clock, 60_000);
    expect(host.events).toEqual([idleLocked]);
    closeDialog();
    expect(await backup).toEqual({ savedAs: 'cancelled' });
    expect(clock.armed).toBe(0);
    await pass(clock, 10 * 60_000);
    expect(host.events).toEqual([idleLocked]);
  });
});

// A PIN reset runs with the profile locked: its sign-in is open, so the idle lock counts for it.
describe('the idle lock and a PIN reset on the locked app', () => {
  const keychainService = `deskid-test-idle-reset-${randomUUID()}`;
  let harness: HostHarness;
  beforeAll(async () => {
    harness = await startHostHarness({ keychainService });
  });
  afterAll(() => harness.stop());

  it('counts from a PIN-reset sign-in and forgets it when the time passes', async () => {
    const clock = handTimers();
    const host = await harness.newHost({ timers: clock.timers });
    const person = await host.call('profiles.create', { name: 'Forgot PIN', pin: '739154' });
    await host.call('settings.update', { autoLockMinutes: 1 });
    const store = createProfileStore({ dataDir: host.dataDir, keychain: new NapiKeychain(keychainService) });
    await store.linkIdServer(person.id, { url: harness.server.url, username: 'demo.phone' });
    await host.call('profiles.lockAll', {});
    expect(clock.armed).toBe(0);

    const { phones } = await host.call('profiles.resetPinSignIn', { id: person.id, password: demoPassword });
    expect(clock.armed).toBe(1);
    clock.advance(60_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(host.events).toEqual([
      { name: 'app.locked', payload: { reason: 'user' } },
      { name: 'app.locked', payload: { reason: 'idle' } },
    ]);
    const send = { factorId: phones[0]?.factorId ?? '', channel: 'sms' } as const;
    expect((await host.fail('profiles.resetPinSendCode', send)).code).toBe('transaction_not_found');
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

  it('says nothing of a sign-in when none was open (only a profile)', async () => {
    const host = await idleAfter((host) => host.call('profiles.create', { name: 'No sign-in', pin: '739154' }));
    expect(host.events).toEqual([{ name: 'app.locked', payload: { reason: 'idle' } }]);
  });
});
