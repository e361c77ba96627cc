import type { StatementCache } from './StatementCache';
import type { CounterTables, FailureCount } from './Store';

interface CountRow {
  count: number;
  locked_until: number;
}

// Every change below is one statement that reads and writes the stored row, so two
// requests that fail at the same time both count, and a failure only ever raises a lock.

const passwordAttempt = `UPDATE accounts SET password_failures = password_failures + 1,
  locked_until = CASE WHEN (password_failures + 1) % @lockEvery = 0 THEN MAX(locked_until, @until) ELSE locked_until END
  WHERE id = @accountId AND locked_until <= @now RETURNING password_failures AS count, locked_until`;

const passwordSuccess = `UPDATE accounts SET password_failures = 0,
  locked_until = CASE WHEN @ownLock > 0 AND locked_until = @ownLock THEN 0 ELSE locked_until END
  WHERE id = @accountId AND (locked_until <= @now OR (@ownLock > 0 AND locked_until = @ownLock))`;

const reserve = `INSERT INTO method_failures (account_id, method, count, locked_until)
  VALUES (@accountId, @method, 1, CASE WHEN 1 % @lockEvery = 0 OR 1 >= @disableAfter THEN @until ELSE 0 END)
  ON CONFLICT (account_id, method) DO UPDATE SET count = count + 1,
    locked_until = CASE WHEN (count + 1) % @lockEvery = 0 OR count + 1 >= @disableAfter
      THEN MAX(locked_until, @until) ELSE locked_until END
  WHERE locked_until <= @now AND count < @disableAfter
  RETURNING count, locked_until`;

const refund = `UPDATE method_failures SET count = MAX(count - 1, 0),
  locked_until = CASE WHEN @lockedUntil > 0 AND locked_until = @lockedUntil THEN 0 ELSE locked_until END
  WHERE account_id = @accountId AND method = @method`;

const toCount = (row: CountRow): FailureCount => ({ count: row.count, lockedUntil: row.locked_until });

/** Lockout counters: `accounts.password_failures`/`locked_until` and `method_failures`. */
export function counterTables(s: StatementCache): CounterTables {
  return {
    reservePasswordAttempt(accountId, rule, now) {
      const row = s
        .sql<[object], CountRow>(passwordAttempt)
        .get({ accountId, lockEvery: rule.lockEvery, until: now + rule.lockMs, now });
      return row === undefined ? undefined : toCount(row);
    },

    clearPasswordFailures(accountId, ownLock, now) {
      return s.sql(passwordSuccess).run({ accountId, ownLock, now }).changes === 1;
    },

    failures(accountId, method) {
      const row = s
        .sql<[string, string], CountRow>(
          'SELECT count, locked_until FROM method_failures WHERE account_id = ? AND method = ?',
        )
        .get(accountId, method);
      return row === undefined ? { count: 0, lockedUntil: 0 } : toCount(row);
    },

    reserveAttempt(accountId, method, rule, now) {
      const row = s.sql<[object], CountRow>(reserve).get({
        accountId,
        method,
        lockEvery: rule.lockEvery,
        disableAfter: rule.disableAfter,
        until: now + rule.lockMs,
        now,
      });
      return row === undefined ? undefined : toCount(row);
    },

    refundAttempt(accountId, method, lockedUntil) {
      s.sql(refund).run({ accountId, method, lockedUntil });
    },

    resetFailures(accountId, methods) {
      const statement = s.sql('DELETE FROM method_failures WHERE account_id = ? AND method = ?');
      for (const method of methods) statement.run(accountId, method);
    },
  };
}
