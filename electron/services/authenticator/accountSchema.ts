import { z } from 'zod';
import { decodeBase32 } from './decodeBase32';
import { encodeBase32 } from './encodeBase32';
import { otpLimits } from './otpLimits';
import { hasUnsafeCharacters, stripUnsafeCharacters } from '../text/unsafeText';
import { otpAlgorithms, type OtpAlgorithm } from '../../contract/otpRules';

/** Hash algorithms an account may use (one definition, in the contract). */
export { otpAlgorithms, type OtpAlgorithm };

/** True when `secret` is canonical base32 (uppercase, unpadded) of an acceptable length. */
function isCanonicalSecret(secret: string): boolean {
  const bytes = decodeBase32(secret);
  return (
    bytes !== null &&
    bytes.length >= otpLimits.minSecretBytes &&
    bytes.length <= otpLimits.maxSecretBytes &&
    encodeBase32(bytes) === secret
  );
}

const text = z.string().max(otpLimits.maxLabelLength);
/** A name as entry points produce it: no control characters or bidi overrides. */
const cleanText = text.refine((value) => !hasUnsafeCharacters(value), {
  message: 'Expected no control characters or bidi overrides',
});
const digits = z.number().int().min(otpLimits.minDigits).max(otpLimits.maxDigits);

const common = {
  /** Who issued the secret ("GitHub"); may be empty when the source had none. */
  issuer: cleanText,
  /** The account at the issuer ("alice@example.com"). */
  label: cleanText,
  /** Canonical base32: uppercase, no padding, 10 to 128 bytes once decoded. */
  secret: z.string().refine(isCanonicalSecret, { message: 'Expected a canonical base32 secret of 10 to 128 bytes' }),
  /** A hint for the icon to show (an issuer slug or the source app's icon name), or null. */
  icon: z.string().max(100).nullable(),
};

const totp = z.object({
  type: z.literal('totp'),
  ...common,
  algorithm: z.enum(otpAlgorithms),
  digits,
  period: z.number().int().min(otpLimits.minPeriod).max(otpLimits.maxPeriod),
});

const hotp = z.object({
  type: z.literal('hotp'),
  ...common,
  algorithm: z.enum(otpAlgorithms),
  digits,
  counter: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/** Steam Guard: TOTP with SHA1, 30 s and 5 characters from Steam's own alphabet. */
const steam = z.object({
  type: z.literal('steam'),
  ...common,
  algorithm: z.literal('SHA1'),
  digits: z.literal(5),
  period: z.literal(30),
});

/**
 * Stored accounts are read, not refused: one saved before names were cleaned (or restored
 * from an old backup) has its control characters removed, so the vault still opens.
 */
const stored = {
  issuer: text.overwrite((value) => stripUnsafeCharacters(value)),
  label: text.overwrite((value) => stripUnsafeCharacters(value)),
  id: z.string().min(1).max(100),
  sortOrder: z.number().int().min(0),
};

/** An account as an entry point produces it, before it has an id and a place in the list. */
export const newAccountSchema = z.discriminatedUnion('type', [totp.strict(), hotp.strict(), steam.strict()]);
export type NewAccount = z.infer<typeof newAccountSchema>;

/** An authenticator account as the vault holds it. */
export const accountSchema = z.discriminatedUnion('type', [
  totp.extend(stored).strict(),
  hotp.extend(stored).strict(),
  steam.extend(stored).strict(),
]);
export type Account = z.infer<typeof accountSchema>;

/** The kinds of one-time password an account can produce. */
export type OtpType = Account['type'];
