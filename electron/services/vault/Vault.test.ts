import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { unwrapDataKey } from './dataKeyWrap';
import { deriveArgon2Key, type Argon2Params } from './deriveArgon2Key';
import { readKeychainKey } from './keychainItem';
import { checkVaultFile } from './readVaultFile';
import type { PinResetAuthority } from './PinResetAuthority';
import { isCurrentBody } from './vaultFileSchema';
import { Vault } from './Vault';
import { deskIdFailure } from '../../../test/fixtures/deskIdFailure';

const keychain = new NapiKeychain(`deskid-test-vault-${randomUUID()}`);
const cheapKdf: Argon2Params = { memoryKiB: 19_456, iterations: 1, parallelism: 1 };
const cleanup: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const step of cleanup) await step();
});

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-vault-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function newVault(extra: Partial<Parameters<typeof Vault.create>[0]> = {}) {
  const dir = await freshDir();
  const vaultId = randomUUID();
  cleanup.push(() => Vault.erase({ dir, keychain, vaultId }));
  const vault = await Vault.create({ dir, keychain, vaultId, kdf: cheapKdf, ...extra });
  return { dir, vault, vaultId };
}

describe('Vault', () => {
  it('stores, lists, replaces and deletes opaque JSON entries across reopen', async () => {
    const { dir, vault } = await newVault();
    await vault.put('a1', { issuer: 'Example', n: 1 });
    await vault.put('b2', ['x', 2, null]);
    await vault.put('a1', { issuer: 'Example', n: 2 });
    expect((await vault.list()).map((meta) => meta.id)).toEqual(['a1', 'b2']);
    expect(await vault.delete('b2')).toBe(true);
    expect(await vault.delete('b2')).toBe(false);

    const reopened = await Vault.open({ dir, keychain });
    expect(reopened.unlocked).toBe(false);
    await reopened.unlock();
    expect(await reopened.get('a1')).toEqual({ issuer: 'Example', n: 2 });
    expect(await reopened.get('b2')).toBeUndefined();
    expect(reopened.info()).toMatchObject({ entryCount: 1, hasPin: false, generation: 5 });
  });

  it('keeps the previous generation as vault.json.bak', async () => {
    const { dir, vault } = await newVault();
    await vault.put('a1', 1);
    const first = await readFile(path.join(dir, 'vault.json'), 'utf8');
    await vault.put('a2', 2);
    expect(await readFile(path.join(dir, 'vault.json.bak'), 'utf8')).toBe(first);
  });

  it('holds no key when locked, and refuses reads and writes', async () => {
    const { vault } = await newVault();
    await vault.put('a1', 'v');
    vault.lock();
    expect(vault.unlocked).toBe(false);
    await expect(vault.get('a1')).rejects.toMatchObject({ code: 'vault_locked' });
    expect((await deskIdFailure(vault.put('a2', 'v'))).code).toBe('vault_locked');
  });

  it('keeps secrets and labels out of the file in clear', async () => {
    const { dir, vault } = await newVault({ pin: '918273' });
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const label = 'alice.clinic@example.org';
    await vault.put('0f3c9e1a', { issuer: 'Northwind Health', label, secret });
    for (const file of ['vault.json', 'vault.json.bak']) {
      const text = await readFile(path.join(dir, file), 'utf8');
      for (const clear of [secret, label, 'Northwind', 'alice', '918273']) expect(text).not.toContain(clear);
      expect(text).not.toContain(Buffer.from(secret).toString('base64'));
    }
  });

  it('binds each entry to its id: a ciphertext moved to another id is refused', async () => {
    const { dir, vault, vaultId } = await newVault();
    await vault.put('a1', 'first');
    await vault.put('b2', 'second');
    const file = path.join(dir, 'vault.json');
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { body: { entries: { id: string }[] } };
    const [a, b] = parsed.body.entries;
    // Swap the ids, keep each box: re-serialize so the checksum is valid again.
    const body = {
      ...parsed.body,
      entries: [
        { ...a!, id: b!.id },
        { ...b!, id: a!.id },
      ],
    };
    const { serializeVaultFile } = await import('./serializeVaultFile');
    const { writeFileAtomic } = await import('./writeFileAtomic');
    await writeFileAtomic(file, serializeVaultFile(body as Parameters<typeof serializeVaultFile>[0]));
    const reopened = await Vault.open({ dir, keychain });
    await reopened.unlock();
    await expect(reopened.get('a1')).rejects.toMatchObject({ code: 'vault_damaged' });
    expect(vaultId).toBe(reopened.info().vaultId);
  });

  it('needs the PIN when one is set, and counts wrong PINs with a growing, persisted delay', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const now = () => clock;
    const { dir, vault } = await newVault({ pin: '246813', now });
    await vault.put('a1', 'v');
    vault.lock();

    let reopened = await Vault.open({ dir, keychain, now });
    expect((await deskIdFailure(reopened.unlock())).code).toBe('vault_locked');
    const retryAfters: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const error = await deskIdFailure(reopened.unlock({ pin: '0000' }));
      expect(error.code).toBe('wrong_pin');
      expect(error.details).toMatchObject({ failures: attempt, attemptsLeft: 10 - attempt });
      expect(error.message).not.toContain('0000');
      retryAfters.push(error.details!.retryAfter as number);
      if (attempt >= 3) {
        // Throttled until the wait is over, even for the right PIN, and across a reopen.
        reopened = await Vault.open({ dir, keychain, now });
        const throttled = await deskIdFailure(reopened.unlock({ pin: '246813' }));
        expect(throttled.code).toBe('pin_throttled');
        expect(throttled.details!.retryAfter).toBe(retryAfters.at(-1));
        clock += (retryAfters.at(-1) ?? 0) * 1000;
      }
    }
    expect(retryAfters).toEqual([0, 0, 30, 60, 120]);
    expect(await reopened.pinStatus()).toMatchObject({ failures: 5, attemptsLeft: 5, retryAfter: 0 });

    await reopened.unlock({ pin: '246813' });
    expect(await reopened.get('a1')).toBe('v');
    expect(await reopened.pinStatus()).toMatchObject({ failures: 0, retryAfter: 0 });
  });

  it('counts parallel PIN guesses one by one (no slipping past the throttle)', async () => {
    const now = () => Date.parse('2026-01-01T00:00:00Z');
    const { dir } = await newVault({ pin: '246813', now });
    const vault = await Vault.open({ dir, keychain, now });
    const answers = await Promise.all(
      ['1111', '2222', '3333', '4444', '5555', '6666'].map((pin) => deskIdFailure(vault.unlock({ pin }))),
    );
    // Which guess comes first is up to scheduling; how many get checked is not.
    expect(answers.map((answer) => answer.code).sort()).toEqual([
      'pin_throttled',
      'pin_throttled',
      'pin_throttled',
      'wrong_pin',
      'wrong_pin',
      'wrong_pin',
    ]);
    expect(await vault.pinStatus()).toMatchObject({ failures: 3, retryAfter: 30 });
  });

  it('takes over the PIN-attempt lock of a process that died', async () => {
    const { dir } = await newVault({ pin: '246813' });
    const { spawnSync } = await import('node:child_process');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(dir, 'pin-state.json.lock'), dead.stdout);
    const vault = await Vault.open({ dir, keychain });
    await vault.unlock({ pin: '246813' });
    expect(vault.unlocked).toBe(true);
  });

  it('after 10 wrong PINs needs keychain plus ID-server sign-in, then takes a new PIN', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const now = () => clock;
    let deposited: Uint8Array | null = null;
    const authority: PinResetAuthority = {
      deposit: (share) => {
        deposited = Uint8Array.from(share);
        return Promise.resolve();
      },
      withdraw: () => Promise.resolve(deposited ?? new Uint8Array(32)),
    };
    const { dir, vault } = await newVault({ pin: '135724', now, resetAuthority: authority });
    expect(vault.info().pinResettable).toBe(true);
    await vault.put('a1', 'kept');
    vault.lock();

    let last: DeskIdError | undefined;
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const reopened = await Vault.open({ dir, keychain, now });
      last = await deskIdFailure(reopened.unlock({ pin: '9999' }));
      clock += 2 * 60 * 60 * 1000;
    }
    expect(last?.code).toBe('pin_reset_required');
    const locked = await Vault.open({ dir, keychain, now });
    expect((await deskIdFailure(locked.unlock({ pin: '135724' }))).code).toBe('pin_reset_required');

    const wrongShare: PinResetAuthority = {
      deposit: () => Promise.resolve(),
      withdraw: () => Promise.resolve(new Uint8Array(32)),
    };
    expect((await deskIdFailure(locked.resetPin({ authority: wrongShare, newPin: '864213' }))).code).toBe(
      'pin_reset_required',
    );

    await locked.resetPin({ authority, newPin: '864213' });
    expect(await locked.get('a1')).toBe('kept');
    locked.lock();
    const again = await Vault.open({ dir, keychain, now });
    expect((await deskIdFailure(again.unlock({ pin: '135724' }))).code).toBe('wrong_pin');
    await again.unlock({ pin: '864213' });
    expect(await again.get('a1')).toBe('kept');
  });

  it('leaves no file that opens without the PIN, or with an old PIN, after a PIN is set or changed', async () => {
    const { dir, vault, vaultId } = await newVault();
    await vault.put('a1', 'secret value');
    await vault.put('a2', 'another');
    await vault.setPin('120734');
    await vault.setPin('567812');
    const keychainKey = await readKeychainKey(keychain, `vault-key:${vaultId}`);
    for (const name of await readdir(dir)) {
      if (!name.startsWith('vault.json')) continue;
      const check = await checkVaultFile(path.join(dir, name));
      if (check === 'missing' || !check.ok || !isCurrentBody(check.body)) throw new Error(`${name} unreadable`);
      expect(unwrapDataKey(check.body.dataKey, vaultId, keychainKey, null), name).toBeNull();
      const oldPin = check.body.dataKey.pin!;
      const oldKey = await deriveArgon2Key('120734', Buffer.from(oldPin.kdf.salt, 'base64'), oldPin.kdf);
      expect(unwrapDataKey(check.body.dataKey, vaultId, keychainKey, oldKey), name).toBeNull();
    }
    const created = await newVault({ pin: '246813' });
    const createdKey = await readKeychainKey(keychain, `vault-key:${created.vaultId}`);
    const first = await checkVaultFile(path.join(created.dir, 'vault.json'));
    if (first === 'missing' || !first.ok || !isCurrentBody(first.body)) throw new Error('unreadable');
    expect(unwrapDataKey(first.body.dataKey, created.vaultId, createdKey, null)).toBeNull();
    expect(first.body.generation).toBe(1);
  });

  it('removes a PIN and refuses a too-short, trivial or not-only-digits one', async () => {
    const { dir, vault } = await newVault({ pin: '481516' });
    expect((await deskIdFailure(vault.setPin('12'))).code).toBe('invalid_pin');
    expect((await deskIdFailure(vault.setPin('48151a'))).details).toMatchObject({ rule: 'digits' });
    expect((await deskIdFailure(vault.setPin('123456'))).details).toMatchObject({ rule: 'run' });
    await vault.setPin(null);
    vault.lock();
    const reopened = await Vault.open({ dir, keychain });
    await reopened.unlock();
    expect(reopened.info().hasPin).toBe(false);
  });

  it('answers vault_not_found for a directory without a vault', async () => {
    const dir = await freshDir();
    expect((await deskIdFailure(Vault.open({ dir, keychain }))).code).toBe('vault_not_found');
  });

  it('erases its keychain item and files', async () => {
    const { dir, vault, vaultId } = await newVault();
    await vault.put('a1', 'v');
    expect(await Vault.erase({ dir, keychain, vaultId })).toBe(true);
    expect(await keychain.get(`vault-key:${vaultId}`)).toBeNull();
    expect((await deskIdFailure(Vault.open({ dir, keychain }))).code).toBe('vault_not_found');
  });
});
