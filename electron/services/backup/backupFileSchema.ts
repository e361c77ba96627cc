import { z } from 'zod';
import { argon2KdfSchema } from '../vault/vaultFileSchema';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

/** The clear header of a backup file; its JSON is the associated data of the box. */
export const backupHeaderSchema = z
  .object({
    format: z.literal('deskid-backup'),
    version: z.literal(1),
    createdAt: z.iso.datetime(),
    kdf: argon2KdfSchema,
    cipher: z.literal('aes-256-gcm'),
  })
  .strict();

/** A version-1 backup file: header plus the AES-256-GCM box. See docs/vault-format.md. */
export const backupFileSchema = backupHeaderSchema.extend({ iv: base64, tag: base64, ciphertext: base64 }).strict();

const jsonValue = z.json();

/** What the box holds. */
export const backupPayloadSchema = z
  .object({
    profile: z
      .object({
        displayName: z.string(),
        idServer: z.object({ url: z.string(), username: z.string() }).strict().nullable(),
      })
      .strict(),
    entries: z.array(
      z.object({ id: z.string(), createdAt: z.string(), updatedAt: z.string(), value: jsonValue }).strict(),
    ),
  })
  .strict();

export type BackupHeader = z.infer<typeof backupHeaderSchema>;
export type BackupFile = z.infer<typeof backupFileSchema>;
export type BackupPayload = z.infer<typeof backupPayloadSchema>;
