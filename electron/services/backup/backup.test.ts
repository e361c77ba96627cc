import { randomFillSync, randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempVaultPlaces } from '../../../test/fixtures/tempVaultPlaces';
import { AccountBook } from '../accounts/AccountBook';
import type { NewAccount } from '../authenticator/accountSchema';
import { AuditLog } from '../audit/AuditLog';
import { NapiKeychain } from '../keychain/NapiKeychain';
import { sealAesGcm } from '../vault/aesGcm';
import { deriveArgon2Key } from '../vault/deriveArgon2Key';
import { Vault } from '../vault/Vault';
import type { BackupHeader, BackupPayload } from './backupFileSchema';
import { decryptBackup } from './decryptBackup';
import { exportBackup } from './exportBackup';
import { restoreBackup } from './restoreBackup';
import { deskIdFailure } from '../../../test/fixtures/deskIdFailure';

const keychain = new NapiKeychain(`deskid-test-backup-${randomUUID()}`);
const kdf = { memoryKiB: 19_456, iterations: 1, parallelism: 1 };
const passphrase = 'correct horse battery';
const allowed = { exportsAllowed: true };
const newPlace = tempVaultPlaces(keychain, 'deskid-backup-');

async function newVault() {
  const { dir, vaultId } = await newPlace();
  const audit = new AuditLog({ file: path.join(dir, 'audit.jsonl'), profileId: vaultId });
  const vault = await Vault.create({ dir, keychain, vaultId, audit });
  return { dir, vault, audit };
}

