import { createCipheriv, randomBytes, scryptSync } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { importAegis } from './importAegis';

const entries = [
  {
    type: 'totp',
    uuid: '1',
    name: 'alice@example.com',
    issuer: 'GitHub',
    icon: null,
    info: { secret: 'JBSWY3DPEHPK3PXP', algo: 'SHA256', digits: 8, period: 60 },
  },
  {
    type: 'hotp',
    uuid: '2',
    name: 'bob',
    issuer: 'Bank',
    info: { secret: 'KRUGS4ZANFZSAYJAORSXG5A', algo: 'SHA1', digits: 6, counter: 7 },
  },
  {
    type: 'motp',
    uuid: '3',
    name: 'old',
    issuer: 'Legacy',
    info: { secret: 'JBSWY3DPEHPK3PXP', algo: 'MD5', digits: 6, period: 10 },
  },
];

/** AES-256-GCM as Aegis uses it: 12-byte nonce, 16-byte tag beside the ciphertext. */
function seal(key: Buffer, plain: Buffer): { nonce: string; tag: string; ciphertext: Buffer } {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { nonce: nonce.toString('hex'), tag: cipher.getAuthTag().toString('hex'), ciphertext };
}

/** A password slot that a password never opens, with the given scrypt parameters. */
const decoySlot = (n: number, r: number, p: number): object => ({
  type: 1,
  uuid: `decoy-${n}-${r}-${p}`,
  key: '00'.repeat(32),
  key_params: { nonce: '00'.repeat(12), tag: '00'.repeat(16) },
  n,
  r,
  p,
  salt: '00'.repeat(32),
});

/** An encrypted Aegis vault, made as Aegis's docs/vault.md describes; `decoys` come before its password slot. */
function encryptedVault(password: string, decoys: object[] = []): string {
  const masterKey = randomBytes(32);
  const salt = randomBytes(32);
  const [n, r, p] = [2 ** 15, 8, 1];
  const derived = scryptSync(password, salt, 32, { N: n, r, p, maxmem: 64 * 1024 * 1024 });
  const wrapped = seal(derived, masterKey);
  const db = seal(masterKey, Buffer.from(JSON.stringify({ version: 3, entries, groups: [] })));
  return JSON.stringify({
    version: 1,
    header: {
      slots: [
        { type: 2, uuid: 'biometric', key: '00', key_params: { nonce: '00', tag: '00' } },
        ...decoys,
        {
          type: 1,
          uuid: 'password',
          key: wrapped.ciphertext.toString('hex'),
          key_params: { nonce: wrapped.nonce, tag: wrapped.tag },
          n,
          r,
          p,
          salt: salt.toString('hex'),
          repaired: true,
          is_backup: false,
        },
      ],
      params: { nonce: db.nonce, tag: db.tag },
    },
    db: db.ciphertext.toString('base64'),
  });
}

describe('importAegis', () => {
  it('reads a vault it encrypted itself the Aegis way, and skips unsupported types', async () => {
    const result = await importAegis(encryptedVault('correct horse'), { password: 'correct horse' });
    expect(result.accounts).toEqual([
      {
        type: 'totp',
        issuer: 'GitHub',
        label: 'alice@example.com',
        secret: 'JBSWY3DPEHPK3PXP',
        algorithm: 'SHA256',
        digits: 8,
        period: 60,
        icon: null,
      },
      {
        type: 'hotp',
        issuer: 'Bank',
        label: 'bob',
        secret: 'KRUGS4ZANFZSAYJAORSXG5A',
        algorithm: 'SHA1',
        digits: 6,
        counter: 7,
        icon: null,
      },
    ]);
    expect(result.skipped).toEqual([
      {
        position: 3,
        name: 'Legacy: old',
        reason: 'Unsupported entry type "motp".',
        why: { kind: 'entryType', type: 'motp' },
      },
    ]);
  });

  it('answers wrong_password and password_required', async () => {
    const vault = encryptedVault('right');
    await expect(importAegis(vault, { password: 'wrong' })).rejects.toMatchObject({ code: 'wrong_password' });
    await expect(importAegis(vault)).rejects.toMatchObject({ code: 'password_required' });
  });

  it('reads a plain vault and refuses broken ones', async () => {
    const plain = JSON.stringify({ version: 1, header: { slots: null, params: null }, db: { version: 2, entries } });
    expect((await importAegis(plain)).accounts).toHaveLength(2);
    await expect(importAegis(plain.slice(0, 100))).rejects.toMatchObject({ code: 'import_failed' });
    await expect(importAegis('{"version":2}')).rejects.toMatchObject({ code: 'import_failed' });
  });

  it('refuses a slot asking for more than 256 MiB of scrypt work, p included, before deriving any key', async () => {
    // N = 2^17, r = 16 holds 256 MiB, and p = 16 makes it 4 GiB of hashing (about 10 s a slot).
    await expect(importAegis(encryptedVault('pw', [decoySlot(2 ** 17, 16, 16)]), { password: 'pw' })).rejects.toThrow(
      'This Aegis vault asks for unsupported scrypt parameters.',
    );
    await expect(
      importAegis(encryptedVault('pw', [decoySlot(2 ** 15, 8, 9)]), { password: 'pw' }),
    ).rejects.toMatchObject({ code: 'import_failed' });
  });

  it('tries at most 8 password slots, and refuses a vault with more', async () => {
    const seven = Array.from({ length: 7 }, () => decoySlot(2 ** 4, 8, 1));
    expect((await importAegis(encryptedVault('pw', seven), { password: 'pw' })).accounts).toHaveLength(2);
    const eight = Array.from({ length: 8 }, () => decoySlot(2 ** 4, 8, 1));
    await expect(importAegis(encryptedVault('pw', eight), { password: 'pw' })).rejects.toMatchObject({
      code: 'import_failed',
      message: 'This Aegis vault has 9 password slots; DeskID tries at most 8.',
    });
    const thousands = Array.from({ length: 5000 }, () => decoySlot(2 ** 15, 8, 1));
    await expect(importAegis(encryptedVault('pw', thousands), { password: 'pw' })).rejects.toMatchObject({
      code: 'import_failed',
      details: { slots: 5001, maxSlots: 8 },
    });
  });
});
