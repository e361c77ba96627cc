import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deskIdFailure } from '../../../test/fixtures/deskIdFailure';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { SettingsFile } from '../settings/SettingsFile';
import { createProfileStore } from './createProfileStore';

const keychain = new NapiKeychain(`deskid-test-app-profiles-${randomUUID()}`);
const cleanup: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const step of cleanup) await step();
});

async function newDataDir(): Promise<string> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-app-profiles-'));
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
  return dataDir;
}

describe('createProfileStore (the one wiring point)', () => {
  it('is in shared-desktop mode unless the user setting switches it off', async () => {
    const dataDir = await newDataDir();
    const store = createProfileStore({ dataDir, keychain });
    cleanup.unshift(async () => {
      for (const profile of await store.list()) await store.remove(profile.id);
    });
    expect(await store.pinRequired()).toBe(true);
    const refused = await deskIdFailure(store.add({ displayName: 'Dana' }));
    expect(refused.code).toBe('invalid_pin');
    expect(refused.details).toMatchObject({ pinRequired: true });

    await new SettingsFile(dataDir).update({ sharedDesktopMode: false });
    const { vault } = await store.add({ displayName: 'Dana' });
    expect(vault.info().hasPin).toBe(false);
    vault.lock();
  });

  it('refuses a damaged settings file in words instead of dropping to a weaker mode', async () => {
    const dataDir = await newDataDir();
    await writeFile(path.join(dataDir, 'settings.json'), '{"format":"deskid-settings","version":1,"sharedDesktop');
    const error = await deskIdFailure(createProfileStore({ dataDir, keychain }).add({ displayName: 'Dana' }));
    expect(error.code).toBe('file_error');
    expect(error.message).toContain('settings.json');
  });
});
