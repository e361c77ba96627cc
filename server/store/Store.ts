import type { LineType, Scope } from '../../protocol';

/** A stored account. Times are epoch milliseconds. */
export interface AccountRecord {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  passwordHash: string;
  webauthnUserId: string;
  createdAt: number;
  passwordFailures: number;
  lockedUntil: number;
  recovery: {
    hash: string;
    cipher: string;
    issuedAt: number;
    confirmedAt: number | null;
    /** The token hash of the session that issued it (never the proof of that session's step-up). */
    issuerSession: string | null;
  } | null;
}

/**
 * What a session's requests see of its account: no password hash, passkey user handle
 * or recovery-code secrets. Routes that need those read the whole `AccountRecord`.
 */
export interface SessionAccount {
  id: string;
  username: string;
  displayName: string;
  recovery: { issuedAt: number; confirmedAt: number | null } | null;
}

/** A session with what its requests see of its account. */
export interface SessionView {
  session: SessionRecord;
  account: SessionAccount;
}

/**
 * What a stored sign-in method shows of itself (the protocol's `Factor`): never its
 * secret, its passkey public key or its counters. GET /me reads only this much.
 */
export interface FactorSummary {
  id: string;
  type: 'passkey' | 'totp' | 'phone';
  label: string;
  verified: boolean;
  createdAt: number;
  lastUsedAt: number | null;
  phone: { e164: string; lineType: LineType; channels: ('sms' | 'voice')[] } | null;
  passkey: {
    credentialId: string;
    deviceType: 'singleDevice' | 'multiDevice';
    backedUp: boolean;
    transports: string[];
  } | null;
}

/** A stored sign-in method, secrets included. */
export interface FactorRecord extends FactorSummary {
  accountId: string;
  /** The token hash of the session that added it (never the proof of that session's step-up). */
  addedBySession: string | null;
  totp: { secretCipher: string; lastStep: number | null } | null;
  passkey: (NonNullable<FactorSummary['passkey']> & { publicKey: Uint8Array<ArrayBuffer>; counter: number }) | null;
}

/** What can change on a factor after it was created. */
export interface FactorPatch {
  label?: string;
  verified?: boolean;
  lastUsedAt?: number;
  totpLastStep?: number;
  counter?: number;
}

/** Consecutive failures of one method (`totp`, `phone`, `recovery_code`) on one account. */
export interface FailureCount {
  count: number;
  lockedUntil: number;
}

export interface SessionRecord {
  tokenHash: string;
  accountId: string;
  scope: Scope;
  createdAt: number;
  expiresAt: number;
  freshUntil: number;
}

/** A sign-in, step-up or passwordless transaction (stored by the hash of its id). */
export interface TransactionRecord {
  idHash: string;
  accountId: string | null;
  purpose: 'sign_in' | 'step_up' | 'passwordless';
  sessionHash: string | null;
  sessionTokenCipher: string | null;
  amr: string[];
  expiresAt: number;
  challenge: string | null;
  challengeExpiresAt: number | null;
}

export interface PhoneCodeRecord {
  id: number;
  factorId: string;
  codeHash: string;
  channel: 'sms' | 'voice';
  createdAt: number;
  expiresAt: number;
  used: boolean;
}

export interface OutboxRecord {
  to: string;
  channel: 'sms' | 'voice';
  code: string;
  text: string;
  sentAt: number;
}

/**
 * When consecutive failures lock: every `lockEvery`-th failure locks for `lockMs`, and
 * from `disableAfter` failures on the method stays refused until the count is reset.
 */
export interface LockRule {
  lockEvery: number;
  disableAfter: number;
  lockMs: number;
}

/** Accounts and their sign-in methods (`accountTables.ts`). */
export interface AccountTables {
  insertAccount(account: AccountRecord): void;
  accountById(id: string): AccountRecord | undefined;
  accountByUsername(username: string): AccountRecord | undefined;
  accountByWebauthnUserId(userId: string): AccountRecord | undefined;
  setRecoveryCode(accountId: string, recovery: AccountRecord['recovery']): void;
  confirmRecoveryCode(accountId: string, at: number): void;

  insertFactor(factor: FactorRecord): void;
  factorsOf(accountId: string): FactorRecord[];
  factorById(accountId: string, factorId: string): FactorRecord | undefined;
  factorByCredentialId(credentialId: string): FactorRecord | undefined;
  updateFactor(factorId: string, patch: FactorPatch): void;
  deleteFactor(factorId: string): void;
  /** Records a TOTP step as used unless that step or a later one already was; false on replay. */
  advanceTotpStep(factorId: string, step: number): boolean;
}

