import type { LineType } from '../../protocol';
import type { AccountRecord, FactorRecord, FactorSummary } from './Store';

// Accounts and factors are read on most requests, so they are read as arrays
// (better-sqlite3's raw mode) over an explicit column list: building a keyed object per
// row costs about as much as the lookup itself. The tuple types below follow the column
// lists exactly; accountFactorRows.test.ts checks the lists against the tables.

/** The account columns, in the order `AccountRow` reads them. */
export const accountColumns = [
  'id',
  'username',
  'display_name',
  'email',
  'password_hash',
  'webauthn_user_id',
  'created_at',
  'password_failures',
  'locked_until',
  'recovery_hash',
  'recovery_cipher',
  'recovery_issued_at',
  'recovery_confirmed_at',
  'recovery_issuer_session',
] as const;

export type AccountRow = readonly [
  id: string,
  username: string,
  displayName: string,
  email: string | null,
  passwordHash: string,
  webauthnUserId: string,
  createdAt: number,
  passwordFailures: number,
  lockedUntil: number,
  recoveryHash: string | null,
  recoveryCipher: string | null,
  recoveryIssuedAt: number | null,
  recoveryConfirmedAt: number | null,
  recoveryIssuerSession: string | null,
];

/**
 * The columns that make a `FactorSummary`, in the order `FactorSummaryRow` reads them:
 * what a factor shows, and none of its secrets.
 */
export const factorSummaryColumns = [
  'id',
  'type',
  'label',
  'verified',
  'created_at',
  'last_used_at',
  'phone_e164',
  'phone_line_type',
  'phone_channels',
  'credential_id',
  'device_type',
  'backed_up',
  'transports',
] as const;

/** Every factor column, in the order `FactorRow` reads them: the summary's, then the rest. */
export const factorColumns = [
  ...factorSummaryColumns,
  'account_id',
  'totp_secret_cipher',
  'totp_last_step',
  'public_key',
  'sign_count',
  'added_by_session',
] as const;

export type FactorSummaryRow = readonly [
  id: string,
  type: FactorSummary['type'],
  label: string,
  verified: number,
  createdAt: number,
  lastUsedAt: number | null,
  phoneE164: string | null,
  phoneLineType: string | null,
  phoneChannels: string | null,
  credentialId: string | null,
  deviceType: string | null,
  backedUp: number | null,
  transports: string | null,
];

/** The factor columns after the summary's. */
type FactorSecretRow = readonly [
  accountId: string,
  totpSecretCipher: string | null,
  totpLastStep: number | null,
  publicKey: Buffer | null,
  signCount: number | null,
  addedBySession: string | null,
];

export type FactorRow = readonly [...FactorSummaryRow, ...FactorSecretRow];

const accountSelect = `SELECT ${accountColumns.join(', ')} FROM accounts`;
const factorSelect = `SELECT ${factorColumns.join(', ')} FROM factors`;

/**
 * The account and factor reads, built once: a query's text is also its key in the
 * store's statement cache, and a string built per call would be hashed per call.
 */
export const accountFactorReads = {
  accountById: `${accountSelect} WHERE id = ?`,
  accountByUsername: `${accountSelect} WHERE username = ?`,
  accountByWebauthnUserId: `${accountSelect} WHERE webauthn_user_id = ?`,
  factorsOf: `${factorSelect} WHERE account_id = ? ORDER BY created_at, rowid`,
  factorById: `${factorSelect} WHERE id = ? AND account_id = ?`,
  factorByCredentialId: `${factorSelect} WHERE credential_id = ?`,
} as const;

export function toAccount(row: AccountRow): AccountRecord {
  const [id, username, displayName, email, passwordHash, webauthnUserId, createdAt, passwordFailures, lockedUntil] =
    row;
  const [, , , , , , , , , recoveryHash, recoveryCipher, issuedAt, confirmedAt, issuerSession] = row;
  return {
    id,
    username,
    displayName,
    email,
    passwordHash,
    webauthnUserId,
    createdAt,
    passwordFailures,
    lockedUntil,
    recovery:
      recoveryHash !== null && recoveryCipher !== null && issuedAt !== null
        ? { hash: recoveryHash, cipher: recoveryCipher, issuedAt, confirmedAt, issuerSession }
        : null,
  };
}

function channelsOf(list: string | null): ('sms' | 'voice')[] {
  return (list ?? '').split(',').filter((c): c is 'sms' | 'voice' => c === 'sms' || c === 'voice');
}

export function toFactorSummary(row: readonly [...FactorSummaryRow, ...unknown[]]): FactorSummary {
  const [id, type, label, verified, createdAt, lastUsedAt, e164, lineType, channels] = row;
  const [, , , , , , , , , credentialId, deviceType, backedUp, transports] = row;
  return {
    id,
    type,
    label,
    verified: verified === 1,
    createdAt,
    lastUsedAt,
    phone:
      e164 === null ? null : { e164, lineType: (lineType ?? 'unknown') as LineType, channels: channelsOf(channels) },
    passkey:
      credentialId === null
        ? null
        : {
            credentialId,
            deviceType: deviceType === 'multiDevice' ? 'multiDevice' : 'singleDevice',
            backedUp: backedUp === 1,
            transports: transports === null || transports === '' ? [] : transports.split(','),
          },
  };
}

const summaryWidth = factorSummaryColumns.length;

export function toFactor(row: FactorRow): FactorRecord {
  const summary = toFactorSummary(row);
  const [accountId, secretCipher, lastStep, publicKey, signCount, addedBySession] = row.slice(
    summaryWidth,
  ) as unknown as FactorSecretRow;
  return {
    ...summary,
    accountId,
    addedBySession,
    totp: secretCipher === null ? null : { secretCipher, lastStep },
    passkey:
      summary.passkey === null || publicKey === null
        ? null
        : { ...summary.passkey, publicKey: new Uint8Array(publicKey), counter: signCount ?? 0 },
  };
}
