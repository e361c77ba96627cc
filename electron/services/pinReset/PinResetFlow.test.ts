import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, startHostHarness, type HostHarness } from '../../../test/fixtures/hostHandlers';
import { HandTimers } from '../../../test/fixtures/fakeElectronCeremony';
import { downloadInPage, emitNowhere } from '../app/AppContext';
import { createHostState } from '../app/handlers/HostState';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { PinResetFlow } from './PinResetFlow';

// The PIN-reset sign-in's lifetime, against the real mock ID server and the real keychain;
// only the expiry timer is moved by hand.
let harness: HostHarness;
let dataDir: string;
beforeAll(async () => {
  harness = await startHostHarness();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-pin-reset-flow-'));
});
afterAll(async () => {
  await harness.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('PinResetFlow', () => {
  it('forgets the sign-in when its lifetime ends, with no call coming', async () => {
    const keychain = new NapiKeychain(`deskid-test-pin-reset-flow-${randomUUID()}`);
    const state = createHostState({
      ...{ version: '0.0.0-test', hostKind: 'browser', dataDir, keychain, saveFile: downloadInPage },
      ...{ idServer: { url: harness.server.url, embedded: false }, passkeyCeremony: 'page', emit: emitNowhere },
    });
    const person = await state.profiles.create('Ana', '739154');
    await state.profiles.store.linkIdServer(person.id, { url: harness.server.url, username: 'demo.phone' });
    const timers = new HandTimers();
    const flow = new PinResetFlow({ profiles: state.profiles, timers, lifetimeMs: 600_000 });
    try {
      const { phones } = await flow.signIn(person.id, demoPassword);
      expect([...timers.pending.values()].map(({ ms }) => ms)).toEqual([600_000]);
      timers.fire();
      await expect((async () => flow.sendPhoneCode(phones[0]?.factorId ?? '', 'sms'))()).rejects.toMatchObject({
        code: 'transaction_not_found',
      });
      // A cancel (forget) drops the expiry timer with the sign-in.
      await flow.signIn(person.id, demoPassword);
      expect(timers.pending.size).toBe(1);
      flow.forget();
      expect(timers.pending.size).toBe(0);
    } finally {
      state.profiles.lockAll();
      await state.profiles.store.remove(person.id);
    }
  });
});
