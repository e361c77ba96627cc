import { z } from 'zod';
import { buildAccount } from './buildAccount';
import type { ImportResult } from './ImportResult';
import { readEntries } from './readEntries';
import { readGoogleAuthenticatorRows } from './readGoogleAuthenticatorRows';

const rowSchema = z.object({
  email: z.string(),
  secret: z.string(),
  counter: z.number().nullable(),
  type: z.number().nullable(),
  issuer: z.string().nullable(),
});

/**
 * Reads Google Authenticator's internal Android database (`databases`, SQLite), as found
 * in rooted-phone backups. It stores no algorithm, digits or period: SHA1, 6 and 30 s.
 * The `email` column holds `Issuer:name`; the issuer prefix is removed from the label.
 * Only a plain `accounts` table of at most `googleAuthenticatorDbLimits` is read
 * (`readGoogleAuthenticatorRows`); anything else is `import_failed`.
 */
export async function importGoogleAuthenticatorDb(bytes: Uint8Array): Promise<ImportResult> {
  const { accounts, skipped } = readEntries(
    await readGoogleAuthenticatorRows(bytes),
    (item) => {
      const row = rowSchema.parse(item);
      const issuer = row.issuer ?? '';
      const prefix = `${issuer}:`;
      const label = issuer !== '' && row.email.startsWith(prefix) ? row.email.slice(prefix.length) : row.email;
      return buildAccount({
        type: row.type === 1 ? 'hotp' : 'totp',
        issuer,
        label,
        secret: row.secret,
        counter: row.counter ?? 0,
      });
    },
    (item) => {
      const email = (item as { email?: unknown }).email;
      return typeof email === 'string' ? email : '';
    },
  );
  return { format: 'google_authenticator_db', accounts, skipped };
}
