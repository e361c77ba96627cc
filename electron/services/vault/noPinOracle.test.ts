import { randomBytes, randomUUID } from 'node:crypto';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deskIdFailure } from '../../../test/fixtures/deskIdFailure';
import { tempVaultPlaces } from '../../../test/fixtures/tempVaultPlaces';
import { NapiKeychain } from '../keychain/NapiKeychain';
import type { Argon2Params } from './deriveArgon2Key';
import { Vault } from './Vault';

// Issue 9, point 8: the file alone must not tell a right PIN from a wrong one.
const keychain = new NapiKeychain(`deskid-test-oracle-${randomUUID()}`);
const kdf: Argon2Params = { memoryKiB: 19_456, iterations: 1, parallelism: 1 };
const newPlace = tempVaultPlaces(keychain, 'deskid-vault-oracle-');
const pin = '482913';

/**
 * Someone with a copy of vault.json but not the keychain item: a fresh copy on another
 * keychain (service name) each try, so every try starts from the same state.
 */
async function tryCopy(file: string, vaultId: string, guess: string, plantKey: boolean) {
  const { dir } = await newPlace();
  await copyFile(file, path.join(dir, 'vault.json'));
  const stranger = new NapiKeychain(`deskid-test-oracle-stranger-${randomUUID()}`);
  // The stranger may put a key of their own where the vault looks for its key.
  if (plantKey) await stranger.set(`vault-key:${vaultId}`, randomBytes(32).toString('base64'));
  try {
    const copy = await Vault.open({ dir, keychain: stranger, now: () => 0 });
    const error = await deskIdFailure(copy.unlock({ pin: guess }));
    return { code: error.code, message: error.message, details: error.details };
  } finally {
    await Vault.erase({ dir, keychain: stranger, vaultId });
  }
}

describe('a copy of vault.json without the keychain item', () => {
  it.each([
    ['no keychain item at all', false],
    ['a keychain item of the copier’s own', true],
  ])('answers the right PIN and a wrong PIN alike (%s)', async (_case, plantKey) => {
    const { dir, vaultId } = await newPlace();
    const vault = await Vault.create({ dir, keychain, vaultId, pin, kdf });
    await vault.put('a1', { secret: 'JBSWY3DPEHPK3PXP' });
    vault.lock();
    const file = path.join(dir, 'vault.json');
    const right = await tryCopy(file, vaultId, pin, plantKey);
    const wrong = await tryCopy(file, vaultId, '739146', plantKey);
    expect(right).toEqual(wrong);
    // The vault itself, with its keychain item, still opens with the PIN.
    const reopened = await Vault.open({ dir, keychain });
    await reopened.unlock({ pin });
    expect(await reopened.get('a1')).toEqual({ secret: 'JBSWY3DPEHPK3PXP' });
  });
});
