import { DeskIdError } from '../../contract/DeskIdError';

/**
 * The error for a vault file that fails its checks. It names the backup when one is
 * usable, so the app can offer it; the damaged file itself is left untouched.
 */
export function vaultDamaged(file: string, reason: string, backup: string | null): DeskIdError {
  const offer =
    backup === null
      ? 'No usable backup copy was found.'
      : 'A backup copy of the previous version is available and can be restored.';
  return new DeskIdError('vault_damaged', `The vault file is damaged and was left as it is. ${offer}`, {
    file,
    reason,
    backup,
  });
}
