import { z } from 'zod';
import { DeskIdError } from '../../contract/DeskIdError';
import { buildAccount } from './buildAccount';
import type { ImportResult } from './ImportResult';
import { parseJson } from './parseJson';
import { readEntries } from './readEntries';

const anything = z.unknown().optional();
const entrySchema = z.looseObject({
  secret: anything,
  issuer: anything,
  label: anything,
  digits: anything,
  type: z.string(),
  algorithm: anything,
  period: anything,
  counter: anything,
  thumbnail: anything,
});

/**
 * Reads an andOTP plain JSON backup: an array of entries with a padded base32 secret and
 * type TOTP, HOTP or STEAM. (Encrypted andOTP backups are binary and not read.) Older
 * andOTP versions kept the issuer in the label as `Issuer - label` or `Issuer:label` with
 * no issuer field; the label is then split at the colon.
 */
export function importAndOtp(text: string): ImportResult {
  const list = z.array(z.unknown()).safeParse(parseJson(text, 'andOTP'));
  if (!list.success) throw new DeskIdError('import_failed', 'This is not an andOTP backup (a JSON list of entries).');
  const { accounts, skipped } = readEntries(
    list.data,
    (item) => {
      const entry = entrySchema.parse(item);
      let issuer = typeof entry.issuer === 'string' ? entry.issuer : '';
      let label = typeof entry.label === 'string' ? entry.label : '';
      const colon = label.indexOf(':');
      if (issuer === '' && colon > 0) [issuer, label] = [label.slice(0, colon), label.slice(colon + 1)];
      const icon = typeof entry.thumbnail === 'string' && entry.thumbnail !== 'Default' ? entry.thumbnail : null;
      return buildAccount({ ...entry, issuer, label, icon });
    },
    (item) => {
      const entry = item as { issuer?: unknown; label?: unknown };
      return [entry.issuer, entry.label].filter((part) => typeof part === 'string' && part !== '').join(': ');
    },
  );
  return { format: 'andotp', accounts, skipped };
}
