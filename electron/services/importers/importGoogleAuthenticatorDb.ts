import type Database from 'better-sqlite3';
import { z } from 'zod';
import { DeskIdError } from '../../contract/DeskIdError';
import { buildAccount } from './buildAccount';
import type { ImportResult } from './ImportResult';
import { readEntries } from './readEntries';

const rowSchema = z.object({
  email: z.string(),
  secret: z.string(),
  counter: z.number().nullable(),
  type: z.number().nullable(),
  issuer: z.string().nullable(),
});

/**
 * Opens an SQLite file held in memory, read-only; `import_failed` when it is not one.
 * better-sqlite3 (native) is loaded only when such a file is actually imported.
 */
async function readRows(bytes: Uint8Array): Promise<unknown[]> {
  const { default: Sqlite } = await import('better-sqlite3');
  let db: Database.Database | undefined;
  try {
    db = new Sqlite(Buffer.from(bytes), { readonly: true });
    return db.prepare('SELECT email, secret, counter, type, issuer FROM accounts ORDER BY _id').all();
  } catch {
    throw new DeskIdError('import_failed', 'This is not a readable Google Authenticator database (no accounts table).');
  } finally {
    db?.close();
  }
}

/**
 * Reads Google Authenticator's internal Android database (`databases`, SQLite), as found
 * in rooted-phone backups. It stores no algorithm, digits or period: SHA1, 6 and 30 s.
 * The `email` column holds `Issuer:name`; the issuer prefix is removed from the label.
 */
export async function importGoogleAuthenticatorDb(bytes: Uint8Array): Promise<ImportResult> {
  const { accounts, skipped } = readEntries(
    await readRows(bytes),
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
