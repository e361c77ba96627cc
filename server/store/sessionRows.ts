import type { Scope } from '../../protocol';
import { factorSummaryColumns, toFactorSummary, type FactorSummaryRow } from './accountFactorRows';
import type { FactorSummary, SessionView } from './Store';

// What an authenticated request reads: the session and the few account fields it may
// show, as arrays (better-sqlite3's raw mode), in one statement. GET /me, the busiest
// route, reads what the account's factors show in that same statement too (never a
// factor's secret: the route has no use for it, and each column read costs a copy).

export type SessionAccountRow = readonly [
  id: string,
  username: string,
  displayName: string,
  recoveryIssuedAt: number | null,
  recoveryConfirmedAt: number | null,
  scope: Scope,
  createdAt: number,
  expiresAt: number,
  freshUntil: number,
];

/** A factor's columns when the account has no factor (the LEFT JOIN's empty side). */
type Nulls<T extends readonly unknown[]> = { readonly [K in keyof T]: null };
type NoFactorRow = Nulls<FactorSummaryRow>;

/** The rows of `sessionWithFactorsRead`: one per factor, or one without a factor. */
export type SessionFactorRow =
  readonly [...SessionAccountRow, ...FactorSummaryRow] | readonly [...SessionAccountRow, ...NoFactorRow];

const sessionAccountSelect = `SELECT a.id, a.username, a.display_name, a.recovery_issued_at, a.recovery_confirmed_at,
  s.scope, s.created_at, s.expires_at, s.fresh_until`;
const sessionAccountFrom = 'FROM sessions s JOIN accounts a ON a.id = s.account_id';
const sessionAccountWidth = 9;

export const sessionWithAccountRead = `${sessionAccountSelect} ${sessionAccountFrom} WHERE s.token_hash = ?`;

export const sessionWithFactorsRead = `${sessionAccountSelect}, ${factorSummaryColumns.map((c) => `f.${c}`).join(', ')}
  ${sessionAccountFrom} LEFT JOIN factors f ON f.account_id = a.id
  WHERE s.token_hash = ? ORDER BY f.created_at, f.rowid`;

export function toSessionView(tokenHash: string, row: readonly [...SessionAccountRow, ...unknown[]]): SessionView {
  const [id, username, displayName, issuedAt, confirmedAt, scope, createdAt, expiresAt, freshUntil] = row;
  return {
    session: { tokenHash, accountId: id, scope, createdAt, expiresAt, freshUntil },
    account: { id, username, displayName, recovery: issuedAt === null ? null : { issuedAt, confirmedAt } },
  };
}

/** The factors of `sessionWithFactorsRead`'s rows, in their order. */
export function factorsOfRows(rows: readonly SessionFactorRow[]): FactorSummary[] {
  const factors: FactorSummary[] = [];
  for (const row of rows) {
    // The columns after the session's and account's are the factor's (see the read above).
    const factor = row.slice(sessionAccountWidth) as unknown as FactorSummaryRow | NoFactorRow;
    if (factor[0] !== null) factors.push(toFactorSummary(factor));
  }
  return factors;
}
