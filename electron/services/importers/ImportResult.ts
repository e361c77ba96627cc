import type { NewAccount } from '../authenticator/accountSchema';

/** The formats DeskID reads accounts from. */
export type ImportFormat =
  | 'otpauth'
  | 'google_migration'
  | 'google_authenticator_db'
  | 'aegis'
  | '2fas'
  | 'andotp'
  | 'freeotp_plus'
  | 'ente_auth'
  | 'qr_image';

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
