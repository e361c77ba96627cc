import { isDeepStrictEqual } from 'node:util';
import { DeskIdError } from '../../contract/DeskIdError';
import { accountSchema } from '../authenticator/accountSchema';
import type { AuditSink, Vault } from '../vault/Vault';
import type { BackupPayload } from './backupFileSchema';
import { checkBackupEntries } from './checkBackupEntries';
import { decryptBackup } from './decryptBackup';

/** The id prefix of authenticator accounts in a vault (AccountBook's). */
const accountPrefix = 'account:';

/**
 * Refuses a backup with an `account:` entry that is not an account as the vault holds
 * it: once written, the account list would answer `vault_damaged` until it was removed.
 * `import_failed`, naming the entry's position only, as {@link checkBackupEntries} does.
 */
function refuseUnreadableAccounts(entries: BackupPayload['entries']): void {
  entries.forEach(({ id, value }, index) => {
    if (!id.startsWith(accountPrefix) || accountSchema.safeParse(value).success) return;
    throw new DeskIdError(
      'import_failed',
      `This DeskID backup cannot be restored: entry ${index + 1} holds an authenticator account DeskID cannot read. Nothing was restored.`,
      { reason: 'unreadable account', entry: index + 1 },
    );
  });
}

/** What a restore did, by entry id. */
export interface RestoreResult {
  /** Entries from the backup that were not in the vault. */
  added: string[];
  /** Merge: ids in both with different values; the vault's value was kept. */
  kept: string[];
  /** Ids in both with equal values. */
  unchanged: string[];
  /** Replace: vault entries that the backup did not have. */
  removed: string[];
  /** Replace: ids in both whose value the backup's replaced. */
  replaced: string[];
  /** Profile details stored in the backup (display name, ID-server link). */
  profile: BackupPayload['profile'];
}

/**
 * Restores a backup into an unlocked vault in one atomic write.
 * - `merge`: adds the backup's entries whose id the vault lacks; keeps the vault's value
 *   where both have an id (listed in `kept`).
 * - `replace`: the vault's entries become exactly the backup's.
 *
 * Errors as {@link decryptBackup}, plus `vault_locked`, and `import_failed` for an entry
 * id the vault does not accept, one id twice, or an account entry DeskID cannot read
 * (nothing is written then). `refuse` sees the entries the restore would write (new ids,
 * and in `replace` the ids whose value changes) before anything is written, and throws
 * to stop it: machine policy's issuer allow-list goes there, since a backup may hold
 * accounts added before that policy. Logged as an `import` event, failed or ok.
 */
export async function restoreBackup({
  vault,
  text,
  passphrase,
  mode,
  audit,
  refuse,
}: {
  vault: Vault;
  text: string;
  passphrase: string;
  mode: 'merge' | 'replace';
  audit?: AuditSink;
  /** Required, so that no caller forgets machine policy's issuer allow-list. */
  refuse: (written: readonly { id: string; value: unknown }[]) => void;
}): Promise<RestoreResult> {
  const current = new Map((await vault.entries()).map((entry) => [entry.id, entry.value]));
  let payload: BackupPayload;
  try {
    payload = await decryptBackup(text, passphrase);
    checkBackupEntries(payload.entries);
    refuseUnreadableAccounts(payload.entries);
  } catch (error) {
    await audit?.append({ type: 'import', format: 'deskid-backup', outcome: 'failed' });
    throw error;
  }
  const result: RestoreResult = {
    added: [],
    kept: [],
    unchanged: [],
    removed: [],
    replaced: [],
    profile: payload.profile,
  };
  const incoming = payload.entries.map(({ id, value }) => ({ id, value: value }));
  for (const { id, value } of incoming) {
    if (!current.has(id)) result.added.push(id);
    else if (isDeepStrictEqual(current.get(id), value)) result.unchanged.push(id);
    else (mode === 'merge' ? result.kept : result.replaced).push(id);
  }
  const written = new Set([...result.added, ...(mode === 'replace' ? result.replaced : [])]);
  try {
    refuse(incoming.filter(({ id }) => written.has(id)));
  } catch (error) {
    await audit?.append({ type: 'import', format: 'deskid-backup', outcome: 'failed' });
    throw error;
  }
  if (mode === 'merge') {
    const addedIds = new Set(result.added);
    await vault.putMany(incoming.filter(({ id }) => addedIds.has(id)));
  } else {
    const backupIds = new Set(incoming.map(({ id }) => id));
    result.removed = [...current.keys()].filter((id) => !backupIds.has(id));
    await vault.replaceAll(incoming);
  }
  await audit?.append({
    type: 'import',
    format: 'deskid-backup',
    outcome: 'ok',
    count: result.added.length + result.replaced.length,
  });
  return result;
}
