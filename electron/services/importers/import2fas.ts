import { pbkdf2 } from 'node:crypto';
import { promisify } from 'node:util';
import { z } from 'zod';
import { DeskIdError } from '../../contract/DeskIdError';
import { buildAccount } from './buildAccount';
import { decryptAesGcm } from './decryptAesGcm';
import type { ImportResult } from './ImportResult';
import { parseJson } from './parseJson';
import { readEntries } from './readEntries';

const pbkdf2Async = promisify(pbkdf2);
const anything = z.unknown().optional();
const backupSchema = z.looseObject({
  schemaVersion: z.number().int().min(1).max(4).optional(),
  services: z.array(z.unknown()),
  servicesEncrypted: z.string().optional(),
});
const serviceSchema = z.looseObject({
  name: anything,
  secret: anything,
  otp: z
    .looseObject({
      account: anything,
      label: anything,
      issuer: anything,
      digits: anything,
      period: anything,
      algorithm: anything,
      counter: anything,
      tokenType: anything,
    })
    .optional(),
});

/** 2FAS: PBKDF2-HMAC-SHA256 (10,000 rounds) and AES-256-GCM, as `ciphertext+tag:salt:iv` in base64. */
async function decryptServices(encrypted: string, password: string): Promise<unknown> {
  const parts = encrypted.split(':').map((part) => Buffer.from(part, 'base64'));
  const [sealed, salt, iv] = parts;
  if (parts.length !== 3 || sealed === undefined || salt === undefined || iv === undefined || sealed.length < 16) {
    throw new DeskIdError('import_failed', 'The encrypted part of this 2FAS backup is damaged.');
  }
  const key = await pbkdf2Async(password, salt, 10_000, 32, 'sha256');
  try {
    const plain = decryptAesGcm(key, iv, sealed.subarray(0, -16), sealed.subarray(-16));
    const services = parseJson(plain.toString('utf8'), '2FAS');
    plain.fill(0);
    return services;
  } finally {
    key.fill(0);
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Reads a 2FAS backup (`.2fas` or `.json`), schemas 1 to 4, plain or encrypted with a
 * password. Schemas 1 and 2 know only TOTP, so every entry is TOTP (schema 1 also has no
 * algorithm, digits or period: SHA1, 6, 30 s); schemas 3 and 4 give the token type (TOTP,
 * HOTP, Steam). Answers `password_required`, `wrong_password` or `import_failed`.
 */
export async function import2fas(content: string, { password }: { password?: string } = {}): Promise<ImportResult> {
  const backup = backupSchema.safeParse(parseJson(content, '2FAS'));
  if (!backup.success) throw new DeskIdError('import_failed', 'This is not a 2FAS backup.');
  let services: unknown = backup.data.services;
  const { servicesEncrypted } = backup.data;
  if (servicesEncrypted !== undefined && servicesEncrypted !== '') {
    if (password === undefined)
      throw new DeskIdError('password_required', 'This 2FAS backup is encrypted: enter its password.');
    services = await decryptServices(servicesEncrypted, password);
  }
  const list = z.array(z.unknown()).safeParse(services);
  if (!list.success) throw new DeskIdError('import_failed', 'The 2FAS backup has no list of services.');
  const { accounts, skipped } = readEntries(
    list.data,
    (item) => {
      const { name, secret, otp = {} } = serviceSchema.parse(item);
      return buildAccount({
        type: typeof otp.tokenType === 'string' ? otp.tokenType : 'totp',
        issuer: text(otp.issuer) || text(name),
        label: text(otp.account) || text(otp.label),
        secret,
        algorithm: otp.algorithm,
        digits: otp.digits,
        period: otp.period,
        counter: otp.counter,
      });
    },
    (item) => {
      const service = item as { name?: unknown; otp?: { account?: unknown } };
      return [service.name, service.otp?.account].filter((part) => typeof part === 'string').join(': ');
    },
  );
  return { format: '2fas', accounts, skipped };
}
