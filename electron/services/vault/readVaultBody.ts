import { DeskIdError } from '../../contract/DeskIdError';
import { checkVaultFile } from './readVaultFile';
import { vaultDamaged } from './vaultDamaged';
import type { StoredVaultBody } from './vaultFileSchema';
import type { VaultPaths } from './vaultPaths';

/**
 * The body of `vault.json`, in either layout. `vault_not_found` when there is none,
 * `vault_damaged` (naming a usable `.bak`) when it fails its checks.
 */
export async function readVaultBody(paths: VaultPaths): Promise<StoredVaultBody> {
  const check = await checkVaultFile(paths.file);
  if (check === 'missing') {
    const backup = await checkVaultFile(paths.backup).catch(() => 'missing' as const);
    throw new DeskIdError('vault_not_found', 'This profile has no vault yet.', {
      file: paths.file,
      backup: backup !== 'missing' && backup.ok ? paths.backup : null,
    });
  }
  if (check.ok) return check.body;
  const backup = await checkVaultFile(paths.backup).catch(() => 'missing' as const);
  throw vaultDamaged(paths.file, check.reason, backup !== 'missing' && backup.ok ? paths.backup : null);
}
