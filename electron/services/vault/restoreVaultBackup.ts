import { copyFile, open, rename } from 'node:fs/promises';
import { DeskIdError } from '../../contract/DeskIdError';
import { checkVaultFile } from './readVaultFile';
import { vaultPaths } from './vaultPaths';
import { syncDirectory } from './writeFileAtomic';

/**
 * The person's answer to `vault_damaged`: puts the previous generation (`vault.json.bak`)
 * back in place. The damaged file is not rewritten or deleted but moved aside as
 * `vault.json.damaged-<time>` for inspection. Returns that path (null when there was no
 * current file). Throws `vault_damaged` when the backup fails its checks too.
 */
export async function restoreVaultBackup(dir: string, now: Date = new Date()): Promise<string | null> {
  const paths = vaultPaths(dir);
  const backup = await checkVaultFile(paths.backup);
  if (backup === 'missing' || !backup.ok) {
    throw new DeskIdError('vault_damaged', 'The backup copy of this vault is missing or damaged too.', {
      file: paths.backup,
      reason: backup === 'missing' ? 'missing' : backup.reason,
      backup: null,
    });
  }
  const aside = `${paths.file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  let moved: string | null = aside;
  try {
    await rename(paths.file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    moved = null;
  }
  const staging = `${paths.file}.restore`;
  await copyFile(paths.backup, staging);
  const handle = await open(staging, 'r+');
  await handle.sync();
  await handle.close();
  await rename(staging, paths.file);
  await syncDirectory(dir);
  return moved;
}
