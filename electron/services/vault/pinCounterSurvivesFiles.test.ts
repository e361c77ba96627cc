import { randomUUID } from 'node:crypto';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deskIdFailure } from '../../../test/fixtures/deskIdFailure';
import { tempVaultPlaces } from '../../../test/fixtures/tempVaultPlaces';
import { NapiKeychain } from '../keychain/NapiKeychain';
import type { Argon2Params } from './deriveArgon2Key';
import { Vault } from './Vault';

// Issue 9, point 9: deleting files in the profile folder must not reset the PIN counter.
const keychain = new NapiKeychain(`deskid-test-pincounter-${randomUUID()}`);
const kdf: Argon2Params = { memoryKiB: 19_456, iterations: 1, parallelism: 1 };
const newPlace = tempVaultPlaces(keychain, 'deskid-vault-pincounter-');
const pin = '482913';

/** Deletes every file of the profile folder except vault.json (pin-state.json among them). */
async function deleteAllButVault(dir: string): Promise<string[]> {
  const others = (await readdir(dir)).filter((name) => name !== 'vault.json');
  await Promise.all(others.map((name) => rm(path.join(dir, name), { force: true })));
  return others;
}

async function wrongGuesses(count: number, { clock }: { clock: { at: number } }) {
  const { dir, vaultId } = await newPlace();
  const now = () => clock.at;
  const vault = await Vault.create({ dir, keychain, vaultId, pin, kdf, now });
  await vault.put('a1', 'v');
  vault.lock();
  for (let attempt = 1; attempt <= count; attempt += 1) {
    const reopened = await Vault.open({ dir, keychain, now });
    await deskIdFailure(reopened.unlock({ pin: '739146' }));
    if (attempt < count) clock.at += 2 * 60 * 60 * 1000; // past any wait, but not the last one
  }
  return { dir, now };
}

describe('the wrong-PIN counter', () => {
  it('still refuses, with the wait, after 3 wrong PINs and every file but vault.json deleted', async () => {
    const clock = { at: Date.parse('2026-01-01T00:00:00Z') };
    const { dir, now } = await wrongGuesses(3, { clock });
    await deleteAllButVault(dir);
    const vault = await Vault.open({ dir, keychain, now });
    const refused = await deskIdFailure(vault.unlock({ pin }));
    expect(refused.code).toBe('pin_throttled');
    expect(refused.details).toMatchObject({ failures: 3, retryAfter: 30 });
    expect(await vault.pinStatus()).toMatchObject({ failures: 3, retryAfter: 30 });
  });

  it('still needs a PIN reset after 10 wrong PINs and every file but vault.json deleted', async () => {
    const clock = { at: Date.parse('2026-01-01T00:00:00Z') };
    const { dir, now } = await wrongGuesses(10, { clock });
    expect(await deleteAllButVault(dir)).toContain('vault.json.bak');
    clock.at += 24 * 60 * 60 * 1000;
    const vault = await Vault.open({ dir, keychain, now });
    const refused = await deskIdFailure(vault.unlock({ pin }));
    expect(refused.code).toBe('pin_reset_required');
    expect(refused.details).toMatchObject({ failures: 10, attemptsLeft: 0 });
    expect(vault.unlocked).toBe(false);
  });

  it('keeps the count of an old pin-state.json from the moment the profile is opened, unlocked or not', async () => {
    const clock = { at: Date.parse('2026-01-01T00:00:00Z') };
    const now = () => clock.at;
    const { dir, vaultId } = await newPlace();
    (await Vault.create({ dir, keychain, vaultId, pin, kdf, now })).lock();
    // The layout of DeskID before the counter moved: the bare key in the keychain, the count in a file.
    const account = `vault-key:${vaultId}`;
    const { key } = JSON.parse((await keychain.get(account)) ?? '') as { key: string };
    await keychain.set(account, key);
    const legacyState = {
      format: 'deskid-pin-state',
      version: 1,
      failures: 9,
      lastFailureAt: clock.at,
      nextAttemptAt: null,
    };
    await writeFile(path.join(dir, 'pin-state.json'), JSON.stringify(legacyState));
    clock.at += 2 * 60 * 60 * 1000;

    const opened = await Vault.open({ dir, keychain, now }); // listed or picked: no PIN asked
    expect(await opened.pinStatus()).toMatchObject({ failures: 9, attemptsLeft: 1 });
    await rm(path.join(dir, 'pin-state.json'), { force: true });

    const vault = await Vault.open({ dir, keychain, now });
    const refused = await deskIdFailure(vault.unlock({ pin: '739146' }));
    expect(refused.code).toBe('pin_reset_required');
    expect(refused.details).toMatchObject({ failures: 10, attemptsLeft: 0 });
  });
});
