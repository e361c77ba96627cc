import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { unwrapDataKey } from '../vault/dataKeyWrap';
import { readKeychainKey } from '../vault/keychainItem';
import { checkVaultFile } from '../vault/readVaultFile';
import { isCurrentBody } from '../vault/vaultFileSchema';
import { ProfileStore } from './ProfileStore';
import { deskIdFailure } from '../../../test/fixtures/deskIdFailure';

const keychain = new NapiKeychain(`deskid-test-profiles-${randomUUID()}`);
const kdf = { memoryKiB: 19_456, iterations: 1, parallelism: 1 };
const dirs: string[] = [];
const stores: ProfileStore[] = [];

afterAll(async () => {
  for (const store of stores) for (const profile of await store.list()) await store.remove(profile.id);
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function newStore(extra: Partial<ConstructorParameters<typeof ProfileStore>[0]> = {}) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-profiles-'));
  dirs.push(dataDir);
  const store = new ProfileStore({ dataDir, keychain, kdf, ...extra });
  stores.push(store);
  return { store, dataDir };
}

describe('ProfileStore', () => {
  it('adds, finds, renames and links profiles; names are unique regardless of case', async () => {
    const { store } = await newStore();
    const { profile: dana } = await store.add({ displayName: '  Dana  ' });
    expect(dana.displayName).toBe('Dana');
    expect(await store.find()).toEqual(dana);
    expect((await deskIdFailure(store.add({ displayName: 'dana' }))).code).toBe('profile_exists');
    const { profile: lee } = await store.add({ displayName: 'Lee' });
    expect((await deskIdFailure(store.find())).code).toBe('profile_not_found');
    expect(await store.find('LEE')).toEqual(lee);
    expect((await deskIdFailure(store.rename(lee.id, 'DANA'))).code).toBe('profile_exists');
    expect((await store.rename(lee.id, 'Lee Park')).displayName).toBe('Lee Park');
    const linked = await store.linkIdServer(lee.id, { url: 'https://id.example.org/', username: 'lpark' });
    expect(linked.idServer).toEqual({ url: 'https://id.example.org', username: 'lpark' });
    expect((await deskIdFailure(store.linkIdServer(lee.id, { url: 'ftp://x', username: 'a' }))).code).toBe(
      'invalid_request',
    );
    expect((await deskIdFailure(store.get(randomUUID()))).code).toBe('profile_not_found');
    expect((await store.list()).map((profile) => profile.displayName)).toEqual(['Dana', 'Lee Park']);
  });

  it('links only an ID server reached over https, or plain http on this computer', async () => {
    const { store } = await newStore();
    const { profile } = await store.add({ displayName: 'Ari' });
    const refused = await deskIdFailure(
      store.linkIdServer(profile.id, { url: 'http://id.example.org', username: 'ari' }),
    );
    expect(refused).toMatchObject({ code: 'invalid_request', details: { field: 'idServer.url' } });
    expect(refused.message).toContain('Use https://id.example.org');
    expect(
      (await deskIdFailure(store.add({ displayName: 'Bo', idServer: { url: 'http://10.0.0.5', username: 'bo' } })))
        .code,
    ).toBe('invalid_request');
    const local = await store.linkIdServer(profile.id, { url: 'http://127.0.0.1:4123/', username: 'ari' });
    expect(local.idServer).toEqual({ url: 'http://127.0.0.1:4123', username: 'ari' });
  });

  it('requires a PIN when policy says so, and refuses to remove it', async () => {
    const { store } = await newStore({ requirePin: true });
    expect((await deskIdFailure(store.add({ displayName: 'Sam' }))).code).toBe('invalid_pin');
    const { vault } = await store.add({ displayName: 'Sam', pin: '515093' });
    expect(vault.info().hasPin).toBe(true);
    expect((await deskIdFailure(store.setPin(vault, null))).code).toBe('invalid_pin');
  });

  it('keeps two profiles on one OS account apart without the PIN', async () => {
    const { store } = await newStore();
    const alice = await store.add({ displayName: 'Alice', pin: '120734' });
    const bob = await store.add({ displayName: 'Bob', pin: '567812' });
    await alice.vault.put('a', { secret: 'ALICESECRETALICESECRET' });
    await bob.vault.put('b', { secret: 'BOBSECRETBOBSECRET' });
    alice.vault.lock();
    bob.vault.lock();

    // Bob, at the same desktop, tries Alice's profile.
    const aliceVault = await store.openVault(alice.profile.id);
    expect((await deskIdFailure(aliceVault.unlock())).code).toBe('vault_locked');
    expect((await deskIdFailure(aliceVault.unlock({ pin: '567812' }))).code).toBe('wrong_pin');
    await expect(aliceVault.get('a')).rejects.toMatchObject({ code: 'vault_locked' });

    // Even reading the keychain item and the file directly, the keychain key alone does not open it.
    const check = await checkVaultFile(path.join(store.profileDir(alice.profile.id), 'vault.json'));
    if (check === 'missing' || !check.ok || !isCurrentBody(check.body)) throw new Error('vault unreadable');
    const keychainKey = await readKeychainKey(keychain, check.body.dataKey.keychainAccount);
    expect(unwrapDataKey(check.body.dataKey, alice.profile.id, keychainKey, null)).toBeNull();

    // Bob's own PIN opens Bob's vault only.
    const bobVault = await store.openVault(bob.profile.id);
    await bobVault.unlock({ pin: '567812' });
    expect(await bobVault.get('b')).toEqual({ secret: 'BOBSECRETBOBSECRET' });
    expect(await bobVault.get('a')).toBeUndefined();
  });

  it('keeps the wrong-PIN count across a restart', async () => {
    let clock = Date.parse('2026-03-01T08:00:00Z');
    const now = () => clock;
    const { store, dataDir } = await newStore({ now });
    const { profile } = await store.add({ displayName: 'Kim', pin: '258013' });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const vault = await store.openVault(profile.id);
      await deskIdFailure(vault.unlock({ pin: '0000' }));
    }
    const restarted = new ProfileStore({ dataDir, keychain, kdf, now });
    const health = await restarted.health(profile.id);
    expect(health).toMatchObject({ vault: 'ok', hasPin: true, pin: { failures: 3, retryAfter: 30 } });
    const vault = await restarted.openVault(profile.id);
    expect((await deskIdFailure(vault.unlock({ pin: '258013' }))).details).toMatchObject({ retryAfter: 30 });
    clock += 30_000;
    await vault.unlock({ pin: '258013' });
    const log = await readFile(path.join(restarted.profileDir(profile.id), 'audit.jsonl'), 'utf8');
    expect(log).toContain('"type":"pin_failed"');
    expect(log).toContain('"type":"unlock"');
    expect(log).not.toContain('258013');
    expect(log).not.toContain('0000');
  });

  it('refuses a damaged profile list and never writes over it', async () => {
    const { store, dataDir } = await newStore();
    await store.add({ displayName: 'One' });
    await store.add({ displayName: 'Two' });
    const file = path.join(dataDir, 'profiles.json');
    const damaged = (await readFile(file, 'utf8')).slice(0, 40);
    await writeFile(file, damaged);
    const error = await deskIdFailure(store.list());
    expect(error.code).toBe('file_error');
    expect(error.details).toMatchObject({ backup: `${file}.bak` });
    expect((await deskIdFailure(store.add({ displayName: 'Three' }))).code).toBe('file_error');
    expect(await readFile(file, 'utf8')).toBe(damaged);
    await writeFile(file, await readFile(`${file}.bak`));
    expect((await store.list()).map((profile) => profile.displayName)).toEqual(['One']);
  });

  it('leaves nothing behind when adding fails', async () => {
    const { store, dataDir } = await newStore();
    expect((await deskIdFailure(store.add({ displayName: 'Short', pin: '12' }))).code).toBe('invalid_pin');
    const letters = await deskIdFailure(store.add({ displayName: 'Letters', pin: 'short-2931' }));
    expect(letters.details).toMatchObject({ rule: 'digits' });
    expect(await readdir(path.join(dataDir, 'profiles'))).toEqual([]);
    expect(await store.list()).toEqual([]);
  });

  it('removes a profile with its vault files and keychain item', async () => {
    const { store, dataDir } = await newStore();
    const { profile, vault } = await store.add({ displayName: 'Temp' });
    await vault.put('x', 1);
    const account = `vault-key:${profile.id}`;
    expect(await keychain.get(account)).not.toBeNull();
    await store.remove(profile.id);
    expect(await keychain.get(account)).toBeNull();
    expect(await readdir(path.join(dataDir, 'profiles'))).toEqual([]);
    expect(await store.list()).toEqual([]);
    expect((await deskIdFailure(store.remove(profile.id))).code).toBe('profile_not_found');
  });
});
