import type Database from 'better-sqlite3';
import { accountTables } from './accountTables';
import { counterTables } from './counterTables';
import { openDatabase } from './openDatabase';
import { sessionTables } from './sessionTables';
import { StatementCache } from './StatementCache';
import type { AccountTables, CounterTables, OutboxRecord, PhoneCodeRecord, SessionTables, Store } from './Store';

type TableGroups = AccountTables & CounterTables & SessionTables;

/**
 * The database, with the methods of the table groups (one file each, sharing one
 * statement cache) put on the store itself, so that callers see one flat `Store`.
 */
const TableGroups = class {
  readonly db: Database.Database;

  constructor(statements: StatementCache) {
    this.db = statements.db;
    Object.assign(this, accountTables(statements), counterTables(statements), sessionTables(statements));
  }
} as new (statements: StatementCache) => TableGroups & { readonly db: Database.Database };

/**
 * The embedded store: SQLite through better-sqlite3, with prepared statements. Accounts
 * and factors, lockout counters, and sessions with transactions live in their own files;
 * the code, outbox and rate-limit tables are here.
 */
export class SqliteStore extends TableGroups implements Store {
  readonly #s: StatementCache;

  constructor(file: string) {
    const statements = new StatementCache(openDatabase(file));
    super(statements);
    this.#s = statements;
  }

  atomically<T>(work: () => T): T {
    return this.#s.atomically(work);
  }

  insertPhoneCode(code: Omit<PhoneCodeRecord, 'id' | 'used'>): void {
    this.#s
      .sql('INSERT INTO phone_codes (factor_id, code_hash, channel, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(code.factorId, code.codeHash, code.channel, code.createdAt, code.expiresAt);
  }

  phoneCodesOf(factorId: string): PhoneCodeRecord[] {
    return this.#s
      .sql<
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
    this.#s.sql('UPDATE phone_codes SET used = 1 WHERE id = ?').run(id);
  }

  recordCodeSend(e164: string, at: number): void {
    this.#s.sql('INSERT INTO code_sends (e164, sent_at) VALUES (?, ?)').run(e164, at);
  }

  codeSendsSince(e164: string, since: number): number[] {
    return this.#s
      .sql<[string, number], { sent_at: number }>(
        'SELECT sent_at FROM code_sends WHERE e164 = ? AND sent_at > ? ORDER BY sent_at',
      )
      .all(e164, since)
      .map((row) => row.sent_at);
  }

  addOutbox(entry: OutboxRecord): void {
    this.#s
      .sql('INSERT INTO outbox (to_e164, channel, code, text, sent_at) VALUES (?, ?, ?, ?, ?)')
      .run(entry.to, entry.channel, entry.code, entry.text, entry.sentAt);
  }

  outboxFor(e164: string): OutboxRecord[] {
    return this.#s
      .sql<[string], { to_e164: string; channel: 'sms' | 'voice'; code: string; text: string; sent_at: number }>(
        'SELECT * FROM outbox WHERE to_e164 = ? ORDER BY id DESC',
      )
      .all(e164)
      .map((row) => ({ to: row.to_e164, channel: row.channel, code: row.code, text: row.text, sentAt: row.sent_at }));
  }

  hit(key: string, windowMs: number, now: number): { count: number; windowStart: number } {
    return this.#s.atomically(() => {
      const row = this.#s
        .sql<[string], { window_start: number; count: number }>(
          'SELECT window_start, count FROM rate_limits WHERE key = ?',
        )
        .get(key);
      const fresh = row === undefined || row.window_start + windowMs <= now;
      const next = fresh ? { count: 1, windowStart: now } : { count: row.count + 1, windowStart: row.window_start };
      this.#s
        .sql(
          `INSERT INTO rate_limits (key, window_start, count) VALUES (?, ?, ?)
           ON CONFLICT (key) DO UPDATE SET window_start = excluded.window_start, count = excluded.count`,
        )
        .run(key, next.windowStart, next.count);
      return next;
    });
  }

  purgeExpired(now: number): void {
    this.#s.atomically(() => {
      this.#s.sql('DELETE FROM sessions WHERE expires_at <= ?').run(now);
      this.#s.sql('DELETE FROM transactions WHERE expires_at <= ?').run(now);
      this.#s.sql('DELETE FROM registration_challenges WHERE expires_at <= ?').run(now);
      this.#s.sql('DELETE FROM phone_codes WHERE expires_at <= ?').run(now - 86_400_000);
      this.#s.sql('DELETE FROM code_sends WHERE sent_at <= ?').run(now - 3_600_000);
      this.#s.sql('DELETE FROM rate_limits WHERE window_start <= ?').run(now - 3_600_000);
    });
  }

  close(): void {
    this.db.close();
  }
}
