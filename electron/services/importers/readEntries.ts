import { isDeskIdError } from '../../contract/DeskIdError';
import type { NewAccount } from '../authenticator/accountSchema';
import { stripUnsafeCharacters } from '../text/unsafeText';
import type { SkippedEntry } from './ImportResult';

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
      skipped.push({ position: index + 1, name, reason });
    }
  });
  return { accounts, skipped };
}
