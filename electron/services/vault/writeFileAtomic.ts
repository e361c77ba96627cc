import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Options of {@link writeFileAtomic}. */
export interface WriteFileAtomicOptions {
  /** Keep the file being replaced as `<file>.bak` (the previous generation). */
  keepBackup?: boolean;
  /** File mode for a new file; 0o600 by default (only the OS account can read it). */
  mode?: number;
}

/**
 * Replaces `file` with `data` so that a crash at any moment leaves either the old or the
 * new content, never a mix: write a temp file beside it, fsync it, (optionally) keep the
 * current file as `.bak`, rename the temp over the file, fsync the directory.
 * `file` exists throughout: the backup is made with a hard link (or a copy) before the rename.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  { keepBackup = false, mode = 0o600 }: WriteFileAtomicOptions = {},
): Promise<void> {
  const dir = path.dirname(file);
  const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (keepBackup) await keepPreviousGeneration(file);
    await renameWithRetry(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

async function keepPreviousGeneration(file: string): Promise<void> {
  const backup = `${file}.bak`;
  const staging = `${backup}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await link(file, staging);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    await copyFile(file, staging);
    const copy = await open(staging, 'r+');
    await copy.sync();
    await copy.close();
  }
  await renameWithRetry(staging, backup);
}

/**
 * Windows refuses a rename for a moment while another program (an antivirus scanner, an
 * indexer) has the target open; retry briefly there, as graceful-fs does.
 */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient = process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY');
      if (!transient || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * (attempt + 1)));
    }
  }
}

/** fsyncs a directory so a rename in it is durable. Windows cannot open directories: skip. */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
