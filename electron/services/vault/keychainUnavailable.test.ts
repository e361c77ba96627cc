import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { Vault } from './Vault';

const run = promisify(execFile);
const child = fileURLToPath(new URL('./keychainUnavailable.fixture.ts', import.meta.url));
const service = `deskid-test-nokeychain-${randomUUID()}`;
const cleanup: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const step of cleanup) await step();
});

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-vault-nokeychain-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs the fixture with a dead D-Bus address: no Secret Service is reachable. */
async function withoutSecretService(mode: 'create' | 'unlock' | 'erase', dir: string, vaultId = '') {
  // A dead bus address: with no variable at all libdbus might auto-launch a bus.
  const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' };
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child, mode, dir, service, vaultId], { env });
  return JSON.parse(stdout) as { code: string; message: string };
}

describe('vault without a Secret Service', () => {
  it('answers keychain_unavailable with what to do, and writes no vault', async () => {
    const dir = await freshDir();
    const answer = await withoutSecretService('create', dir);
    expect(answer.code).toBe('keychain_unavailable');
    expect(answer.message).toMatch(/Secret Service.*keyring.*never stores keys without it/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('answers keychain_unavailable when unlocking a vault made while it was there', async () => {
    const dir = await freshDir();
    const keychain = new NapiKeychain(service);
    const vaultId = randomUUID();
    const vault = await Vault.create({ dir, keychain, vaultId });
    cleanup.push(() => Vault.erase({ dir, keychain, vaultId }));
    await vault.put('a', 'v');
    vault.lock();
    expect((await withoutSecretService('unlock', dir)).code).toBe('keychain_unavailable');
    // Erasing stops before any file goes, so the vault is still whole afterwards.
    expect((await withoutSecretService('erase', dir, vaultId)).code).toBe('keychain_unavailable');
    const reopened = await Vault.open({ dir, keychain });
    await reopened.unlock();
    expect(await reopened.get('a')).toBe('v');
  });
});
