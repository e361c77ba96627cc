import type { LineType } from '../../protocol';
import type { AccountRecord, FactorRecord } from './Store';

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

/** The factor columns, in the order `FactorRow` reads them. */
export const factorColumns = [
  'id',
  'account_id',
  'type',
  'label',
  'verified',
  'created_at',
  'last_used_at',
  'phone_e164',
  'phone_line_type',
  'phone_channels',
  'totp_secret_cipher',
  'totp_last_step',
  'credential_id',
  'public_key',
  'sign_count',
  'device_type',
  'backed_up',
  'transports',
] as const;

export type FactorRow = readonly [
  id: string,
  accountId: string,
  type: FactorRecord['type'],
  label: string,
  verified: number,
  createdAt: number,
  lastUsedAt: number | null,
  phoneE164: string | null,
  phoneLineType: string | null,
  phoneChannels: string | null,
  totpSecretCipher: string | null,
  totpLastStep: number | null,
  credentialId: string | null,
  publicKey: Buffer | null,
  signCount: number | null,
  deviceType: string | null,
  backedUp: number | null,
  transports: string | null,
];

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

export function toFactor(row: FactorRow): FactorRecord {
  const [id, accountId, type, label, verified, createdAt, lastUsedAt, e164, lineType, channels] = row;
  const [, , , , , , , , , , secretCipher, lastStep, credentialId, publicKey, signCount, deviceType, backedUp] = row;
  const transports = row[17];
  return {
    id,
    accountId,
    type,
    label,
    verified: verified === 1,
    createdAt,
    lastUsedAt,
    phone:
      e164 === null ? null : { e164, lineType: (lineType ?? 'unknown') as LineType, channels: channelsOf(channels) },
    totp: secretCipher === null ? null : { secretCipher, lastStep },
    passkey:
      credentialId === null || publicKey === null
        ? null
        : {
            credentialId,
            publicKey: new Uint8Array(publicKey),
            counter: signCount ?? 0,
            deviceType: deviceType === 'multiDevice' ? 'multiDevice' : 'singleDevice',
            backedUp: backedUp === 1,
            transports: transports === null || transports === '' ? [] : transports.split(','),
          },
  };
}
