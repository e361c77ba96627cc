import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The database and the files SQLite keeps beside it. */
const companions = ['', '-wal', '-shm', '-journal'];

/** Sets mode 0600 on those of `files` that exist and belong to this process's user. */
function restrictFiles(files: string[]): void {
  const uid = process.getuid?.();
  for (const name of files) {
    if (!existsSync(name)) continue;
    const stat = statSync(name);
    if ((stat.mode & 0o077) !== 0 && (uid === undefined || stat.uid === uid)) chmodSync(name, 0o600);
  }
}

/**
 * Makes the database file private before SQLite opens it: the folder is created 0700
 * when missing (an existing folder keeps its mode: it may be a project folder or a home),
 * and the file is created empty with mode 0600. SQLite gives the WAL and SHM files it
 * creates later the database file's mode, whatever the umask, so they are 0600 too. The
 * process umask is left alone: it is shared by everything else the process does.
 */
function preparePrivateFile(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (!existsSync(file)) {
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600); // a umask can only take bits away; this puts back any it took
  }
  // Files an earlier version (or a wide umask) left readable by others are tightened.
  restrictFiles(companions.map((suffix) => file + suffix));
}

/**
 * Opens (and creates) the SQLite database: WAL, foreign keys on, and every migration
 * file in `migrations/` applied once, in name order, each in its own transaction. A file
 * database and its WAL and SHM files are readable by their owner only (0600).
 */
export function openDatabase(file: string): Database.Database {
  const onDisk = file !== ':memory:' && file !== '';
  if (onDisk) preparePrivateFile(path.resolve(file));
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)');
  const applied = new Set(
    db
      .prepare<[], { name: string }>('SELECT name FROM schema_migrations')
      .all()
      .map((row) => row.name),
  );
  for (const name of readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    if (applied.has(name)) continue;
    const sql = readFileSync(path.join(migrationsDir, name), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(name, Date.now());
    })();
  }
  return db;
}
