import { randomUUID } from 'node:crypto';
import { copyFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempVaultPlaces } from '../../../test/fixtures/tempVaultPlaces';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { deskIdFailure } from '../../../test/fixtures/deskIdFailure';
import { unwrapDataKey } from './dataKeyWrap';
import type { Argon2Params } from './deriveArgon2Key';
import { openEntry } from './entryCrypto';
import { readKeychainKey } from './keychainItem';
import { checkVaultFile } from './readVaultFile';
import { serializeVaultFile } from './serializeVaultFile';
import { Vault } from './Vault';
import { isCurrentBody, type VaultBody } from './vaultFileSchema';

const keychain = new NapiKeychain(`deskid-test-rekey-${randomUUID()}`);
const kdf: Argon2Params = { memoryKiB: 19_456, iterations: 1, parallelism: 1 };
const newPlace = tempVaultPlaces(keychain, 'deskid-vault-rekey-');

async function newVault() {
  const { dir, vaultId } = await newPlace();
  const vault = await Vault.create({ dir, keychain, vaultId, kdf });
  return { dir, vault, vaultId };
}

async function bodyOf(file: string): Promise<VaultBody> {
  const check = await checkVaultFile(file);
  if (check === 'missing' || !check.ok || !isCurrentBody(check.body)) throw new Error(`${file} unreadable`);
  return check.body;
}

describe('setting, changing or removing a PIN draws a new data key', () => {
  it('an earlier copy of vault.json plus the keychain key opens no entry written since', async () => {
    const { dir, vault, vaultId } = await newVault();
    await vault.put('before', { secret: 'old' });
    const snapshot = path.join(dir, 'snapshot-before-pin.json');
    await copyFile(path.join(dir, 'vault.json'), snapshot);
    await vault.setPin('482913', { kdf });
    await vault.put('after', { secret: 'added with a PIN' });

    // The snapshot still opens with the keychain key alone: it predates the PIN.
    const keychainKey = await readKeychainKey(keychain, `vault-key:${vaultId}`);
    const oldKey = unwrapDataKey((await bodyOf(snapshot)).dataKey, vaultId, keychainKey, null);
    keychainKey.fill(0);
    if (!Buffer.isBuffer(oldKey)) throw new Error('the snapshot should open with the keychain key');
    const current = await bodyOf(path.join(dir, 'vault.json'));
    expect(current.entries.map((record) => record.id)).toEqual(['before', 'after']);
    for (const record of current.entries) {
      expect(openEntry(oldKey, vaultId, record.id, record), record.id).toBeUndefined();
    }

    // Through the vault itself: today's entries under the snapshot's key wrapping fail.
    const { dir: mixedDir } = await newPlace();
    const old = await bodyOf(snapshot);
    await writeFile(path.join(mixedDir, 'vault.json'), serializeVaultFile({ ...current, dataKey: old.dataKey }));
    const opened = await Vault.open({ dir: mixedDir, keychain });
    await opened.unlock();
    expect((await deskIdFailure(opened.get('after'))).code).toBe('vault_damaged');

    // The vault itself still reads everything, with the PIN.
    const reopened = await Vault.open({ dir, keychain });
    await reopened.unlock({ pin: '482913' });
    expect(await reopened.get('before')).toEqual({ secret: 'old' });
    expect(await reopened.get('after')).toEqual({ secret: 'added with a PIN' });
  });

  it('re-keys on PIN change and removal too, and deletes damaged copies under the old key', async () => {
    const { dir, vault, vaultId } = await newVault();
    await vault.put('a', 1);
    await vault.setPin('481516', { kdf });
    const damaged = path.join(dir, 'vault.json.damaged-2026-11-26T06-00-00-000Z');
    await copyFile(path.join(dir, 'vault.json'), damaged);
    const keychainKey = await readKeychainKey(keychain, `vault-key:${vaultId}`);
    const seen = new Set<string>();
    for (const pin of ['620417', null]) {
      const before = await bodyOf(path.join(dir, 'vault.json'));
      await vault.setPin(pin, { kdf });
      const after = await bodyOf(path.join(dir, 'vault.json'));
      // A one-byte value has a one-byte ciphertext, which a new key repeats one time in 256:
      // compare the whole sealed box (its 128-bit tag included) instead.
      const sealed = (entry: (typeof after.entries)[number] | undefined) =>
        `${entry?.iv}:${entry?.ciphertext}:${entry?.tag}`;
      expect(sealed(after.entries[0])).not.toBe(sealed(before.entries[0]));
      seen.add(after.dataKey.ciphertext);
    }
    expect(seen.size).toBe(2);
    // After the removal the vault opens with the keychain key; its key is new.
    const last = await bodyOf(path.join(dir, 'vault.json'));
    const key = unwrapDataKey(last.dataKey, vaultId, keychainKey, null);
    keychainKey.fill(0);
    if (!Buffer.isBuffer(key)) throw new Error('keychain-only vault should open');
    expect(openEntry(key, vaultId, 'a', last.entries[0]!)).toBe(1);
    expect((await readdir(dir)).filter((name) => name.includes('.damaged-'))).toEqual([]);
    expect(await vault.get('a')).toBe(1);
  });

  it('a second DeskID process holding the old key locks instead of writing under it', async () => {
    const { dir, vault } = await newVault();
    await vault.put('a', 1);
    const other = await Vault.open({ dir, keychain });
    await other.unlock();
    await vault.setPin('918273', { kdf });
    const refused = await deskIdFailure(other.put('b', 2));
    expect(refused.code).toBe('vault_locked');
    expect(other.unlocked).toBe(false);
    await other.unlock({ pin: '918273' });
    await other.put('b', 2);
    const reopened = await Vault.open({ dir, keychain });
    await reopened.unlock({ pin: '918273' });
    expect((await reopened.entries()).map((entry) => [entry.id, entry.value])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
});
