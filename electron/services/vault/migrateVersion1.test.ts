import { randomUUID } from 'node:crypto';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempVaultPlaces } from '../../../test/fixtures/tempVaultPlaces';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { Vault } from './Vault';

// Vaults written by DeskID before format version 2 (fixtures/README.md) open, and the
// first good unlock rewrites them in the current format.
const keychain = new NapiKeychain(`deskid-test-migrate-${randomUUID()}`);
const newPlace = tempVaultPlaces(keychain, 'deskid-vault-migrate-');
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const entry = { issuer: 'Clinic Portal', label: 'dana', secret: 'JBSWY3DPEHPK3PXP' };

/** Puts a version-1 fixture in a fresh folder, its keychain item in the test keychain. */
async function placeFixture(name: 'v1-pin' | 'v1-keychain') {
  const source = path.join(fixtures, name);
  const text = await readFile(path.join(source, 'vault.json'), 'utf8');
  const { body } = JSON.parse(text) as { version: number; body: { vaultId: string } };
  const { dir } = await newPlace();
  await copyFile(path.join(source, 'vault.json'), path.join(dir, 'vault.json'));
  const account = `vault-key:${body.vaultId}`;
  await keychain.set(account, (await readFile(path.join(source, 'keychain-item.txt'), 'utf8')).trim());
  return { dir, vaultId: body.vaultId, account };
}

async function versionOf(file: string): Promise<number> {
  return (JSON.parse(await readFile(file, 'utf8')) as { version: number }).version;
}

describe('a version-1 vault', () => {
  it.each([
    ['with a PIN', 'v1-pin', '482913'],
    ['without a PIN', 'v1-keychain', undefined],
  ] as const)('%s opens, and its first unlock rewrites it in version 2', async (_case, name, pin) => {
    const { dir, vaultId } = await placeFixture(name);
    const file = path.join(dir, 'vault.json');
    expect(await versionOf(file)).toBe(1);
    const vault = await Vault.open({ dir, keychain });
    expect(vault.info()).toMatchObject({ vaultId, hasPin: pin !== undefined, entryCount: 1 });
    await vault.unlock(pin === undefined ? {} : { pin });
    expect(await vault.get('acc-1')).toEqual(entry);
    expect(await versionOf(file)).toBe(2);
    // The previous generation is kept, in the new layout too: no file keeps the old one.
    expect(await versionOf(path.join(dir, 'vault.json.bak'))).toBe(2);
    await vault.put('acc-2', 'added after');
    vault.lock();

    const reopened = await Vault.open({ dir, keychain });
    await reopened.unlock(pin === undefined ? {} : { pin });
    expect(await reopened.get('acc-1')).toEqual(entry);
    expect(await reopened.get('acc-2')).toBe('added after');
  });

  it('loses the damaged copies DeskID set aside before the migration: they would still confirm the PIN', async () => {
    const { dir } = await placeFixture('v1-pin');
    const aside = 'vault.json.damaged-2026-01-01T00-00-00-000Z';
    await copyFile(path.join(dir, 'vault.json'), path.join(dir, aside));
    const vault = await Vault.open({ dir, keychain });
    expect(await readdir(dir)).toContain(aside); // opening alone changes no file
    await vault.unlock({ pin: '482913' });
    expect((await readdir(dir)).filter((name) => name.includes('damaged'))).toEqual([]);
    expect(await vault.get('acc-1')).toEqual(entry);
  });
});
