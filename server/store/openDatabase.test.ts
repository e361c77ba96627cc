import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServer } from '../testing/testServer';

const root = mkdtempSync(path.join(os.tmpdir(), 'deskid-db-modes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The usual umask of a login shell: without care, new files would be 0644 and folders 0755.
let previousUmask = 0;
beforeEach(() => {
  previousUmask = process.umask(0o022);
});
afterEach(() => {
  process.umask(previousUmask);
});

function modeOf(file: string): string {
  return (statSync(file).mode & 0o777).toString(8);
}

/** Starts a real server on `db`, writes to it over HTTP, and answers the modes while it runs. */
async function modesWhileRunning(db: string): Promise<Record<string, string>> {
  const t = await testServer({ db });
  try {
    await t.account();
    const files = [db, `${db}-wal`, `${db}-shm`, path.join(path.dirname(db), 'server.key')];
    expect(files.filter((file) => !existsSync(file))).toEqual([]);
    return Object.fromEntries(files.map((file) => [path.basename(file), modeOf(file)]));
  } finally {
    await t.close();
  }
}

describe('database file permissions', () => {
  it('creates the folder 0700 and the database, WAL and SHM files 0600 under umask 022', async () => {
    const db = path.join(root, 'new', 'id.sqlite');
    expect(await modesWhileRunning(db)).toEqual({
      'id.sqlite': '600',
      'id.sqlite-wal': '600',
      'id.sqlite-shm': '600',
      'server.key': '600',
    });
    expect(modeOf(path.dirname(db))).toBe('700');
  });

  it('tightens a database an earlier version left readable by others', async () => {
    const dir = path.join(root, 'old');
    mkdirSync(dir, { mode: 0o755 });
    const db = path.join(dir, 'id.sqlite');
    const first = await testServer({ db });
    await first.account();
    await first.close();
    chmodSync(db, 0o644);
    writeFileSync(`${db}-wal`, '', { mode: 0o644 });
    chmodSync(`${db}-wal`, 0o644);
    expect(await modesWhileRunning(db)).toMatchObject({ 'id.sqlite': '600', 'id.sqlite-wal': '600' });
    // A folder we did not create (it may be a project folder or a home) keeps its mode.
    expect(modeOf(dir)).toBe('755');
  });
});
