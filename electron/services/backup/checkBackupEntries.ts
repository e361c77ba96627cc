import { DeskIdError } from '../../contract/DeskIdError';
import { isEntryId } from '../vault/entryId';
import type { BackupPayload } from './backupFileSchema';

/**
 * Refuses a backup whose entries the vault could not store: an id outside the vault's id
 * pattern, or one id twice. `import_failed`, naming the problem and the entry's position
 * (never its id or value, which the file's author chose).
 */
export function checkBackupEntries(entries: BackupPayload['entries']): void {
  const seen = new Set<string>();
  entries.forEach(({ id }, index) => {
    if (!isEntryId(id)) {
      throw new DeskIdError(
        'import_failed',
        `This DeskID backup cannot be restored: entry ${index + 1} has an id DeskID does not accept.`,
        { reason: 'invalid entry id', entry: index + 1 },
      );
    }
    if (seen.has(id)) {
      throw new DeskIdError(
        'import_failed',
        `This DeskID backup cannot be restored: entry ${index + 1} repeats the id of an earlier entry.`,
        { reason: 'duplicate entry id', entry: index + 1 },
      );
    }
    seen.add(id);
  });
}