/** A backup file as exportBackup writes it, but with any payload (crafted by someone else). */
async function craftBackup(payload: BackupPayload): Promise<string> {
  const salt = randomFillSync(Buffer.alloc(16));
  const header: BackupHeader = {
    format: 'deskid-backup',
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    kdf: { name: 'argon2id', ...kdf, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
  };
  const key = await deriveArgon2Key(passphrase, salt, kdf);
  const box = sealAesGcm(key, Buffer.from(JSON.stringify(payload)), JSON.stringify(header));
  key.fill(0);
  const b64 = (buffer: Buffer) => buffer.toString('base64');
  return JSON.stringify({ ...header, iv: b64(box.iv), tag: b64(box.tag), ciphertext: b64(box.ciphertext) });
}

/** A restore that machine policy does not limit. */
const allowAll = () => undefined;

describe('encrypted profile backup', () => {
  it('round-trips with merge and with replace', async () => {
    const source = await newVault();
    await source.vault.put('a', { label: 'ann@example.org', secret: 'ONSWG4TFORZWKY3SMV2HGZLDOJSXI4ZA' });
    await source.vault.put('b', { label: 'ben@example.org', secret: 'B' });
    const file = path.join(source.dir, 'backup.deskid');
    const profile = { displayName: 'Ann', idServer: { url: 'https://id.example.org', username: 'ann' } };
    const text = await exportBackup({
      vault: source.vault,
      passphrase,
      policy: allowed,
      profile,
      audit: source.audit,
      file,
      kdf,
    });
    expect(await readFile(file, 'utf8')).toBe(text);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    for (const clear of ['ann@example.org', 'ONSWG4TF', passphrase]) expect(text).not.toContain(clear);
    expect(JSON.parse(text)).toMatchObject({
      format: 'deskid-backup',
      version: 1,
      cipher: 'aes-256-gcm',
      kdf: { name: 'argon2id' },
    });

    const target = await newVault();
    await target.vault.put('b', { label: 'ben@example.org', secret: 'changed' });
    await target.vault.put('c', 'only here');
    // `refuse` sees exactly what each restore writes: merge the new ids, replace new and changed ones.
    const seen: string[][] = [];
    const refuse = (written: readonly { id: string }[]) => void seen.push(written.map(({ id }) => id));
    const merged = await restoreBackup({
      vault: target.vault,
      text,
      passphrase,
      mode: 'merge',
      audit: target.audit,
      refuse,
    });
    expect(merged).toMatchObject({ added: ['a'], kept: ['b'], removed: [], profile });
    expect(seen).toEqual([['a']]);
    expect(await target.vault.get('a')).toEqual({
      label: 'ann@example.org',
      secret: 'ONSWG4TFORZWKY3SMV2HGZLDOJSXI4ZA',
    });
    expect(await target.vault.get('b')).toEqual({ label: 'ben@example.org', secret: 'changed' });
    expect(await target.vault.get('c')).toBe('only here');

    const replaced = await restoreBackup({
      vault: target.vault,
      text,
      passphrase,
      mode: 'replace',
      audit: target.audit,
      refuse,
    });
    expect(replaced).toMatchObject({ added: [], replaced: ['b'], unchanged: ['a'], removed: ['c'] });
    expect(seen).toEqual([['a'], ['b']]);
    expect((await target.vault.list()).map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(await target.vault.get('b')).toEqual({ label: 'ben@example.org', secret: 'B' });

    expect((await source.audit.read()).map((record) => [record.type, record.outcome, record.count])).toContainEqual([
      'export',
      'ok',
      2,
    ]);
    expect((await target.audit.read()).filter((record) => record.type === 'import')).toHaveLength(2);
  });

  it('answers wrong_password for a wrong passphrase and unsupported_format for other files', async () => {
    const { vault } = await newVault();
    await vault.put('a', 1);
    const text = await exportBackup({ vault, passphrase, policy: allowed, kdf });
    expect((await deskIdFailure(decryptBackup(text, 'wrong horse battery'))).code).toBe('wrong_password');
    expect(
      (
        await deskIdFailure(
          restoreBackup({ vault, text, passphrase: 'nope nope nope', mode: 'replace', refuse: allowAll }),
        )
      ).code,
    ).toBe('wrong_password');
    expect(await vault.get('a')).toBe(1);
    expect((await deskIdFailure(decryptBackup('{"format":"aegis"}', passphrase))).code).toBe('unsupported_format');
    expect((await deskIdFailure(decryptBackup('not json', passphrase))).code).toBe('unsupported_format');
    const tampered = JSON.stringify({ ...(JSON.parse(text) as object), createdAt: '2020-01-01T00:00:00.000Z' });
    expect((await deskIdFailure(decryptBackup(tampered, passphrase))).code).toBe('wrong_password');
  });

  it('refuses a file that asks for Argon2id costs above the ceilings, or a salt of another size', async () => {
    const { vault } = await newVault();
    await vault.put('a', 1);
    const file = JSON.parse(await exportBackup({ vault, passphrase, policy: allowed, kdf })) as { kdf: object };
    for (const crafted of [
      { memoryKiB: 2 ** 32 },
      { iterations: 1e9 },
      { iterations: 11 },
      { parallelism: 2 ** 24 },
      { parallelism: 17 },
      { salt: 'AAAA' },
      { salt: Buffer.alloc(64).toString('base64') },
    ]) {
      const text = JSON.stringify({ ...file, kdf: { ...file.kdf, ...crafted } });
      const error = await deskIdFailure(restoreBackup({ vault, text, passphrase, mode: 'merge', refuse: allowAll }));
      expect(error.code, JSON.stringify(crafted)).toBe('import_failed');
    }
    expect(await vault.get('a')).toBe(1);
  });

  it('refuses a backup with an entry id the vault does not accept, or one id twice, naming the problem', async () => {
    const { vault, audit } = await newVault();
    await vault.put('kept', 'as it was');
    const good = { id: 'ok-1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', value: 1 };
    for (const [entries, reason] of [
      [[good, { ...good, id: 'has spaces and a secret JBSWY3DP' }], 'invalid entry id'],
      [[good, { ...good, id: '' }], 'invalid entry id'],
      [[good, { ...good, id: 'x'.repeat(201) }], 'invalid entry id'],
      [[good, { ...good, id: 'ok-1', value: 2 }], 'duplicate entry id'],
    ] as const) {
      const text = await craftBackup({ profile: { displayName: 'X', idServer: null }, entries: [...entries] });
      for (const mode of ['merge', 'replace'] as const) {
        const error = await deskIdFailure(restoreBackup({ vault, text, passphrase, mode, audit, refuse: allowAll }));
        expect(error.code).toBe('import_failed');
        expect(error.details).toEqual({ reason, entry: 2 });
        expect(error.message).toMatch(/entry 2/);
        expect(JSON.stringify(error.toJSON())).not.toContain('JBSWY3DP');
      }
    }
    expect((await vault.entries()).map((entry) => [entry.id, entry.value])).toEqual([['kept', 'as it was']]);
    expect((await audit.read()).filter((record) => record.type === 'import').map((record) => record.outcome)).toEqual(
      Array(8).fill('failed'),
    );
  });

  it('refuses a backup holding an account entry of the wrong shape, writing nothing', async () => {
    const account: NewAccount = {
      ...{ type: 'totp', issuer: 'Clinic', label: 'ann', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', icon: null },
      ...{ algorithm: 'SHA1', digits: 6, period: 30 },
    };
    const source = await newVault();
    await new AccountBook(source.vault).add([account, { ...account, label: 'ben' }]);
    await source.vault.put('account:evil', { type: 'totp', issuer: 'x' });
    const text = await exportBackup({ vault: source.vault, passphrase, policy: allowed, kdf });
    const evil = (await decryptBackup(text, passphrase)).entries.findIndex(({ id }) => id === 'account:evil') + 1;

    const target = await newVault();
    const book = new AccountBook(target.vault);
    await book.add([{ ...account, label: 'kept' }]);
    const before = await target.vault.entries();
    for (const mode of ['merge', 'replace'] as const) {
      const error = await deskIdFailure(
        restoreBackup({ vault: target.vault, text, passphrase, mode, audit: target.audit, refuse: allowAll }),
      );
      expect(error.code).toBe('import_failed');
      expect(error.message).toMatch(/holds an authenticator account DeskID cannot read/);
      expect(error.details).toEqual({ reason: 'unreadable account', entry: evil });
    }
    expect(await target.vault.entries()).toEqual(before);
    expect((await book.list()).map(({ label }) => label)).toEqual(['kept']);
    expect((await target.audit.read()).filter((record) => record.type === 'import').at(-1)?.outcome).toBe('failed');
  });

  it('is refused by policy with export_disabled, and the refusal is audited', async () => {
    const { vault, audit } = await newVault();
    const refused = await deskIdFailure(
      exportBackup({ vault, passphrase, policy: { exportsAllowed: false }, audit, kdf }),
    );
    expect(refused.code).toBe('export_disabled');
    expect((await audit.read()).at(-1)).toMatchObject({
      type: 'export',
      outcome: 'refused',
      reason: 'export_disabled',
    });
    expect((await deskIdFailure(exportBackup({ vault, passphrase: 'short', policy: allowed, kdf }))).code).toBe(
      'weak_password',
    );
  });
});
