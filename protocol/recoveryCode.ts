import { z } from 'zod';
import { isoTime } from './common';

/** A recovery code: 16 digits, no separators. */
export const recoveryCodeReply = z.object({ code: z.string().regex(/^\d{16}$/), issuedAt: isoTime });
export const confirmRecoveryCodeBody = z.strictObject({
  lastDigits: z.string().regex(/^\d{4}$/, 'Expected the last 4 digits.'),
});
export const confirmRecoveryCodeReply = z.object({ status: z.literal('confirmed') });
export type RecoveryCode = z.infer<typeof recoveryCodeReply>;
