import type Database from 'better-sqlite3';
import type { Scope } from '../../protocol';
import { accountFactorReads as reads, toAccount, toFactor, type AccountRow, type FactorRow } from './accountFactorRows';
import { openDatabase } from './openDatabase';
import {
  factorsOfRows,
  sessionWithAccountRead,
  sessionWithFactorsRead,
  toSessionView,
  type SessionAccountRow,
  type SessionFactorRow,
} from './sessionRows';
import type {
  AccountRecord,
  FactorPatch,
  FactorRecord,
  FactorSummary,
  FailureCount,
  OutboxRecord,
  PhoneCodeRecord,
  SessionRecord,
  SessionView,
  Store,
  TransactionRecord,
} from './Store';

interface SessionRow {
  token_hash: string;
  account_id: string;
  scope: Scope;
  created_at: number;
  expires_at: number;
  fresh_until: number;
}

interface TransactionRow {
  id_hash: string;
  account_id: string | null;
  purpose: TransactionRecord['purpose'];
  session_hash: string | null;
  session_token_cipher: string | null;
  amr: string;
  expires_at: number;
  challenge: string | null;
  challenge_expires_at: number | null;
}

function toSession(row: SessionRow): SessionRecord {
  return {
    tokenHash: row.token_hash,
    accountId: row.account_id,
    scope: row.scope,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    freshUntil: row.fresh_until,
  };
}

function toTransaction(row: TransactionRow): TransactionRecord {
  return {
    idHash: row.id_hash,
    accountId: row.account_id,
    purpose: row.purpose,
    sessionHash: row.session_hash,
    sessionTokenCipher: row.session_token_cipher,
    amr: JSON.parse(row.amr) as string[],
    expiresAt: row.expires_at,
    challenge: row.challenge,
    challengeExpiresAt: row.challenge_expires_at,
  };
}

