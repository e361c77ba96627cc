import { scrypt } from 'node:crypto';
import { promisify } from 'node:util';
import { z } from 'zod';
import { DeskIdError } from '../../contract/DeskIdError';
import { buildAccount } from './buildAccount';
import { decryptAesGcm } from './decryptAesGcm';
import type { ImportResult } from './ImportResult';
import { parseJson } from './parseJson';
import { readEntries } from './readEntries';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Uint8Array,
  length: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** Aegis writes one password slot (two with a backup password); more is a hostile file. */
const maxPasswordSlots = 8;
/**
 * scrypt hashes 128·N·r·p bytes and holds 128·N·r; Aegis uses N = 2^15, r = 8, p = 1
 * (32 MiB). A slot asking for more than 256 MiB of work is refused, not obeyed.
 */
const maxScryptWork = 256 * 1024 * 1024;
const hex = z.string().regex(/^(?:[0-9a-fA-F]{2})*$/);
const keyParams = z.object({ nonce: hex, tag: hex });
const passwordSlot = z.object({
  type: z.literal(1),
  key: hex,
  key_params: keyParams,
  n: z
    .number()
    .int()
    .min(2)
    .max(2 ** 20),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: hex,
});
const vaultSchema = z.object({
  version: z.literal(1),
  header: z.object({
    slots: z.array(z.looseObject({ type: z.number() })).nullable(),
    params: keyParams.nullable(),
  }),
  db: z.union([z.string(), z.looseObject({})]),
});
const dbSchema = z.looseObject({ version: z.number(), entries: z.array(z.unknown()) });
const anything = z.unknown().optional();
const entrySchema = z.looseObject({
  type: z.string(),
  name: anything,
  issuer: anything,
  info: z.looseObject({ secret: anything, algo: anything, digits: anything, period: anything, counter: anything }),
});

const bytes = (value: string): Buffer => Buffer.from(value, 'hex');

const unsupported = (): never => {
  throw new DeskIdError('import_failed', 'This Aegis vault asks for unsupported scrypt parameters.');
};

/** The password slots of a vault, refused before any key is derived when too many or too costly. */
function passwordSlotsOf(slots: readonly unknown[]): z.infer<typeof passwordSlot>[] {
  const passwordSlots = slots.flatMap((slot) => {
    const parsed = passwordSlot.safeParse(slot);
    return parsed.success ? [parsed.data] : [];
  });
  if (passwordSlots.length === 0) {
    throw new DeskIdError('import_failed', 'This Aegis vault has no password slot; export it with a password.');
  }
  if (passwordSlots.length > maxPasswordSlots) {
    throw new DeskIdError(
      'import_failed',
      `This Aegis vault has ${passwordSlots.length} password slots; DeskID tries at most ${maxPasswordSlots}.`,
      { slots: passwordSlots.length, maxSlots: maxPasswordSlots },
    );
  }
  for (const { n, r, p } of passwordSlots) {
    if ((n & (n - 1)) !== 0 || 128 * n * r * p > maxScryptWork) unsupported();
  }
  return passwordSlots;
}

/** Unwraps the master key with the first password slot the password opens. */
async function masterKey(slots: readonly unknown[], password: string): Promise<Buffer> {
  for (const slot of passwordSlotsOf(slots)) {
    let derived: Buffer;
    try {
      derived = await scryptAsync(password, bytes(slot.salt), 32, {
        N: slot.n,
        r: slot.r,
        p: slot.p,
        maxmem: 2 * 128 * slot.n * slot.r + 1024 * 1024,
      });
    } catch {
      return unsupported();
    }
    try {
      return decryptAesGcm(derived, bytes(slot.key_params.nonce), bytes(slot.key), bytes(slot.key_params.tag));
    } catch (error) {
      if (!(error instanceof DeskIdError && error.code === 'wrong_password')) throw error;
    } finally {
      derived.fill(0);
    }
  }
  throw new DeskIdError('wrong_password', 'The password does not open this Aegis vault.');
}

/**
 * Reads an Aegis vault export (JSON), plain or encrypted with a password: scrypt derives a
 * key that unwraps the master key of a password slot (AES-256-GCM), which decrypts the
 * entries (AES-256-GCM), as Aegis documents in `docs/vault.md`. TOTP, HOTP and Steam
 * entries are read; others (mOTP, Yandex) are skipped. Answers `password_required`,
 * `wrong_password` or `import_failed`.
 */
export async function importAegis(text: string, { password }: { password?: string } = {}): Promise<ImportResult> {
  const vault = vaultSchema.safeParse(parseJson(text, 'Aegis'));
  if (!vault.success) throw new DeskIdError('import_failed', 'This is not an Aegis vault export.');
  const { header, db } = vault.data;
  let content: unknown = db;
  if (typeof db === 'string') {
    if (header.slots === null || header.params === null) {
      throw new DeskIdError('import_failed', 'This Aegis vault is encrypted but its header is missing.');
    }
    if (password === undefined)
      throw new DeskIdError('password_required', 'This Aegis vault is encrypted: enter its password.');
    const key = await masterKey(header.slots, password);
    try {
      const plain = decryptAesGcm(key, bytes(header.params.nonce), Buffer.from(db, 'base64'), bytes(header.params.tag));
      content = parseJson(plain.toString('utf8'), 'Aegis');
      plain.fill(0);
    } finally {
      key.fill(0);
    }
  }
  const parsedDb = dbSchema.safeParse(content);
  if (!parsedDb.success) throw new DeskIdError('import_failed', 'The Aegis vault has no list of entries.');
  const { accounts, skipped } = readEntries(
    parsedDb.data.entries,
    (item) => {
      const entry = entrySchema.parse(item);
      const { secret, algo, digits, period, counter } = entry.info;
      return buildAccount({
        type: entry.type,
        issuer: entry.issuer,
        label: entry.name,
        secret,
        algorithm: algo,
        digits,
        period,
        counter,
      });
    },
    (item) => {
      const entry = item as { issuer?: unknown; name?: unknown };
      return [entry.issuer, entry.name].filter((part) => typeof part === 'string').join(': ');
    },
  );
  return { format: 'aegis', accounts, skipped };
}
