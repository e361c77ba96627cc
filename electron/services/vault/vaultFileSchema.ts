import { z } from 'zod';
import { argon2Limits } from './argon2Limits';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');
const isoDate = z.iso.datetime();

/** Argon2id parameters and salt, as stored; costs within {@link argon2Limits}. */
export const argon2KdfSchema = z
  .object({
    name: z.literal('argon2id'),
    memoryKiB: z.number().int().min(argon2Limits.memoryKiB.min).max(argon2Limits.memoryKiB.max),
    iterations: z.number().int().min(argon2Limits.iterations.min).max(argon2Limits.iterations.max),
    parallelism: z.number().int().min(argon2Limits.parallelism.min).max(argon2Limits.parallelism.max),
    // 16 bytes are 22 base64 characters and two padding characters.
    salt: z.string().regex(/^[A-Za-z0-9+/]{21}[AQgw]==$/, 'a 16-byte salt in base64'),
  })
  .strict();

/** One stored entry: clear id and timestamps, everything else inside the GCM box. */
export const vaultEntrySchema = z
  .object({
    id: z.string().min(1).max(200),
    createdAt: isoDate,
    updatedAt: isoDate,
    iv: base64,
    tag: base64,
    ciphertext: base64,
  })
  .strict();

/** The checksummed body of a version-1 vault file. See docs/vault-format.md. */
export const vaultBodySchema = z
  .object({
    vaultId: z.string().min(1),
    generation: z.number().int().min(1),
    createdAt: isoDate,
    updatedAt: isoDate,
    dataKey: z
      .object({
        ciphertext: base64,
        keychain: z.object({ account: z.string().min(1), iv: base64, tag: base64 }).strict(),
        pin: z.object({ kdf: argon2KdfSchema, iv: base64, tag: base64 }).strict().nullable(),
        reset: z.object({ iv: base64, tag: base64, ciphertext: base64 }).strict().nullable(),
      })
      .strict(),
    entries: z.array(vaultEntrySchema),
  })
  .strict();

/** The outer envelope: format name, version, SHA-256 checksum and body. */
export const vaultFileSchema = z
  .object({
    format: z.literal('deskid-vault'),
    version: z.literal(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    body: vaultBodySchema,
  })
  .strict();

export type VaultBody = z.infer<typeof vaultBodySchema>;
export type VaultEntryRecord = z.infer<typeof vaultEntrySchema>;
export type Argon2Kdf = z.infer<typeof argon2KdfSchema>;
