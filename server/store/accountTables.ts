import { accountFactorReads as reads, toAccount, toFactor, type AccountRow, type FactorRow } from './accountFactorRows';
import type { StatementCache } from './StatementCache';
import type { AccountRecord, AccountTables, FactorPatch, FactorRecord } from './Store';

const factorPatchColumns: Record<keyof FactorPatch, string> = {
  label: 'label',
  verified: 'verified',
  lastUsedAt: 'last_used_at',
  totpLastStep: 'totp_last_step',
  counter: 'sign_count',
};

/** The `accounts` and `factors` tables (lockout counters: `counterTables`). */
export function accountTables(s: StatementCache): AccountTables {
  return {
    insertAccount(a) {
      s.sql(
        `INSERT INTO accounts (id, username, display_name, email, password_hash, webauthn_user_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(a.id, a.username, a.displayName, a.email, a.passwordHash, a.webauthnUserId, a.createdAt);
    },

    accountById(id) {
      const row = s.rows<[string], AccountRow>(reads.accountById).get(id);
      return row && toAccount(row);
    },

    accountByUsername(username) {
      const row = s.rows<[string], AccountRow>(reads.accountByUsername).get(username);
      return row && toAccount(row);
    },

    accountByWebauthnUserId(userId) {
      const row = s.rows<[string], AccountRow>(reads.accountByWebauthnUserId).get(userId);
      return row && toAccount(row);
    },

    setRecoveryCode(accountId: string, r: AccountRecord['recovery']) {
      s.sql(
        `UPDATE accounts SET recovery_hash = ?, recovery_cipher = ?, recovery_issued_at = ?,
           recovery_confirmed_at = ?, recovery_issuer_session = ? WHERE id = ?`,
      ).run(
        r?.hash ?? null,
        r?.cipher ?? null,
        r?.issuedAt ?? null,
        r?.confirmedAt ?? null,
        r?.issuerSession ?? null,
        accountId,
      );
    },

    confirmRecoveryCode(accountId, at) {
      s.sql('UPDATE accounts SET recovery_confirmed_at = ? WHERE id = ? AND recovery_confirmed_at IS NULL').run(
        at,
        accountId,
      );
    },

    insertFactor(f: FactorRecord) {
      s.sql(
        `INSERT INTO factors (id, account_id, type, label, verified, created_at, last_used_at, phone_e164,
           phone_line_type, phone_channels, totp_secret_cipher, totp_last_step, credential_id, public_key,
           sign_count, device_type, backed_up, transports, added_by_session)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        f.id,
        f.accountId,
        f.type,
        f.label,
        f.verified ? 1 : 0,
        f.createdAt,
        f.lastUsedAt,
        f.phone?.e164 ?? null,
        f.phone?.lineType ?? null,
        f.phone?.channels.join(',') ?? null,
        f.totp?.secretCipher ?? null,
        f.totp?.lastStep ?? null,
        f.passkey?.credentialId ?? null,
        f.passkey ? Buffer.from(f.passkey.publicKey) : null,
        f.passkey?.counter ?? null,
        f.passkey?.deviceType ?? null,
        f.passkey ? (f.passkey.backedUp ? 1 : 0) : null,
        f.passkey?.transports.join(',') ?? null,
        f.addedBySession,
      );
    },

    factorsOf(accountId) {
      return s.rows<[string], FactorRow>(reads.factorsOf).all(accountId).map(toFactor);
    },

    factorById(accountId, factorId) {
      const row = s.rows<[string, string], FactorRow>(reads.factorById).get(factorId, accountId);
      return row && toFactor(row);
    },

    factorByCredentialId(credentialId) {
      const row = s.rows<[string], FactorRow>(reads.factorByCredentialId).get(credentialId);
      return row && toFactor(row);
    },

    updateFactor(factorId, patch) {
      const sets: string[] = [];
      const values: (string | number)[] = [];
      for (const [key, column] of Object.entries(factorPatchColumns) as [keyof FactorPatch, string][]) {
        const value = patch[key];
        if (value === undefined) continue;
        sets.push(`${column} = ?`);
        values.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
      }
      if (sets.length === 0) return;
      s.sql(`UPDATE factors SET ${sets.join(', ')} WHERE id = ?`).run(...values, factorId);
    },

    deleteFactor(factorId) {
      s.sql('DELETE FROM factors WHERE id = ?').run(factorId);
    },

    advanceTotpStep(factorId, step) {
      const result = s
        .sql('UPDATE factors SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)')
        .run(step, factorId, step);
      return result.changes === 1;
    },
  };
}
