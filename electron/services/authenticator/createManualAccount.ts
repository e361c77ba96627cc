import { DeskIdError } from '../../contract/DeskIdError';
import { newAccountSchema, type NewAccount, type OtpAlgorithm } from './accountSchema';
import { normalizeSecret } from './normalizeSecret';
import { stripUnsafeCharacters } from '../text/unsafeText';

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

/** A name without control characters or bidi overrides, trimmed; a non-string is left for the schema to refuse. */
const text = (value: unknown): unknown => (typeof value === 'string' ? stripUnsafeCharacters(value).trim() : value);

/**
 * Validates a manually entered account. Defaults are TOTP, SHA1, 6 digits, 30 s (HOTP
 * counter 0). Control characters and bidi overrides are removed from issuer and label.
 * The entry comes across the bridge, so its types are checked, not trusted: answers
 * `invalid_secret` for a missing or bad secret and `invalid_account`, naming the field, for
 * anything else of the wrong type or out of range.
 */
export function createManualAccount(entry: ManualEntry): NewAccount {
  const input: unknown = entry;
  if (typeof input !== 'object' || input === null) throw new DeskIdError('invalid_account', 'No account was given.');
  const { type = 'totp', algorithm = 'SHA1', digits, period, counter = 0, icon = null } = entry;
  const secret: unknown = entry.secret;
  if (typeof secret !== 'string') throw new DeskIdError('invalid_secret', 'The account has no secret.');
  const common = { issuer: text(entry.issuer), label: text(entry.label), secret: normalizeSecret(secret), icon };
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
