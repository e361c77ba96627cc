import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tempVaultPlaces } from '../../../test/fixtures/tempVaultPlaces';
import type { Keychain } from '../keychain/Keychain';
import { NapiKeychain } from '../keychain/NapiKeychain';
import type { Argon2Params } from './deriveArgon2Key';
import { Vault } from './Vault';

// A PIN attempt is counted in the keychain item before its result is looked at: the key is
// derived while that count is written, and a count that cannot be written leaves the vault
// locked even for the right PIN. The real keychain, with one write refused on purpose.
const real = new NapiKeychain(`deskid-test-pinfirst-${randomUUID()}`);
let refuseWrites = false;
const keychain: Keychain = {
  backend: real.backend,
  get: (account) => real.get(account),
  set: (account, secret) =>
    refuseWrites ? Promise.reject(new Error('the store refused the write')) : real.set(account, secret),
  delete: (account) => real.delete(account),
  assertReachable: () => real.assertReachable(),
};
const kdf: Argon2Params = { memoryKiB: 19_456, iterations: 1, parallelism: 1 };
const newPlace = tempVaultPlaces(real, 'deskid-vault-pinfirst-');
const pin = '482913';

describe('a PIN attempt whose count cannot be stored', () => {
  it('does not open the vault, even with the right PIN, and the next attempt does', async () => {
    const { dir, vaultId } = await newPlace();
    const vault = await Vault.create({ dir, keychain, vaultId, pin, kdf });
    await vault.put('a1', 'v');
    vault.lock();

    refuseWrites = true;
    await expect(vault.unlock({ pin })).rejects.toThrow('the store refused the write');
    expect(vault.unlocked).toBe(false);

    refuseWrites = false;
    await vault.unlock({ pin });
    expect(await vault.get('a1')).toBe('v');
  });
});
