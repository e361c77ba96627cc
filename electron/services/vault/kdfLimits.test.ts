import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempVaultPlaces } from '../../../test/fixtures/tempVaultPlaces';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { deskIdFailure } from '../../../test/fixtures/deskIdFailure';
import { serializeVaultFile } from './serializeVaultFile';
import { Vault } from './Vault';
import type { Argon2Kdf, VaultBody } from './vaultFileSchema';

const keychain = new NapiKeychain(`deskid-test-kdflimits-${randomUUID()}`);
const newPlace = tempVaultPlaces(keychain, 'deskid-vault-kdf-');

/** Costs and salts a crafted file might ask for; each must be refused before Argon2id runs. */
const craftedKdfs: Partial<Argon2Kdf>[] = [
  { memoryKiB: 2 ** 32 },
  { memoryKiB: 1_048_577 },
  { iterations: 1e9 },
  { iterations: 11 },
  { parallelism: 2 ** 24 },
  { parallelism: 17 },
  { salt: 'AAAA' },
  { salt: Buffer.alloc(32).toString('base64') },
];

describe('Argon2id parameters read from a vault file', () => {
  it('answers vault_damaged for costs above the ceilings or a salt that is not 16 bytes', async () => {
    const { dir, vaultId } = await newPlace();
    const kdf = { memoryKiB: 19_456, iterations: 1, parallelism: 1 };
    await Vault.create({ dir, keychain, vaultId, kdf, pin: '246810' });
    const file = path.join(dir, 'vault.json');
    const original = JSON.parse(await readFile(file, 'utf8')) as { body: VaultBody };
    for (const crafted of craftedKdfs) {
      const body = structuredClone(original.body);
      body.dataKey.pin = { ...body.dataKey.pin!, kdf: { ...body.dataKey.pin!.kdf, ...crafted } };
      // A valid checksum: the file is crafted, not damaged by accident.
      await writeFile(file, serializeVaultFile(body));
      const error = await deskIdFailure(Vault.open({ dir, keychain }).then((vault) => vault.unlock({ pin: '246810' })));
      expect(error.code, JSON.stringify(crafted)).toBe('vault_damaged');
      expect(error.details?.reason).toMatch(/^unexpected structure at body\.dataKey\.pin\.kdf\./);
    }
  });
});
