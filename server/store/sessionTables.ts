import type { Scope } from '../../protocol';
import {
  factorsOfRows,
  sessionWithAccountRead,
  sessionWithFactorsRead,
  toSessionView,
  type SessionAccountRow,
  type SessionFactorRow,
} from './sessionRows';
import type { StatementCache } from './StatementCache';
import type { SessionRecord, SessionTables, TransactionRecord } from './Store';

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

/** The `sessions`, `transactions` and `registration_challenges` tables. */
export function sessionTables(s: StatementCache): SessionTables {
  return {
    insertSession(r) {
      s.sql(
        'INSERT INTO sessions (token_hash, account_id, scope, created_at, expires_at, fresh_until) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(r.tokenHash, r.accountId, r.scope, r.createdAt, r.expiresAt, r.freshUntil);
    },

    sessionByHash(tokenHash) {
      const row = s.sql<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?').get(tokenHash);
      return row && toSession(row);
    },

    sessionWithAccount(tokenHash) {
      const row = s.rows<[string], SessionAccountRow>(sessionWithAccountRead).get(tokenHash);
      return row && toSessionView(tokenHash, row);
    },

    sessionWithFactors(tokenHash) {
      const rows = s.rows<[string], SessionFactorRow>(sessionWithFactorsRead).all(tokenHash);
      const first = rows[0];
      if (first === undefined) return undefined;
      const { session, account } = toSessionView(tokenHash, first);
      return { session, account, factors: factorsOfRows(rows) };
    },

    updateSession(tokenHash, patch) {
      if (patch.scope !== undefined) {
        s.sql('UPDATE sessions SET scope = ? WHERE token_hash = ?').run(patch.scope, tokenHash);
      }
      if (patch.freshUntil !== undefined) {
        s.sql('UPDATE sessions SET fresh_until = ? WHERE token_hash = ?').run(patch.freshUntil, tokenHash);
      }
    },

    deleteSession(tokenHash) {
      s.sql('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
    },

    deleteEnrollSessions(accountId, keep) {
      s.sql("DELETE FROM sessions WHERE account_id = ? AND scope = 'enroll' AND token_hash IS NOT ?").run(
        accountId,
        keep,
      );
    },

    insertTransaction(t) {
      s.sql(
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
    },

    transactionByHash(idHash) {
      const row = s.sql<[string], TransactionRow>('SELECT * FROM transactions WHERE id_hash = ?').get(idHash);
      return row && toTransaction(row);
    },

    setTransactionChallenge(idHash, challenge, expiresAt) {
      s.sql('UPDATE transactions SET challenge = ?, challenge_expires_at = ? WHERE id_hash = ?').run(
        challenge,
        expiresAt,
        idHash,
      );
    },

    deleteTransaction(idHash) {
      s.sql('DELETE FROM transactions WHERE id_hash = ?').run(idHash);
    },

    putRegistrationChallenge(accountId, challenge, label, expiresAt) {
      s.sql(
        `INSERT INTO registration_challenges (account_id, challenge, label, expires_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (account_id) DO UPDATE SET challenge = excluded.challenge, label = excluded.label,
           expires_at = excluded.expires_at`,
      ).run(accountId, challenge, label, expiresAt);
    },

    takeRegistrationChallenge(accountId) {
      return s.atomically(() => {
        const row = s
          .sql<[string], { challenge: string; label: string | null; expires_at: number }>(
            'SELECT challenge, label, expires_at FROM registration_challenges WHERE account_id = ?',
          )
          .get(accountId);
        if (row === undefined) return undefined;
        s.sql('DELETE FROM registration_challenges WHERE account_id = ?').run(accountId);
        return { challenge: row.challenge, label: row.label, expiresAt: row.expires_at };
      });
    },
  };
}