/** The embedded store: SQLite through better-sqlite3, with prepared statements. */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();
  readonly #rawStatements = new Map<string, Database.Statement>();

  constructor(file: string) {
    this.db = openDatabase(file);
  }

  /** A prepared statement, compiled once per SQL text. */
  private sql<P extends unknown[] = unknown[], R = unknown>(source: string): Database.Statement<P, R> {
    return this.#prepared(this.#statements, source, false) as unknown as Database.Statement<P, R>;
  }

  /** A prepared statement whose rows come back as arrays, in the order of its columns. */
  private rows<P extends unknown[], R extends readonly unknown[]>(source: string): Database.Statement<P, R> {
    return this.#prepared(this.#rawStatements, source, true) as unknown as Database.Statement<P, R>;
  }

  #prepared(cache: Map<string, Database.Statement>, source: string, raw: boolean): Database.Statement {
    let statement = cache.get(source);
    if (statement === undefined) {
      statement = raw ? this.db.prepare(source).raw(true) : this.db.prepare(source);
      cache.set(source, statement);
    }
    return statement;
  }

  atomically<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  insertAccount(a: AccountRecord): void {
    this.sql(
      `INSERT INTO accounts (id, username, display_name, email, password_hash, webauthn_user_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(a.id, a.username, a.displayName, a.email, a.passwordHash, a.webauthnUserId, a.createdAt);
  }

  accountById(id: string): AccountRecord | undefined {
    const row = this.rows<[string], AccountRow>(reads.accountById).get(id);
    return row && toAccount(row);
  }

  accountByUsername(username: string): AccountRecord | undefined {
    const row = this.rows<[string], AccountRow>(reads.accountByUsername).get(username);
    return row && toAccount(row);
  }

  accountByWebauthnUserId(userId: string): AccountRecord | undefined {
    const row = this.rows<[string], AccountRow>(reads.accountByWebauthnUserId).get(userId);
    return row && toAccount(row);
  }

  setPasswordFailures(accountId: string, failures: number, lockedUntil: number): void {
    this.sql('UPDATE accounts SET password_failures = ?, locked_until = ? WHERE id = ?').run(
      failures,
      lockedUntil,
      accountId,
    );
  }

  setRecoveryCode(accountId: string, r: AccountRecord['recovery']): void {
    this.sql(
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
  }

  confirmRecoveryCode(accountId: string, at: number): void {
    this.sql('UPDATE accounts SET recovery_confirmed_at = ? WHERE id = ? AND recovery_confirmed_at IS NULL').run(
      at,
      accountId,
    );
  }

  insertFactor(f: FactorRecord): void {
    this.sql(
      `INSERT INTO factors (id, account_id, type, label, verified, created_at, last_used_at, phone_e164,
         phone_line_type, phone_channels, totp_secret_cipher, totp_last_step, credential_id, public_key,
         sign_count, device_type, backed_up, transports)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
    );
  }

  factorsOf(accountId: string): FactorRecord[] {
    return this.rows<[string], FactorRow>(reads.factorsOf).all(accountId).map(toFactor);
  }

  factorById(accountId: string, factorId: string): FactorRecord | undefined {
    const row = this.rows<[string, string], FactorRow>(reads.factorById).get(factorId, accountId);
    return row && toFactor(row);
  }

  factorByCredentialId(credentialId: string): FactorRecord | undefined {
    const row = this.rows<[string], FactorRow>(reads.factorByCredentialId).get(credentialId);
    return row && toFactor(row);
  }

  updateFactor(factorId: string, patch: FactorPatch): void {
    const columns: Record<keyof FactorPatch, string> = {
      label: 'label',
      verified: 'verified',
      lastUsedAt: 'last_used_at',
      totpLastStep: 'totp_last_step',
      counter: 'sign_count',
    };
    const sets: string[] = [];
    const values: (string | number)[] = [];
    for (const [key, column] of Object.entries(columns) as [keyof FactorPatch, string][]) {
      const value = patch[key];
      if (value === undefined) continue;
      sets.push(`${column} = ?`);
      values.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
    }
    if (sets.length === 0) return;
    this.sql(`UPDATE factors SET ${sets.join(', ')} WHERE id = ?`).run(...values, factorId);
  }

  deleteFactor(factorId: string): void {
    this.sql('DELETE FROM factors WHERE id = ?').run(factorId);
  }

  advanceTotpStep(factorId: string, step: number): boolean {
    const result = this.sql(
      'UPDATE factors SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)',
    ).run(step, factorId, step);
    return result.changes === 1;
  }

  failures(accountId: string, method: string): FailureCount {
    const row = this.sql<[string, string], { count: number; locked_until: number }>(
      'SELECT count, locked_until FROM method_failures WHERE account_id = ? AND method = ?',
    ).get(accountId, method);
    return { count: row?.count ?? 0, lockedUntil: row?.locked_until ?? 0 };
  }

  setFailures(accountId: string, method: string, value: FailureCount): void {
    this.sql(
      `INSERT INTO method_failures (account_id, method, count, locked_until) VALUES (?, ?, ?, ?)
         ON CONFLICT (account_id, method) DO UPDATE SET count = excluded.count, locked_until = excluded.locked_until`,
    ).run(accountId, method, value.count, value.lockedUntil);
  }

  resetFailures(accountId: string, methods: readonly string[]): void {
    const statement = this.sql('DELETE FROM method_failures WHERE account_id = ? AND method = ?');
    for (const method of methods) statement.run(accountId, method);
  }

  insertSession(s: SessionRecord): void {
    this.sql(
      'INSERT INTO sessions (token_hash, account_id, scope, created_at, expires_at, fresh_until) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(s.tokenHash, s.accountId, s.scope, s.createdAt, s.expiresAt, s.freshUntil);
  }

  sessionByHash(tokenHash: string): SessionRecord | undefined {
    const row = this.sql<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?').get(tokenHash);
    return row && toSession(row);
  }

  sessionWithAccount(tokenHash: string): SessionView | undefined {
    const row = this.rows<[string], SessionAccountRow>(sessionWithAccountRead).get(tokenHash);
    return row && toSessionView(tokenHash, row);
  }

  sessionWithFactors(tokenHash: string): (SessionView & { factors: FactorSummary[] }) | undefined {
    const rows = this.rows<[string], SessionFactorRow>(sessionWithFactorsRead).all(tokenHash);
    const first = rows[0];
    if (first === undefined) return undefined;
    const { session, account } = toSessionView(tokenHash, first);
    return { session, account, factors: factorsOfRows(rows) };
  }

  updateSession(tokenHash: string, patch: { scope?: Scope; freshUntil?: number }): void {
    if (patch.scope !== undefined) {
      this.sql('UPDATE sessions SET scope = ? WHERE token_hash = ?').run(patch.scope, tokenHash);
    }
    if (patch.freshUntil !== undefined) {
      this.sql('UPDATE sessions SET fresh_until = ? WHERE token_hash = ?').run(patch.freshUntil, tokenHash);
    }
  }

  deleteSession(tokenHash: string): void {
    this.sql('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }

  insertTransaction(t: TransactionRecord): void {
    this.sql(
      `INSERT INTO transactions (id_hash, account_id, purpose, session_hash, session_token_cipher, amr, expires_at,
         challenge, challenge_expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      t.idHash,
      t.accountId,
      t.purpose,
      t.sessionHash,
      t.sessionTokenCipher,
      JSON.stringify(t.amr),
      t.expiresAt,
      t.challenge,
      t.challengeExpiresAt,
    );
  }

  transactionByHash(idHash: string): TransactionRecord | undefined {
    const row = this.sql<[string], TransactionRow>('SELECT * FROM transactions WHERE id_hash = ?').get(idHash);
    return row && toTransaction(row);
  }

  setTransactionChallenge(idHash: string, challenge: string | null, expiresAt: number | null): void {
    this.sql('UPDATE transactions SET challenge = ?, challenge_expires_at = ? WHERE id_hash = ?').run(
      challenge,
      expiresAt,
      idHash,
    );
  }

  deleteTransaction(idHash: string): void {
    this.sql('DELETE FROM transactions WHERE id_hash = ?').run(idHash);
  }

  putRegistrationChallenge(accountId: string, challenge: string, label: string | null, expiresAt: number): void {
    this.sql(
      `INSERT INTO registration_challenges (account_id, challenge, label, expires_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (account_id) DO UPDATE SET challenge = excluded.challenge, label = excluded.label,
         expires_at = excluded.expires_at`,
    ).run(accountId, challenge, label, expiresAt);
  }

  takeRegistrationChallenge(
    accountId: string,
  ): { challenge: string; label: string | null; expiresAt: number } | undefined {
    return this.atomically(() => {
      const row = this.sql<[string], { challenge: string; label: string | null; expires_at: number }>(
        'SELECT challenge, label, expires_at FROM registration_challenges WHERE account_id = ?',
      ).get(accountId);
      if (row === undefined) return undefined;
      this.sql('DELETE FROM registration_challenges WHERE account_id = ?').run(accountId);
      return { challenge: row.challenge, label: row.label, expiresAt: row.expires_at };
    });
  }

  insertPhoneCode(code: Omit<PhoneCodeRecord, 'id' | 'used'>): void {
    this.sql(
      'INSERT INTO phone_codes (factor_id, code_hash, channel, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    ).run(code.factorId, code.codeHash, code.channel, code.createdAt, code.expiresAt);
  }

  phoneCodesOf(factorId: string): PhoneCodeRecord[] {
    return this.sql<
      [string],
      {
        id: number;
        factor_id: string;
        code_hash: string;
        channel: 'sms' | 'voice';
        created_at: number;
        expires_at: number;
        used: number;
      }
    >('SELECT * FROM phone_codes WHERE factor_id = ? ORDER BY id DESC')
      .all(factorId)
      .map((row) => ({
        id: row.id,
        factorId: row.factor_id,
        codeHash: row.code_hash,
        channel: row.channel,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        used: row.used === 1,
      }));
  }

  markPhoneCodeUsed(id: number): void {
    this.sql('UPDATE phone_codes SET used = 1 WHERE id = ?').run(id);
  }

  recordCodeSend(e164: string, at: number): void {
    this.sql('INSERT INTO code_sends (e164, sent_at) VALUES (?, ?)').run(e164, at);
  }

  codeSendsSince(e164: string, since: number): number[] {
    return this.sql<[string, number], { sent_at: number }>(
      'SELECT sent_at FROM code_sends WHERE e164 = ? AND sent_at > ? ORDER BY sent_at',
    )
      .all(e164, since)
      .map((row) => row.sent_at);
  }

  addOutbox(entry: OutboxRecord): void {
    this.sql('INSERT INTO outbox (to_e164, channel, code, text, sent_at) VALUES (?, ?, ?, ?, ?)').run(
      entry.to,
      entry.channel,
      entry.code,
      entry.text,
      entry.sentAt,
    );
  }

  outboxFor(e164: string): OutboxRecord[] {
    return this.sql<
      [string],
      { to_e164: string; channel: 'sms' | 'voice'; code: string; text: string; sent_at: number }
    >('SELECT * FROM outbox WHERE to_e164 = ? ORDER BY id DESC')
      .all(e164)
      .map((row) => ({ to: row.to_e164, channel: row.channel, code: row.code, text: row.text, sentAt: row.sent_at }));
  }

  hit(key: string, windowMs: number, now: number): { count: number; windowStart: number } {
    return this.atomically(() => {
      const row = this.sql<[string], { window_start: number; count: number }>(
        'SELECT window_start, count FROM rate_limits WHERE key = ?',
      ).get(key);
      const fresh = row === undefined || row.window_start + windowMs <= now;
      const next = fresh ? { count: 1, windowStart: now } : { count: row.count + 1, windowStart: row.window_start };
      this.sql(
        `INSERT INTO rate_limits (key, window_start, count) VALUES (?, ?, ?)
           ON CONFLICT (key) DO UPDATE SET window_start = excluded.window_start, count = excluded.count`,
      ).run(key, next.windowStart, next.count);
      return next;
    });
  }

  purgeExpired(now: number): void {
    this.atomically(() => {
      this.sql('DELETE FROM sessions WHERE expires_at <= ?').run(now);
      this.sql('DELETE FROM transactions WHERE expires_at <= ?').run(now);
      this.sql('DELETE FROM registration_challenges WHERE expires_at <= ?').run(now);
      this.sql('DELETE FROM phone_codes WHERE expires_at <= ?').run(now - 86_400_000);
      this.sql('DELETE FROM code_sends WHERE sent_at <= ?').run(now - 3_600_000);
      this.sql('DELETE FROM rate_limits WHERE window_start <= ?').run(now - 3_600_000);
    });
  }

  close(): void {
    this.db.close();
  }
}
