import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Deletes `vault.json.damaged-*` copies after a re-key (they hold entries under the old
 * data key, often under the keychain key alone) and after the version-1 migration (their
 * old layout confirms a PIN guess offline). The vault that was just written is the way
 * back, so they are no longer needed (see docs/vault-format.md).
 */
export async function removeDamagedCopies(file: string): Promise<void> {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.damaged-`;
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names.filter((name) => name.startsWith(prefix)).map((name) => rm(path.join(dir, name), { force: true })),
  );
}
