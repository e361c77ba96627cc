import { describe, expect, it } from 'vitest';
import { accountColumns, accountFactorReads, factorColumns } from './accountFactorRows';
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

  it('name every column of the factors table, in table order', () => {
    expect([...factorColumns]).toEqual(columnsOf('factors'));
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
