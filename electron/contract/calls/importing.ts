import { z } from 'zod';
import { fileName, fileUpload } from './bodyLimits';
import { maxImportFileBytes } from '../fileLimits';
import { errorCodeSchema } from '../errorCodes';

export { maxImportFileBytes };
const importUpload = fileUpload(maxImportFileBytes);

/** The formats DeskID reads accounts from (as the services name them). */
export const importFormatSchema = z.enum([
  'otpauth',
  'google_migration',
  'google_authenticator_db',
  'aegis',
  '2fas',
  'andotp',
  'freeotp_plus',
  'ente_auth',
  'qr_image',
]);

/** Why an import skips an entry (the services' `SkipReason`). */
export const skipReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entryType'), type: z.string().max(20) }).strict(),
  z.object({ kind: z.literal('field'), field: z.string().max(40) }).strict(),
  z.object({ kind: z.literal('inTrash') }).strict(),
  z.object({ kind: z.literal('error'), code: errorCodeSchema }).strict(),
]);

/**
 * What an import would add, before anything is written. The parsed accounts stay on the
 * host side under `previewId` (never sent here), for `importing.commit`; a preview is
 * forgotten on commit, on lock and after 10 minutes.
 */
export const importPreviewSchema = z
  .object({
    previewId: z.string(),
    format: importFormatSchema,
    entries: z.array(
      z
        .object({
          issuer: z.string(),
          label: z.string(),
          type: z.enum(['totp', 'hotp']),
          /**
           * `duplicate`: already in the person's list; `repeated`: the same account as an
           * earlier entry of this file (added once, with that entry).
           */
          status: z.enum(['new', 'duplicate', 'repeated', 'unsupported']),
          /** Why an entry is unsupported, as data the screen words in the person's language. */
          why: skipReasonSchema.optional(),
        })
        .strict(),
    ),
  })
  .strict();

/** Importing another app's export: a preview, then the commit. */
export const importingCalls = {
  /** `password_required` / `wrong_password` for an encrypted file. */
  'importing.preview': {
    input: z
      .object({ fileName, dataBase64: importUpload.dataBase64, password: z.string().min(1).max(1024).optional() })
      .strict(),
    output: importPreviewSchema,
    maxBodyBytes: importUpload.maxBodyBytes,
  },
  /**
   * Adds the preview's new accounts; nothing is added twice. `duplicates`: entries already
   * in the person's list before the import; `repeated`: entries that repeat an earlier
   * entry of the same file (added once, with it).
   */
  'importing.commit': {
    input: z.object({ previewId: z.string().min(1).max(100) }).strict(),
    output: z.object({ added: z.number().int(), duplicates: z.number().int(), repeated: z.number().int() }).strict(),
  },
} as const;
