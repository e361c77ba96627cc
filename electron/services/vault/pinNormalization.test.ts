import { randomUUID } from 'node:crypto';
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

describe('PIN normalisation', () => {
  it.each([
    ['full-width straight run', '１２３４５６', 'run'],
    ['full-width repeated digit', '７７７７７７', 'repeated'],
    ['full-width common PIN', '１２３１２３', 'common'],
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

  it('unlocks with the PIN typed in another Unicode form than it was set in', async () => {
    const { dir } = await newPlace();
    const decomposed = 'cafe\u0301-2931'; // "café" with a combining accent, as some input methods send it
    const vault = await Vault.create({ dir, keychain, pin: decomposed, kdf });
    await vault.put('a1', 'v');
    vault.lock();
    await vault.unlock({ pin: 'caf\u00e9-2931' }); // the precomposed "é"
    expect(await vault.get('a1')).toBe('v');

    await vault.setPin('４８２９１３', { kdf }); // full-width digits
    vault.lock();
    await vault.unlock({ pin: '482913' });
    expect(vault.unlocked).toBe(true);
    vault.lock();
    expect((await deskIdFailure(vault.unlock({ pin: '482914' }))).code).toBe('wrong_pin');
  });
});
