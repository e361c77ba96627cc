import { importFormats } from '../importers/ImportResult';

/**
 * Where the accounts that `AccountBook.add` stores come from: every import format
 * (`otpauth` included, for a pasted URI), `manual` entry, and `id_server` (the
 * authenticator the ID server issued during enrollment, kept on this computer).
 */
export const accountSources = [...importFormats, 'manual', 'id_server'] as const;

/** One of {@link accountSources}. */
export type AccountSource = (typeof accountSources)[number];

/**
 * Every name the audit log's `format` field may hold: the account sources, plus DeskID's
 * encrypted backup (`deskid-backup`, exported and restored). A closed list rather than a
 * pattern: the names are known in advance, and anything else is refused at run time so
 * that no free text (a secret, a code) can reach the log through this field.
 */
export const auditFormats = [...accountSources, 'deskid-backup'] as const;

/** One of {@link auditFormats}. */
export type AuditFormat = (typeof auditFormats)[number];
