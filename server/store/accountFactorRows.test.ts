import { describe, expect, it } from 'vitest';
import { accountColumns, accountFactorReads, factorColumns, factorSummaryColumns } from './accountFactorRows';
import { SqliteStore } from './SqliteStore';

describe('account and factor column lists', () => {
  const store = new SqliteStore(':memory:');
  const columnsOf = (table: string): string[] =>
    store.db
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}') ORDER BY cid`)
      .all()
      .map((row) => row.name);

  it('name every column of the accounts table, in table order', () => {
    expect([...accountColumns]).toEqual(columnsOf('accounts'));
  });

  it('name every column of the factors table once, the summary columns first', () => {
    expect([...factorColumns].sort()).toEqual(columnsOf('factors').sort());
    expect(new Set(factorColumns).size).toBe(factorColumns.length);
    expect(factorColumns.slice(0, factorSummaryColumns.length)).toEqual([...factorSummaryColumns]);
  });

  it('keep secrets out of the summary columns', () => {
    for (const secret of ['totp_secret_cipher', 'public_key', 'sign_count', 'totp_last_step']) {
      expect(factorSummaryColumns).not.toContain(secret);
    }
  });

  it('list factors in creation order from the index, without a sort', () => {
    const plan = store.db
      .prepare<[string], { detail: string }>(`EXPLAIN QUERY PLAN ${accountFactorReads.factorsOf}`)
      .all('acc_x')
      .map((row) => row.detail);
    expect(plan.join('\n')).toContain('factors_account_created');
    expect(plan.join('\n')).not.toContain('TEMP B-TREE');
  });
});
