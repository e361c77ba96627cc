import type { ErrorCode } from '../../contract/errorCodes';
import type { z } from 'zod';
import { importFormatSchema } from '../../contract/calls/importing';
import type { NewAccount } from '../authenticator/accountSchema';

/**
 * The formats DeskID reads accounts from, as `ImportResult.format` names them: the
 * bridge contract's list (`importFormatSchema`, which the renderer may read), so that it
 * is written once. The audit log's account sources (`audit/auditFormats.ts`) are built
 * from it too, so a format added there is one the importers may answer and the log accepts.
 */
export const importFormats = importFormatSchema.options;

/** One of {@link importFormats}. */
export type ImportFormat = z.infer<typeof importFormatSchema>;

/**
 * Why an entry was skipped, as data a screen can put in any language: an entry type
 * DeskID does not read (mOTP, Yandex…), a field with a value DeskID cannot use, an entry
 * in Ente Auth's trash, or another error by its code.
 */
export type SkipReason =
  | { kind: 'entryType'; type: string }
  | { kind: 'field'; field: string }
  | { kind: 'inTrash' }
  | { kind: 'error'; code: ErrorCode };

/** An entry of a file that could not become an account, with why, and never its secret. */
export interface SkippedEntry {
  /** 1-based position of the entry (or line) in the file. */
  position: number;
  /** Issuer and label as the file gives them, when known, to show the person. */
  name: string;
  /** Why, in English words (the CLI and the audit log). */
  reason: string;
  /** Why, as data (the app's screens, in the person's language). */
  why: SkipReason;
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
