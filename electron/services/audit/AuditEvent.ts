import type { ErrorCode } from '../../contract/errorCodes';

/** What the audit log records. Nothing here can carry a secret or a code. */
export type AuditEventType =
  | 'profile_created'
  | 'unlock'
  | 'pin_failed'
  | 'pin_changed'
  | 'pin_reset'
  | 'lock'
  | 'code_copied'
  | 'export'
  | 'import'
  | 'enrollment_step';

/**
 * One audit event. Free text is not allowed: identifiers and names are checked against
 * narrow patterns by {@link AuditLog.append} so a secret or an OTP code cannot slip in.
 */
export interface AuditEvent {
  type: AuditEventType;
  outcome?: 'ok' | 'failed' | 'refused';
  /** How a vault was unlocked. */
  method?: 'pin' | 'keychain' | 'reset';
  /** An opaque entry id (never a label, secret or code): letters required. */
  accountId?: string;
  /** How many items an import or export carried. */
  count?: number;
  /** A format name such as `deskid-backup` or `aegis` (lowercase identifier). */
  format?: string;
  /** An enrollment step name such as `totp_confirmed` (lowercase identifier). */
  step?: string;
  /** Wrong PINs in a row, for `pin_failed`. */
  failures?: number;
  /** The error code of a refusal or failure. */
  reason?: ErrorCode;
}

/** One line of the log file: the event plus when and for which profile. */
export type AuditRecord = AuditEvent & { at: string; profileId: string };
