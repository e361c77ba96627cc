import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { deskIdFailure } from '../../../test/fixtures/deskIdFailure';
import { craftedRtreeAccounts } from '../../../test/fixtures/importers/craftedRtreeAccounts';
import { readFixture } from './fixtureFiles';
import { importGoogleAuthenticatorDb } from './importGoogleAuthenticatorDb';
import { googleAuthenticatorDbLimits } from './readGoogleAuthenticatorRows';

const secret = 'JBSWY3DPEHPK3PXP';
const gaTable =
  'CREATE TABLE accounts (_id INTEGER PRIMARY KEY, email TEXT NOT NULL, secret TEXT NOT NULL, counter INTEGER DEFAULT 0, type INTEGER, provider INTEGER DEFAULT 0, issuer TEXT DEFAULT NULL, original_name TEXT DEFAULT NULL)';

/** A database file made by the test, as its bytes. */
function database(sql: string): Buffer {
  const db = new Sqlite(':memory:');
  try {
    db.exec(sql);
    return db.serialize();
  } finally {
    db.close();
  }
}

describe('importGoogleAuthenticatorDb on crafted databases (issue 9.12)', () => {
  it('refuses an accounts VIEW over a never-ending recursive CTE instead of running it', async () => {
    const bytes = database(`CREATE VIEW accounts AS
      WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)
      SELECT 1 AS _id, 'x' AS email, (SELECT count(*) FROM r) AS secret, NULL AS counter, 0 AS type, NULL AS issuer`);
    const error = await deskIdFailure(importGoogleAuthenticatorDb(bytes));
    expect(error.code).toBe('import_failed');
    expect(error.message).toContain('not a plain table');
  });

  it('refuses a virtual table and generated columns, whose reading runs code from the file', async () => {
    for (const sql of [
      'CREATE VIRTUAL TABLE accounts USING fts5(email, secret, counter, type, issuer, _id)',
      `CREATE TABLE accounts (_id INTEGER PRIMARY KEY, email TEXT, secret TEXT AS ('${secret}'), counter INTEGER, type INTEGER, issuer TEXT); INSERT INTO accounts (email) VALUES ('a')`,
    ]) {
      const error = await deskIdFailure(importGoogleAuthenticatorDb(database(sql)));
      expect(error.code).toBe('import_failed');
      expect(error.message).toContain('not a plain table');
    }
  });

  it('refuses a virtual table whose stored SQL hides VIRTUAL behind a comment (review of issue 9, finding 2)', async () => {
    // Type 'table', no hidden column, and the text does not start "CREATE VIRTUAL": only
    // SQLite itself (pragma_table_list, rootpage 0) tells that it is an rtree.
    const error = await deskIdFailure(importGoogleAuthenticatorDb(craftedRtreeAccounts({ hang: false })));
    expect(error.code).toBe('import_failed');
    expect(error.message).toContain('not a plain table');
  });

  it('refuses a trigger or other object on the accounts table', async () => {
    const trigger = database(
      `${gaTable}; CREATE TABLE log (x); CREATE TRIGGER t AFTER INSERT ON accounts BEGIN INSERT INTO log VALUES (1); END`,
    );
    const error = await deskIdFailure(importGoogleAuthenticatorDb(trigger));
    expect(error.code).toBe('import_failed');
    expect(error.message).toContain('not a plain table');
  });

  it('refuses a file holding any virtual table, whose own check SQLite’s quick_check would run', async () => {
    const error = await deskIdFailure(
      importGoogleAuthenticatorDb(database(`${gaTable}; CREATE VIRTUAL TABLE other USING rtree(id, lo, hi)`)),
    );
    expect(error.code).toBe('import_failed');
    expect(error.message).toContain('virtual table');
  });

  it('checks the file’s structure before reading: a page no b-tree uses is refused as damaged', async () => {
    // Reading the rows alone would not notice this; PRAGMA quick_check does.
    const real = readFixture('google_authenticator/google_authenticator.sqlite');
    const pageSize = real.readUInt16BE(16);
    const damaged = Buffer.concat([real, Buffer.alloc(pageSize)]);
    damaged.writeUInt32BE(real.length / pageSize + 1, 28);
    const error = await deskIdFailure(importGoogleAuthenticatorDb(damaged));
    expect(error.code).toBe('import_failed');
    expect(error.message).toContain('damaged');
  });

  it(`reads at most ${googleAuthenticatorDbLimits.maxAccounts} accounts`, async () => {
    const bytes = database(`${gaTable};
      WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n <= ${googleAuthenticatorDbLimits.maxAccounts})
      INSERT INTO accounts (email, secret, type) SELECT 'user' || n, '${secret}', 0 FROM r`);
    const error = await deskIdFailure(importGoogleAuthenticatorDb(bytes));
    expect(error.code).toBe('import_failed');
    expect(error.details).toMatchObject({ maxAccounts: googleAuthenticatorDbLimits.maxAccounts });
  });

  it('refuses a database without the accounts table, and still reads the app’s own file', async () => {
    const none = await deskIdFailure(importGoogleAuthenticatorDb(database('CREATE TABLE other (x)')));
    expect(none).toMatchObject({ code: 'import_failed' });
    const result = await importGoogleAuthenticatorDb(readFixture('google_authenticator/google_authenticator.sqlite'));
    expect(result.format).toBe('google_authenticator_db');
    expect(result.accounts.length).toBeGreaterThan(0);
  });
});
