import type Database from 'better-sqlite3';

/**
 * The store's prepared statements, compiled once per SQL text and shared by every table
 * group (`accountTables`, `counterTables`, `sessionTables` and `SqliteStore` itself).
 */
export class StatementCache {
  readonly db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();
  readonly #rawStatements = new Map<string, Database.Statement>();

  constructor(db: Database.Database) {
    this.db = db;
  }

  /** A prepared statement whose rows come back as keyed objects. */
  sql<P extends unknown[] = unknown[], R = unknown>(source: string): Database.Statement<P, R> {
    return this.#prepared(this.#statements, source, false) as unknown as Database.Statement<P, R>;
  }

  /** A prepared statement whose rows come back as arrays, in the order of its columns. */
  rows<P extends unknown[], R extends readonly unknown[]>(source: string): Database.Statement<P, R> {
    return this.#prepared(this.#rawStatements, source, true) as unknown as Database.Statement<P, R>;
  }

  /** Runs `work` in one SQLite transaction (a savepoint when already inside one). */
  atomically<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  #prepared(cache: Map<string, Database.Statement>, source: string, raw: boolean): Database.Statement {
    let statement = cache.get(source);
    if (statement === undefined) {
      statement = raw ? this.db.prepare(source).raw(true) : this.db.prepare(source);
      cache.set(source, statement);
    }
    return statement;
  }
}
