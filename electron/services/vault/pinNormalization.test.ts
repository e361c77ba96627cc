import { randomUUID } from 'node:crypto';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import { deskIdFailure } from '../../../test/fixtures/deskIdFailure';
import { tempVaultPlaces } from '../../../test/fixtures/tempVaultPlaces';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { checkPin } from './checkPin';
import type { Argon2Params } from './deriveArgon2Key';
import { Vault } from './Vault';

// Review of issue 9, nit 12: a PIN is NFKC-normalised wherever it enters, and the rules
// judge the normalised form.
const keychain = new NapiKeychain(`deskid-test-pinform-${randomUUID()}`);
const kdf: Argon2Params = { memoryKiB: 19_456, iterations: 1, parallelism: 1 };
const newPlace = tempVaultPlaces(keychain, 'deskid-vault-pinform-');
const letterPinFixture = fileURLToPath(new URL('./fixtures/v2-letter-pin/', import.meta.url));

/** The vault of fixtures/v2-letter-pin (PIN `café-2931`, set before PINs were digits only) in a fresh folder. */
async function placeLetterPinVault(): Promise<string> {
  const { dir } = await newPlace();
  const text = await readFile(path.join(letterPinFixture, 'vault.json'), 'utf8');
  const { vaultId } = (JSON.parse(text) as { body: { vaultId: string } }).body;
  await copyFile(path.join(letterPinFixture, 'vault.json'), path.join(dir, 'vault.json'));
  const item = await readFile(path.join(letterPinFixture, 'keychain-item.txt'), 'utf8');
  await keychain.set(`vault-key:${vaultId}`, item.trim());
  return dir;
}

describe('PIN normalisation', () => {
  it.each([
    ['full-width straight run', '１２３４５６', 'run'],
    ['full-width repeated digit', '７７７７７７', 'repeated'],
    ['full-width common PIN', '１２３１２３', 'common'],
    ['full-width letters', 'ｃａｆｅ２９３１', 'digits'],
  ])('refuses a %s like its ASCII twin', (_case, pin, rule) => {
    const refused = (() => {
      try {
        checkPin(pin);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refused).toBeInstanceOf(DeskIdError);
    expect(refused).toMatchObject({ code: 'invalid_pin', details: { rule } });
  });

  it('unlocks a PIN with letters set before PINs were digits only, typed in another Unicode form', async () => {
    const dir = await placeLetterPinVault();
    const vault = await Vault.open({ dir, keychain });
    expect(vault.info()).toMatchObject({ hasPin: true, entryCount: 1 });
    await vault.unlock({ pin: 'caf\u00e9-2931' }); // the precomposed "é"; it was set decomposed
    expect(await vault.get('acc-1')).toMatchObject({ issuer: 'Clinic Portal' });
    vault.lock();
    await vault.unlock({ pin: 'cafe\u0301-2931' }); // as it was set
    expect(vault.unlocked).toBe(true);

    // A new PIN is digits only; the current one set again (as setting up the PIN reset
    // does) is no new PIN, and is kept.
    expect(await deskIdFailure(vault.setPin('caf\u00e9-2932', { kdf }))).toMatchObject({
      code: 'invalid_pin',
      details: { rule: 'digits' },
    });
    await vault.setPin('cafe\u0301-2931', { kdf });
    vault.lock();
    await vault.unlock({ pin: 'caf\u00e9-2931' });

    // Full-width digits are digits.
    await vault.setPin('４８２９１３', { kdf });
    vault.lock();
    expect((await deskIdFailure(vault.unlock({ pin: 'caf\u00e9-2931' }))).code).toBe('wrong_pin');
    await vault.unlock({ pin: '482913' });
    expect(await vault.get('acc-1')).toMatchObject({ issuer: 'Clinic Portal' });
  });
});
