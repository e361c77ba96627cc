import type { NewAccount } from '../authenticator/accountSchema';

/**
 * The formats DeskID reads accounts from, as `ImportResult.format` names them. The audit
 * log's list of account sources (`accountSources` in `audit/auditFormats.ts`) is built
 * from this one, so a format added here is one the log accepts.
 */
export const importFormats = [
  'otpauth',
  'google_migration',
  'google_authenticator_db',
  'aegis',
  '2fas',
  'andotp',
  'freeotp_plus',
  'ente_auth',
  'qr_image',
] as const;

/** One of {@link importFormats}. */
export type ImportFormat = (typeof importFormats)[number];

/** An entry of a file that could not become an account, with why, and never its secret. */
export interface SkippedEntry {
  /** 1-based position of the entry (or line) in the file. */
  position: number;
  /** Issuer and label as the file gives them, when known, to show the person. */
  name: string;
  reason: string;
}

/**
 * What an importer read: valid accounts in file order (not yet added, so duplicates are
 * still in it; `addAccounts` reports them) and the entries it had to skip.
 */
export interface ImportResult {
  format: ImportFormat;
  accounts: NewAccount[];
  skipped: SkippedEntry[];
}
