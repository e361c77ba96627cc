import { randomInt, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { restoreVaultBackup } from './restoreVaultBackup';
import { Vault } from './Vault';

const keychain = new NapiKeychain(`deskid-test-damage-${randomUUID()}`);
const vaultId = randomUUID();
let dir = '';
let file = '';
let pristine = Buffer.alloc(0);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-vault-damage-'));
  file = path.join(dir, 'vault.json');
  const vault = await Vault.create({ dir, keychain, vaultId });
  await vault.put('e1', { label: 'bob@example.org', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' });
  await vault.put('e2', { label: 'carol@example.org', secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U' });
  pristine = await readFile(file);
});

afterAll(async () => {
  await Vault.erase({ dir, keychain, vaultId });
  await rm(dir, { recursive: true, force: true });
});

async function openError(): Promise<DeskIdError | null> {
  try {
    const vault = await Vault.open({ dir, keychain });
    await vault.unlock();
    await vault.entries();
    return null;
  } catch (error) {
    if (error instanceof DeskIdError) return error;
    throw error;
  }
}

describe('a damaged vault', () => {
  it('answers vault_damaged for every truncation, offers the .bak and leaves the file as it was', async () => {
    const lengths = [
      0,
      1,
      10,
      pristine.length - 2,
      ...Array.from({ length: 30 }, () => randomInt(1, pristine.length - 1)),
    ];
    for (const length of lengths) {
      const damaged = pristine.subarray(0, length);
      await writeFile(file, damaged);
      const error = await openError();
      expect(error?.code, `truncated to ${length}`).toBe('vault_damaged');
      expect(error?.details).toMatchObject({ backup: path.join(dir, 'vault.json.bak') });
      expect(await readFile(file)).toEqual(damaged);
    }
  });

  it('answers vault_damaged for a single flipped bit anywhere', async () => {
    const positions = [0, pristine.length - 2, ...Array.from({ length: 150 }, () => randomInt(0, pristine.length - 1))];
    for (const position of positions) {
      const damaged = Buffer.from(pristine);
      damaged[position] = damaged[position]! ^ (1 << randomInt(0, 8));
      await writeFile(file, damaged);
      const error = await openError();
      expect(error?.code, `bit flipped at byte ${position}`).toBe('vault_damaged');
    }
  });

  it('refuses to write over a file damaged while open', async () => {
    await writeFile(file, pristine);
    const vault = await Vault.open({ dir, keychain });
    await vault.unlock();
    const damaged = pristine.subarray(0, pristine.length / 2);
    await writeFile(file, damaged);
    await expect(vault.put('e3', 'x')).rejects.toMatchObject({ code: 'vault_damaged' });
    expect(await readFile(file)).toEqual(damaged);
  });

  it('restores the .bak on request and moves the damaged file aside', async () => {
    await writeFile(file, pristine.subarray(0, 100));
    const aside = await restoreVaultBackup(dir);
    expect(aside).not.toBeNull();
    expect(await readFile(aside!)).toEqual(pristine.subarray(0, 100));
    const vault = await Vault.open({ dir, keychain });
    await vault.unlock();
    expect((await vault.list()).map((entry) => entry.id)).toEqual(['e1']);
  });
});
