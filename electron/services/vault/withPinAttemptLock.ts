import { open, readFile, rm } from 'node:fs/promises';
import { DeskIdError } from '../../contract/DeskIdError';
import { isProcessAlive } from './isProcessAlive';

const inProcess = new Map<string, Promise<unknown>>();

async function acquire(lockFile: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lockFile, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && isProcessAlive(holder)) break;
      await rm(lockFile, { force: true });
    }
  }
  throw new DeskIdError('pin_throttled', 'A PIN is being checked for this profile already. Try again in a moment.', {
    retryAfter: 1,
  });
}

/**
 * Runs one PIN attempt at a time per vault: serialised within this process, and across
 * DeskID processes through an exclusive lock file (a dead holder's lock is taken over), so
 * parallel guesses cannot slip past the wrong-PIN count.
 */
export async function withPinAttemptLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  const previous = inProcess.get(lockFile) ?? Promise.resolve();
  const run = previous.then(async () => {
    await acquire(lockFile);
    try {
      return await work();
    } finally {
      await rm(lockFile, { force: true });
    }
  });
  const settled = run.catch(() => undefined);
  inProcess.set(lockFile, settled);
  void settled.then(() => {
    if (inProcess.get(lockFile) === settled) inProcess.delete(lockFile);
  });
  return run;
}
