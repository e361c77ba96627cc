import { DeskIdError } from '../../contract/DeskIdError';
import { newAccountSchema, type NewAccount } from '../authenticator/accountSchema';
import { checkSecretBytes } from '../authenticator/checkSecretBytes';
import { encodeBase32 } from '../authenticator/encodeBase32';
import { normalizeSecret } from '../authenticator/normalizeSecret';
import { stripUnsafeCharacters } from '../text/unsafeText';

/** One entry as a foreign format describes it, before validation. */
export interface RawEntry {
  type: string;
  issuer: unknown;
  label: unknown;
  /** Base32 text, or the raw key bytes. */
  secret?: unknown;
  algorithm?: unknown;
  digits?: unknown;
  period?: unknown;
  counter?: unknown;
  icon?: string | null;
}

const text = (value: unknown): string => (typeof value === 'string' ? stripUnsafeCharacters(value).trim() : '');

function algorithmOf(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'SHA1';
  return typeof value === 'string' ? value.toUpperCase().replace('-', '') : 'unknown';
}

/**
 * Validates one foreign entry into an account. Types are `totp`, `hotp` or `steam` (any
 * case); anything else, or a field out of range, answers `import_failed` naming the
 * field, and a bad secret `invalid_secret`. Missing algorithm, digits and period default
 * to SHA1, 6 and 30 s. Control characters and bidi overrides are removed from names.
 */
export function buildAccount(entry: RawEntry): NewAccount {
  const type = entry.type.toLowerCase();
  let secret: string;
  if (entry.secret instanceof Uint8Array) secret = encodeBase32(checkSecretBytes(entry.secret));
  else if (typeof entry.secret === 'string') secret = normalizeSecret(entry.secret);
  else throw new DeskIdError('invalid_secret', 'The entry has no secret.');
  const common = { issuer: text(entry.issuer), label: text(entry.label), secret, icon: entry.icon ?? null };
  const algorithm = algorithmOf(entry.algorithm);
  const candidate =
    type === 'steam'
      ? { type, ...common, algorithm, digits: 5, period: 30 }
      : type === 'hotp'
        ? { type, ...common, algorithm, digits: entry.digits ?? 6, counter: entry.counter ?? 0 }
        : { type, ...common, algorithm, digits: entry.digits ?? 6, period: entry.period ?? 30 };
  const parsed = newAccountSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const path = parsed.error.issues[0]?.path.join('.') ?? '';
  const field = path === '' ? 'type' : path;
  throw new DeskIdError(
    'import_failed',
    field === 'type'
      ? `Unsupported entry type "${stripUnsafeCharacters(type).slice(0, 20)}".`
      : `The entry's ${field} is not valid.`,
    field === 'type' ? { field, type: stripUnsafeCharacters(type).slice(0, 20) } : { field },
  );
}
