import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { countingKeychain } from '../../../../test/fixtures/countingKeychain';
import type { AppInfo } from '../../../contract/appInfo';
import { DeskIdError } from '../../../contract/DeskIdError';
import { NapiKeychain } from '../../keychain/NapiKeychain';
import { emitNowhere, downloadInPage } from '../AppContext';
import { createProfileStore } from '../createProfileStore';
import { createHostState } from './HostState';
import { keychainForList, keychainTrustedForMs } from './keychainForList';
import { profilesHandlers } from './profilesHandlers';

const run = promisify(execFile);
const fixture = fileURLToPath(new URL('../../../../test/fixtures/keychainForListChild.ts', import.meta.url));
const service = `deskid-test-keychain-for-list-${randomUUID()}`;
const reachable = { reachable: true, backend: 'Secret Service' };
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup) await step();
});

describe('keychainForList', () => {
  it('probes the keychain once per 30 s from the probe’s start while it answers, and lists at once share a probe', async () => {
    const keychain = countingKeychain(new NapiKeychain(service));
    let now = 1_000_000;
    const shown = keychainForList(keychain, () => now);
    const both = Promise.all([shown.reachability(), shown.reachability()]);
    const started = now;
    now += 5; // the probe takes a while: the 30 s count from its start
    expect(await both).toEqual([reachable, reachable]);
    expect(keychain.probes).toBe(1);
    now = started + keychainTrustedForMs - 1;
    expect(await shown.reachability()).toEqual(reachable);
    expect(keychain.probes).toBe(1);
    now = started + keychainTrustedForMs;
    expect(await shown.reachability()).toEqual(reachable);
    expect(keychain.probes).toBe(2);
  });

  it('never remembers a keychain that did not answer: each list probes again', async () => {
    // A dead bus address: with no variable at all libdbus might auto-launch a bus.
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/deskid-bus' };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', fixture, service], { env });
    const { answers, probes } = JSON.parse(stdout) as { answers: AppInfo['keychain'][]; probes: number };
    expect(probes).toBe(2);
    for (const answer of answers) {
      expect(answer).toMatchObject({ reachable: false, backend: 'Secret Service' });
      expect(answer.problem).toMatch(/cannot reach the Secret Service.*keyring/);
    }
  });

  it('forgets a success on keychain_unavailable only, and a probe begun before that is not remembered after it', async () => {
    const keychain = countingKeychain(new NapiKeychain(service));
    const shown = keychainForList(keychain, () => 0);
    await shown.reachability();
    shown.failedWith(new DeskIdError('wrong_pin', 'That PIN is not right.'));
    await shown.reachability();
    expect(keychain.probes).toBe(1);
    const gone = new DeskIdError('keychain_unavailable', 'DeskID cannot reach the Secret Service.');
    shown.failedWith(gone);
    // A probe on its way when an unlock finds the keychain gone: its success is not kept.
    const late = shown.reachability();
    shown.failedWith(gone);
    expect(await late).toEqual(reachable);
    expect(keychain.probes).toBe(2);
    await shown.reachability();
    expect(keychain.probes).toBe(3);
  });
});

// Through the profiles handlers, as the people screen calls them: what the list shows
// after an unlock finds the keychain gone, and after an OS lock.
describe('profiles.list and the keychain', () => {
  async function hostWith(keychain: ReturnType<typeof countingKeychain>) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-people-keychain-'));
    cleanup.push(async () => {
      keychain.gone = false;
      const store = createProfileStore({ dataDir, keychain });
      for (const profile of await store.list()) await store.remove(profile.id);
      await rm(dataDir, { recursive: true, force: true });
    });
    const state = createHostState({
      version: '0.0.0-test',
      hostKind: 'browser',
      dataDir,
      keychain,
      idServer: { url: 'http://localhost:9', embedded: false },
      saveFile: downloadInPage,
      passkeyCeremony: 'page',
      emit: emitNowhere,
    });
    return { state, call: profilesHandlers(state) };
  }

  it('shows the keychain gone as soon as the list’s own reads find it so, and asks again after an OS lock', async () => {
    const keychain = countingKeychain(new NapiKeychain(service));
    const { state, call } = await hostWith(keychain);
    const person = await call['profiles.create']({ name: 'Ana', pin: '739154' });
    await call['profiles.lock']({});
    const probes = keychain.probes;
    expect((await call['profiles.list']({})).keychain).toEqual({ reachable: true });
    expect((await call['profiles.list']({})).profiles.map((one) => one.name)).toEqual(['Ana']);
    expect(keychain.probes).toBe(probes + 1);

    await state.lockAll('os_lock');
    await call['profiles.list']({});
    expect(keychain.probes).toBe(probes + 2);

    // Within the 30 s: the list reads Ana's PIN state from the keychain, and that fails.
    keychain.gone = true;
    const listed = await call['profiles.list']({});
    expect(listed.keychain.reachable).toBe(false);
    expect(listed.keychain.problem).toMatch(/cannot reach the Secret Service/);
    expect(listed.profiles).toEqual([]);
    // ...and that is not remembered as a success: the next list probes.
    await call['profiles.list']({});
    expect(keychain.probes).toBe(probes + 3);

    keychain.gone = false;
    expect((await call['profiles.list']({})).keychain).toEqual({ reachable: true });
    expect(await call['profiles.unlock']({ id: person.id, pin: '739154' })).toMatchObject({ unlocked: true });
  });

  it('with nobody on the desktop yet, shows the keychain gone once adding a person finds it so', async () => {
    const keychain = countingKeychain(new NapiKeychain(service));
    const { call } = await hostWith(keychain);
    expect((await call['profiles.list']({})).keychain).toEqual({ reachable: true });
    keychain.gone = true;
    // No read of the keychain in an empty list: the success holds for its 30 s...
    expect((await call['profiles.list']({})).keychain).toEqual({ reachable: true });
    await expect(call['profiles.create']({ name: 'Ben', pin: '582039' })).rejects.toMatchObject({
      code: 'keychain_unavailable',
    });
    // ...until adding the person finds the keychain gone.
    expect((await call['profiles.list']({})).keychain.reachable).toBe(false);
  });
});
