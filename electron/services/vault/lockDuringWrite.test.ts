import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import { NapiKeychain } from '../keychain/NapiKeychain';
import type { Argon2Params } from './deriveArgon2Key';
import { openEntry, type JsonValue } from './entryCrypto';
import { checkVaultFile } from './readVaultFile';
import { Vault } from './Vault';

const keychain = new NapiKeychain(`deskid-test-lockrace-${randomUUID()}`);
const cheapKdf: Argon2Params = { memoryKiB: 19_456, iterations: 1, parallelism: 1 };
const pin = '135790';
const cleanup: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const step of cleanup) await step();
});

const before: Record<string, JsonValue> = { 'e-1': { secret: 'one' }, 'e-2': ['two', 2], 'e-3': 'three' };

/** The ways a write can be queued; each says how the entries look once it completed. */
const operations: Record<string, { run: (vault: Vault) => Promise<unknown>; after: Record<string, JsonValue> }> = {
  put: { run: (vault) => vault.put('new-1', { n: 1 }), after: { ...before, 'new-1': { n: 1 } } },
  putMany: {
    run: (vault) =>
      vault.putMany([
        { id: 'e-2', value: 'changed' },
        { id: 'new-2', value: 2 },
      ]),
    after: { ...before, 'e-2': 'changed', 'new-2': 2 },
  },
  delete: {
    run: (vault) => vault.delete('e-1'),
    after: { 'e-2': before['e-2']!, 'e-3': before['e-3']! },
  },
  setPin: { run: (vault) => vault.setPin(pin, { kdf: cheapKdf }), after: before },
};

/** Yields to the event loop `turns` times, so lock() lands at different points of the write. */
async function turns(count: number): Promise<void> {
  for (let turn = 0; turn < count; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

describe('lock() while a write is queued', () => {
  for (const [name, operation] of Object.entries(operations)) {
    it(`${name}: fails with vault_locked or completes, and never seals under a zeroed key`, async () => {
      const outcomes = new Set<string>();
      for (const delay of [0, 1, 2, 3, 5, 8, 13, 21]) {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-vault-lockrace-'));
        const vaultId = randomUUID();
        cleanup.push(
          () => rm(dir, { recursive: true, force: true }),
          () => Vault.erase({ dir, keychain, vaultId }),
        );
        const vault = await Vault.create({ dir, keychain, vaultId, kdf: cheapKdf });
        await vault.putMany(Object.entries(before).map(([id, value]) => ({ id, value })));

        const pending = operation.run(vault);
        await turns(delay);
        vault.lock();
        const settled = await pending.then(
          () => 'completed',
          (error: unknown) => {
            if (error instanceof DeskIdError && error.code === 'vault_locked') return 'vault_locked';
            throw error;
          },
        );
        outcomes.add(settled);

        const reopened = await Vault.open({ dir, keychain });
        await reopened.unlock(reopened.info().hasPin ? { pin } : {});
        const stored = Object.fromEntries((await reopened.entries()).map((entry) => [entry.id, entry.value]));
        expect(stored, `delay ${delay}`).toEqual(settled === 'completed' ? operation.after : before);

        const zeroKey = Buffer.alloc(32);
        for (const file of (await readdir(dir)).filter((entry) => entry.startsWith('vault.json'))) {
          const check = await checkVaultFile(path.join(dir, file));
          if (check === 'missing' || !check.ok) throw new Error(`${file} unreadable`);
          for (const record of check.body.entries) {
            expect(openEntry(zeroKey, vaultId, record.id, record), `${file} ${record.id}`).toBeUndefined();
          }
        }
      }
      // A lock before the write starts always wins.
      expect(outcomes.has('vault_locked')).toBe(true);
    });
  }
});
