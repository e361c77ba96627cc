import { isDeskIdError } from '../../contract/DeskIdError';
import type { NewAccount } from '../authenticator/accountSchema';
import { stripUnsafeCharacters } from '../text/unsafeText';
import type { SkippedEntry, SkipReason } from './ImportResult';

/**
 * Reads each item of a file into an account, keeping the ones that fail as skipped
 * entries rather than failing the whole import. `read` may throw anything; only a
 * DeskIdError's message (safe to show) is kept as the reason. A skipped entry's name is
 * shown, so its control characters and bidi overrides are removed.
 */
export function readEntries<T>(
  items: readonly T[],
  read: (item: T) => NewAccount,
  nameOf: (item: T) => string,
): { accounts: NewAccount[]; skipped: SkippedEntry[] } {
  const accounts: NewAccount[] = [];
  const skipped: SkippedEntry[] = [];
  items.forEach((item, index) => {
    try {
      accounts.push(read(item));
    } catch (error) {
      let name = '';
      try {
        name = stripUnsafeCharacters(nameOf(item)).slice(0, 200);
      } catch {
        // The entry is too broken to name.
      }
      const reason = isDeskIdError(error) ? error.message : 'The entry is not in the expected shape.';
      skipped.push({ position: index + 1, name, reason, why: skipReasonOf(error) });
    }
  });
  return { accounts, skipped };
}

/** What a reader's error says about the entry, as data: see {@link SkipReason}. */
export function skipReasonOf(error: unknown): SkipReason {
  if (!isDeskIdError(error)) return { kind: 'error', code: 'import_failed' };
  const { field, type } = error.details ?? {};
  if (error.code === 'import_failed' && field === 'type' && typeof type === 'string')
    return { kind: 'entryType', type };
  if (error.code === 'import_failed' && typeof field === 'string') return { kind: 'field', field };
  return { kind: 'error', code: error.code };
}
