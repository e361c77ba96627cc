import { DeskIdError } from '../../contract/DeskIdError';
import { newAccountSchema, type NewAccount, type OtpAlgorithm } from './accountSchema';
import { normalizeSecret } from './normalizeSecret';
import { stripControlCharacters } from './stripControlCharacters';

/** What a person types in the "enter a key" form. Only issuer, label and secret are required. */
export interface ManualEntry {
  issuer: string;
  label: string;
  /** Base32, as shown by the issuer: any case, spaces or padding allowed. */
  secret: string;
  type?: 'totp' | 'hotp' | 'steam';
  algorithm?: OtpAlgorithm;
  digits?: number;
  period?: number;
  counter?: number;
  icon?: string | null;
}

/**
 * Validates a manually entered account. Defaults are TOTP, SHA1, 6 digits, 30 s (HOTP
 * counter 0). Control characters and bidi overrides are removed from issuer and label. Answers `invalid_secret` for a bad secret and `invalid_account`, naming the
 * field, for anything else out of range.
 */
export function createManualAccount(entry: ManualEntry): NewAccount {
  const { type = 'totp', algorithm = 'SHA1', digits, period, counter = 0, icon = null } = entry;
  const common = {
    issuer: stripControlCharacters(entry.issuer).trim(),
    label: stripControlCharacters(entry.label).trim(),
    secret: normalizeSecret(entry.secret),
    icon,
  };
  const candidate =
    type === 'steam'
      ? { type, ...common, algorithm, digits: digits ?? 5, period: period ?? 30 }
      : type === 'hotp'
        ? { type, ...common, algorithm, digits: digits ?? 6, counter }
        : { type, ...common, algorithm, digits: digits ?? 6, period: period ?? 30 };
  const parsed = newAccountSchema.safeParse(candidate);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? 'account';
    throw new DeskIdError(
      'invalid_account',
      `The account's ${field} is not valid: ${parsed.error.issues[0]?.message ?? ''}`,
      {
        field,
      },
    );
  }
  return parsed.data;
}
