import type { ErrorCode } from '../../contract/errorCodes';
import type { AuditFormat } from './auditFormats';

/** What the audit log records. Nothing here can carry a secret or a code. */
export const auditEventTypes = [
  'profile_created',
  'unlock',
  'pin_failed',
  'pin_changed',
  'pin_reset',
  'lock',
  'code_copied',
  'export',
  'import',
  'enrollment_step',
] as const;

/** One of {@link auditEventTypes}. */
export type AuditEventType = (typeof auditEventTypes)[number];

/** How an audited action ended. */
export const auditOutcomes = ['ok', 'failed', 'refused'] as const;

/** How a vault was unlocked. */
export const auditUnlockMethods = ['pin', 'keychain', 'reset'] as const;

/**
 * One audit event. Free text is not allowed: names come from closed lists and identifiers
 * are checked against narrow patterns by {@link AuditLog.append}, so a secret or an OTP
 * code cannot slip in.
 */
export interface AuditEvent {
  type: AuditEventType;
  outcome?: (typeof auditOutcomes)[number];
  /** How a vault was unlocked. */
  method?: (typeof auditUnlockMethods)[number];
  /** An opaque entry id (never a label, secret or code): letters required. */
  accountId?: string;
  /** How many items an import or export carried. */
  count?: number;
  /** What an import or export read or wrote, such as `2fas` or `deskid-backup` (see `auditFormats`). */
  format?: AuditFormat;
  /** An enrollment step name such as `totp_confirmed` (lowercase identifier). */
  step?: string;
  /** Wrong PINs in a row, for `pin_failed`. */
  failures?: number;
  /** The error code of a refusal or failure. */
  reason?: ErrorCode;
}

/** One line of the log file: the event plus when and for which profile. */
export type AuditRecord = AuditEvent & { at: string; profileId: string };
