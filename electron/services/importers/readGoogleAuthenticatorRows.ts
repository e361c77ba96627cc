import type Database from 'better-sqlite3';
import { DeskIdError } from '../../contract/DeskIdError';

/**
 * The bounds on reading a Google Authenticator database. The app keeps a few dozen
 * accounts; a file past these is refused rather than read in part.
 */
export const googleAuthenticatorDbLimits = {
  /** Accounts read at most (one more is fetched only to tell that there are too many). */
  maxAccounts: 10_000,
  /** The largest database file read, in bytes (the app's own is a few kilobytes). */
  maxBytes: 16 * 1024 * 1024,
} as const;

const columns = ['_id', 'email', 'secret', 'counter', 'type', 'issuer'];

const refuse = (message: string, details?: Record<string, unknown>): never => {
  throw new DeskIdError('import_failed', message, details);
};

const notPlain = (): never =>
  refuse(
    'This Google Authenticator database is not in the app’s format: its accounts are not a plain table. DeskID does not read it.',
  );

/**
 * Checks that `accounts` is a plain table of the app's shape, so that reading it runs no
 * code from the file: not a view (whose query, a never-ending recursive CTE for one, would
 * run on read and block the event loop for good), not a virtual table (an rtree's node
 * graph, which the file supplies, can make a scan visit 2^34 nodes), no generated columns,
 * and no trigger or other object on it. The decision comes from what SQLite itself knows
 * after parsing the schema, never from the stored SQL text (`CREATE/**\/VIRTUAL TABLE`
 * reads as a plain table to a regular expression): `pragma_table_list` says `table`, and
 * the table has a b-tree of its own in the file (`rootpage > 0`; views and virtual tables
 * have none). better-sqlite3 has no progress handler or interrupt, and a worker thread
 * stuck in a native SQLite call can be neither terminated nor left behind (the process
 * cannot exit), so the bound comes from reading nothing but rows stored in the file.
 */
function checkAccountsTable(db: Database.Database): void {
  const entries = db
    .prepare(
      "SELECT type, name, rootpage FROM sqlite_master WHERE name = 'accounts' COLLATE NOCASE OR tbl_name = 'accounts' COLLATE NOCASE",
    )
    .all() as { type: unknown; name: unknown; rootpage: unknown }[];
  const own = entries.filter((entry) => typeof entry.name === 'string' && entry.name.toLowerCase() === 'accounts');
  if (own.length === 0) {
    refuse('This is not a readable Google Authenticator database (no accounts table).');
  }
  const [entry] = own;
  if (
    own.length !== 1 ||
    entry?.type !== 'table' ||
    typeof entry.rootpage !== 'number' ||
    entry.rootpage <= 0 ||
    entries.some((other) => other.type !== 'table' && other.type !== 'index')
  ) {
    notPlain();
  }
  const listed = db.prepare('SELECT schema, type FROM pragma_table_list(?)').all('accounts') as {
    schema: unknown;
    type: unknown;
  }[];
  if (listed.length !== 1 || listed[0]?.schema !== 'main' || listed[0].type !== 'table') notPlain();
  const info = db.prepare('SELECT name, hidden FROM pragma_table_xinfo(?)').all('accounts') as {
    name: string;
    hidden: number;
  }[];
  if (info.some((column) => column.hidden !== 0)) notPlain();
  const names = new Set(info.map((column) => column.name.toLowerCase()));
  if (!columns.every((column) => names.has(column))) {
    refuse('This is not a readable Google Authenticator database (the accounts table lacks columns DeskID needs).');
  }
}

/**
 * Checks the structure of the whole file (`PRAGMA quick_check`: b-tree pages, cell sizes,
 * pages no b-tree uses; its work is bounded by the file size cap), so that a damaged or
 * crafted page layout is refused before any row is read. SQLite's check also runs each
 * virtual table's own check, which for a crafted rtree never ends, so a file holding any
 * virtual table (the app's own holds none) is refused first, by what SQLite reports.
 */
function checkStructure(db: Database.Database): void {
  const virtual = db
    .prepare("SELECT count(*) AS n FROM pragma_table_list WHERE type NOT IN ('table', 'view')")
    .get() as { n: number };
  if (virtual.n > 0) {
    refuse(
      'This Google Authenticator database is not in the app’s format: it holds a virtual table. DeskID does not read it.',
    );
  }
  const results = db.prepare('PRAGMA quick_check').all() as { quick_check: unknown }[];
  if (results.length !== 1 || results[0]?.quick_check !== 'ok') {
    refuse('This Google Authenticator database is damaged: its accounts cannot be read.');
  }
}

/**
 * Reads the rows of Google Authenticator's `accounts` table from the bytes of its SQLite
 * database, opened in memory and read-only, in `_id` (row) order. The work is bounded:
 * at most `maxBytes` of file, only a plain stored table (`checkAccountsTable`) whose
 * structure checks out (`checkStructure`), rows
 * fetched one at a time and at most `maxAccounts` of them. Answers `import_failed` for a
 * file that is not such a database, or is past a bound. better-sqlite3 (native) is
 * loaded only when such a file is actually imported.
 */
export async function readGoogleAuthenticatorRows(bytes: Uint8Array): Promise<unknown[]> {
  const { maxAccounts, maxBytes } = googleAuthenticatorDbLimits;
  if (bytes.length > maxBytes) {
    refuse(`This Google Authenticator database is too large (over ${maxBytes / 1048576} MB) to be the app's own.`, {
      bytes: bytes.length,
      maxBytes,
    });
  }
  const { default: Sqlite } = await import('better-sqlite3');
  let db: Database.Database | undefined;
  try {
    try {
      db = new Sqlite(Buffer.from(bytes), { readonly: true });
      db.pragma('trusted_schema = OFF');
      db.pragma('cell_size_check = ON');
      checkAccountsTable(db);
      checkStructure(db);
    } catch (error) {
      if (error instanceof DeskIdError) throw error;
      return refuse('This is not a readable Google Authenticator database (no accounts table).');
    }
    const rows: unknown[] = [];
    try {
      const statement = db.prepare('SELECT email, secret, counter, type, issuer FROM accounts ORDER BY rowid LIMIT ?');
      for (const row of statement.iterate(maxAccounts + 1)) rows.push(row);
    } catch {
      return refuse('This Google Authenticator database is damaged: its accounts cannot be read.');
    }
    if (rows.length > maxAccounts) {
      refuse(
        `This Google Authenticator database has more than ${maxAccounts} accounts; DeskID reads up to ${maxAccounts}.`,
        {
          maxAccounts,
        },
      );
    }
    return rows;
  } finally {
    db?.close();
  }
}
