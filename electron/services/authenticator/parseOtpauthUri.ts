import { DeskIdError } from '../../contract/DeskIdError';
import type { NewAccount, OtpAlgorithm } from './accountSchema';
import { normalizeSecret } from './normalizeSecret';
import { otpLimits } from './otpLimits';
import { stripUnsafeCharacters } from '../text/unsafeText';

const maxUriLength = 4096;
const uriPattern = /^otpauth:\/\/([^/?#]*)\/([^?#]*)(?:\?([^#]*))?(?:#.*)?$/i;
const knownTypes = ['totp', 'hotp', 'steam'] as const;
const algorithmNames: Record<string, OtpAlgorithm> = {
  SHA1: 'SHA1',
  'SHA-1': 'SHA1',
  SHA256: 'SHA256',
  'SHA-256': 'SHA256',
  SHA512: 'SHA512',
  'SHA-512': 'SHA512',
};

function fail(message: string, details?: Record<string, unknown>): never {
  throw new DeskIdError('invalid_otpauth_uri', message, details);
}

/** Shows a parameter value in a message, short and without control characters. */
function shown(value: string): string {
  const clean = value.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 20 ? `${clean.slice(0, 20)}…` : clean;
}

function integer(params: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  const value = /^\d{1,16}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    fail(`Unexpected ${name} "${shown(raw)}" in the otpauth URI, expected a whole number from ${min} to ${max}.`, {
      parameter: name,
    });
  }
  return value;
}

function decode(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return fail('The otpauth URI has a broken percent-encoding in its label.');
  }
}

/**
 * Splits the label into issuer prefix and account name, as the Key Uri Format describes.
 * A non-empty `issuer` parameter wins over a differing prefix (as Google Authenticator
 * reads it); an empty one says the label has no prefix, colons and all.
 */
function splitLabel(label: string, issuerParam: string | null): { issuer: string; label: string } {
  const colon = label.indexOf(':');
  if (issuerParam === null) {
    return colon < 0
      ? { issuer: '', label: label.trim() }
      : { issuer: label.slice(0, colon).trim(), label: label.slice(colon + 1).trim() };
  }
  const issuer = issuerParam.trim();
  if (issuer === '') return { issuer, label: label.trim() };
  if (label.startsWith(`${issuer}:`)) return { issuer, label: label.slice(issuer.length + 1).trim() };
  return { issuer, label: (colon < 0 ? label : label.slice(colon + 1)).trim() };
}

/**
 * Reads an `otpauth://` URI per Google's Key Uri Format (also the `steam` type Aegis and
 * 2FAS write). The issuer comes from the `issuer` parameter or the label prefix; the secret
 * may be lowercase or padded. Control characters and bidi overrides are removed from the
 * issuer and label. Refuses, with `invalid_otpauth_uri`, unknown types, missing
 * or repeated parameters and out-of-range digits, periods or counters, and with
 * `invalid_secret` secrets that are not base32 or shorter than 10 bytes.
 */
export function parseOtpauthUri(uri: string): NewAccount {
  const text = uri.trim();
  if (text.length > maxUriLength) fail(`The otpauth URI is too long (${text.length} characters).`);
  const match = uriPattern.exec(text);
  if (match === null) fail('This is not an otpauth:// URI.');
  const [, rawType = '', rawLabel = '', query = ''] = match;
  const type = knownTypes.find((known) => known === rawType.toLowerCase());
  if (type === undefined) {
    fail(`Unknown otpauth type "${shown(rawType)}", expected totp, hotp or steam.`, { type: shown(rawType) });
  }
  const params = new URLSearchParams(query);
  for (const name of ['secret', 'issuer', 'algorithm', 'digits', 'period', 'counter']) {
    if (params.getAll(name).length > 1) fail(`The otpauth URI repeats its ${name} parameter.`, { parameter: name });
  }
  const rawSecret = params.get('secret');
  if (rawSecret === null || rawSecret.trim() === '') fail('The otpauth URI has no secret.', { parameter: 'secret' });
  const secret = normalizeSecret(rawSecret);
  const issuerParam = params.get('issuer');
  const names = splitLabel(
    stripUnsafeCharacters(decode(rawLabel)),
    issuerParam === null ? null : stripUnsafeCharacters(issuerParam),
  );
  if (names.issuer.length > otpLimits.maxLabelLength || names.label.length > otpLimits.maxLabelLength) {
    fail(`The otpauth URI's issuer or label is longer than ${otpLimits.maxLabelLength} characters.`);
  }
  const rawAlgorithm = params.get('algorithm');
  const algorithm = rawAlgorithm === null ? 'SHA1' : algorithmNames[rawAlgorithm.toUpperCase()];
  if (algorithm === undefined) {
    fail(`Unsupported algorithm "${shown(rawAlgorithm ?? '')}", expected SHA1, SHA256 or SHA512.`, {
      parameter: 'algorithm',
    });
  }
  const common = { ...names, secret, icon: null };
  if (type === 'steam') {
    if (algorithm !== 'SHA1') fail('A Steam otpauth URI must use SHA1.', { parameter: 'algorithm' });
    const period = integer(params, 'period', 1, 3600);
    if (period !== undefined && period !== 30)
      fail('A Steam otpauth URI must use a 30 s period.', { parameter: 'period' });
    return { type, ...common, algorithm, digits: 5, period: 30 };
  }
  const digits = integer(params, 'digits', otpLimits.minDigits, otpLimits.maxDigits) ?? 6;
  if (type === 'hotp') {
    const counter = integer(params, 'counter', 0, Number.MAX_SAFE_INTEGER);
    if (counter === undefined) fail('An HOTP otpauth URI needs a counter parameter.', { parameter: 'counter' });
    return { type, ...common, algorithm, digits, counter };
  }
  const period = integer(params, 'period', otpLimits.minPeriod, otpLimits.maxPeriod) ?? 30;
  return { type, ...common, algorithm, digits, period };
}
