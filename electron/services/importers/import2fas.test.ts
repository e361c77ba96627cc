import { createCipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { import2fas } from './import2fas';

const services = [
  {
    name: 'GitHub',
    secret: 'JBSWY3DPEHPK3PXP',
    otp: { account: 'alice', issuer: 'GitHub', digits: 7, period: 45, algorithm: 'SHA512', tokenType: 'TOTP' },
    order: { position: 0 },
  },
  {
    name: 'Bank',
    secret: 'KRUGS4ZANFZSAYJAORSXG5A',
    otp: { account: 'bob', issuer: 'Bank', digits: 6, period: 30, algorithm: 'SHA1', counter: 12, tokenType: 'HOTP' },
    order: { position: 1 },
  },
  {
    name: 'Steam',
    secret: 'JRZCL47CMXVOQMNPZR2F7J4RGI',
    otp: { account: 'gamer', issuer: 'Steam', digits: 5, period: 30, algorithm: 'SHA1', tokenType: 'STEAM' },
    order: { position: 2 },
  },
];

/** A 2FAS encrypted backup: PBKDF2-SHA256 (10,000), AES-256-GCM, `ciphertext+tag:salt:iv`. */
function encrypt(list: unknown, password: string): string {
  const salt = randomBytes(256);
  const iv = randomBytes(12);
  const key = pbkdf2Sync(password, salt, 10_000, 32, 'sha256');
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(list)), cipher.final(), cipher.getAuthTag()]);
  return [sealed, salt, iv].map((part) => part.toString('base64')).join(':');
}

const backup = (schemaVersion: number, extra: object): string =>
  JSON.stringify({ services: [], groups: [], updatedAt: 1, schemaVersion, appOrigin: 'android', ...extra });

describe('import2fas', () => {
  it('reads an encrypted schema 4 backup made the 2FAS way', async () => {
    const result = await import2fas(backup(4, { servicesEncrypted: encrypt(services, 'pw'), reference: 'x' }), {
      password: 'pw',
    });
    expect(result.skipped).toEqual([]);
    expect(result.accounts.map((a) => [a.type, a.issuer, a.label, a.algorithm, a.digits])).toEqual([
      ['totp', 'GitHub', 'alice', 'SHA512', 7],
      ['hotp', 'Bank', 'bob', 'SHA1', 6],
      ['steam', 'Steam', 'gamer', 'SHA1', 5],
    ]);
    expect(result.accounts[1]).toMatchObject({ counter: 12 });
  });

  it('answers wrong_password, password_required and import_failed for a damaged envelope', async () => {
    const file = backup(3, { servicesEncrypted: encrypt(services, 'pw') });
    await expect(import2fas(file, { password: 'nope' })).rejects.toMatchObject({ code: 'wrong_password' });
    await expect(import2fas(file)).rejects.toMatchObject({ code: 'password_required' });
    await expect(import2fas(backup(3, { servicesEncrypted: 'abc' }), { password: 'pw' })).rejects.toMatchObject({
      code: 'import_failed',
    });
  });

  it('reads schemas 1 to 3 with their limits: only TOTP before 3, and no parameters in 1', async () => {
    const v1 = [
      { name: 'GitHub', secret: 'JBSWY3DPEHPK3PXP', otp: { account: 'alice', issuer: 'GitHub' }, type: 'Unknown' },
    ];
    expect((await import2fas(backup(1, { services: v1 }))).accounts[0]).toMatchObject({
      type: 'totp',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    });
    const v2 = services.slice(0, 2).map((service) => {
      const otp: Record<string, unknown> = { ...service.otp };
      delete otp.tokenType;
      delete otp.counter;
      return { ...service, otp };
    });
    expect((await import2fas(backup(2, { services: v2 }))).accounts.map((a) => a.type)).toEqual(['totp', 'totp']);
    expect((await import2fas(backup(3, { services }))).accounts.map((a) => a.type)).toEqual(['totp', 'hotp', 'steam']);
  });
});