/**
 * Lockout counters (`counterTables.ts`): password failures per account, code failures per
 * method. Each change is one SQL statement that counts on the stored value
 * (`count = count + 1`), so requests in flight at the same time each count, and a failure
 * never lowers a lock (`MAX(locked_until, …)`).
 */
export interface CounterTables {
  /**
   * Counts one password attempt before its hash is checked. `undefined` when the account
   * is locked (nothing counted); else the new count and lock (set by this attempt when it
   * is the one that reaches the limit).
   */
  reservePasswordAttempt(accountId: string, rule: LockRule, now: number): FailureCount | undefined;
  /**
   * A right password: the count starts again. False when the account is locked by a lock
   * other than `ownLock` (the one this attempt set by reaching the limit, else 0); a lock
   * of its own is lifted.
   */
  clearPasswordFailures(accountId: string, ownLock: number, now: number): boolean;

  failures(accountId: string, method: string): FailureCount;
  /**
   * Counts one attempt at a method before it is checked. `undefined` when the method is
   * locked or disabled (nothing counted); else the new count and lock (the lock is set by
   * this attempt when it is the one that reaches the limit).
   */
  reserveAttempt(accountId: string, method: string, rule: LockRule, now: number): FailureCount | undefined;
  /**
   * Gives back an attempt whose outcome was not a failure (a reused or expired code); a
   * lock that attempt set (`lockedUntil`, else 0) is lifted with it.
   */
  refundAttempt(accountId: string, method: string, lockedUntil: number): void;
  /** Resets the failure counts of the given methods of an account. */
  resetFailures(accountId: string, methods: readonly string[]): void;
}

/** Sessions, sign-in transactions and passkey registration challenges (`sessionTables.ts`). */
export interface SessionTables {
  insertSession(session: SessionRecord): void;
  sessionByHash(tokenHash: string): SessionRecord | undefined;
  /** The session and its account in one read (every authenticated request does this). */
  sessionWithAccount(tokenHash: string): SessionView | undefined;
  /** The same, with what the account's factors show, in creation order, still in one read (GET /me). */
  sessionWithFactors(tokenHash: string): (SessionView & { factors: FactorSummary[] }) | undefined;
  updateSession(tokenHash: string, patch: { scope?: Scope; freshUntil?: number }): void;
  deleteSession(tokenHash: string): void;
  /** Revokes every `enroll` session of an account but `keep` (a token hash, or null for none). */
  deleteEnrollSessions(accountId: string, keep: string | null): void;

  insertTransaction(transaction: TransactionRecord): void;
  transactionByHash(idHash: string): TransactionRecord | undefined;
  setTransactionChallenge(idHash: string, challenge: string | null, expiresAt: number | null): void;
  deleteTransaction(idHash: string): void;

  putRegistrationChallenge(accountId: string, challenge: string, label: string | null, expiresAt: number): void;
  /** Returns and removes the account's registration challenge (single use). */
  takeRegistrationChallenge(
    accountId: string,
  ): { challenge: string; label: string | null; expiresAt: number } | undefined;
}

/** SMS/voice codes, their sends, the development outbox and rate-limit windows (`SqliteStore.ts`). */
export interface CodeTables {
  insertPhoneCode(code: Omit<PhoneCodeRecord, 'id' | 'used'>): void;
  phoneCodesOf(factorId: string): PhoneCodeRecord[];
  markPhoneCodeUsed(id: number): void;

  recordCodeSend(e164: string, at: number): void;
  codeSendsSince(e164: string, since: number): number[];

  addOutbox(entry: OutboxRecord): void;
  outboxFor(e164: string): OutboxRecord[];

  /** Fixed-window counter: adds one hit to `key` and returns the window's count and start. */
  hit(key: string, windowMs: number, now: number): { count: number; windowStart: number };
}

/**
 * The server's storage. Everything that must survive a restart or be shared by several
 * instances lives here: accounts, methods, sessions, transactions, challenges, counters.
 * It is composed of one interface per table group; the embedded implementation is SQLite
 * (`SqliteStore`).
 */
export interface Store extends AccountTables, CounterTables, SessionTables, CodeTables {
  /** Runs `work` atomically. */
  atomically<T>(work: () => T): T;
  /** Drops expired sessions, transactions, challenges, codes and send records. */
  purgeExpired(now: number): void;
  close(): void;
}
