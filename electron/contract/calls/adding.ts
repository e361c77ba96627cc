import { z } from 'zod';
import { otpAlgorithms, otpLimits } from '../otpRules';
import { bodyLimits, fileName, fileUpload } from './bodyLimits';
import { importPreviewSchema } from './importing';
import { maxImageBytes } from '../fileLimits';

export { maxImageBytes };
const imageUpload = fileUpload(maxImageBytes);

/** An account named without its secret. */
export const accountSummarySchema = z
  .object({
    /** Absent for a duplicate that was not added. */
    id: z.string().optional(),
    issuer: z.string(),
    label: z.string(),
    type: z.enum(['totp', 'hotp']),
  })
  .strict();

const addedSchema = z
  .object({ added: z.array(accountSummarySchema), duplicates: z.array(accountSummarySchema) })
  .strict();

/** Adding one account to the unlocked person's authenticator. */
export const addingCalls = {
  /** `invalid_otpauth_uri`, saying what is wrong. */
  'adding.fromUri': {
    input: z.object({ uri: z.string().trim().min(1).max(4096) }).strict(),
    output: addedSchema,
    maxBodyBytes: bodyLimits.uri,
  },
  /**
   * An image with a QR code (PNG or JPEG): one `otpauth://` account or a Google
   * Authenticator export batch. Answers a preview, committed with `importing.commit`.
   */
  'adding.fromImage': {
    input: z.object({ fileName, dataBase64: imageUpload.dataBase64 }).strict(),
    output: importPreviewSchema,
    maxBodyBytes: imageUpload.maxBodyBytes,
  },
  /** Typed by hand; each field is checked (`invalid_secret`, `invalid_account` naming the field). */
  'adding.manual': {
    input: z
      .object({
        issuer: z.string().max(otpLimits.maxLabelLength),
        label: z.string().max(otpLimits.maxLabelLength),
        secret: z.string().min(1).max(512),
        type: z.enum(['totp', 'hotp']),
        algorithm: z.enum(otpAlgorithms),
        digits: z.number().int().min(otpLimits.minDigits).max(otpLimits.maxDigits),
        period: z.number().int().min(otpLimits.minPeriod).max(otpLimits.maxPeriod).optional(),
        counter: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
      })
      .strict(),
    output: addedSchema,
    maxBodyBytes: bodyLimits.form,
  },
} as const;
