import { otpAlgorithms, otpLimits } from '../../../../electron/contract/otpRules';
import { checkSecret, type SecretProblem } from './checkSecret';

/** What is wrong with a pasted set-up link: a key of `adding.uri.problems` (or of the secret's) and its values. */
export type UriProblem =
  | { problem: 'empty' | 'notOtpauth' | 'noType' | 'noSecret' | 'badLabel' | 'counter' }
  | { problem: 'unknownType'; type: string }
  | { problem: 'repeated'; name: string }
  | { problem: 'algorithm'; algorithm: string }
  | { problem: 'digits'; min: number; max: number }
  | { problem: 'period'; min: number; max: number }
  | { problem: 'tooLong'; length: number }
  | SecretProblem;

const maxUriLength = 4096;
const uriPattern = /^otpauth:\/\/([^/?#]*)\/([^?#]*)(?:\?([^#]*))?(?:#.*)?$/i;
const parameters = ['secret', 'issuer', 'algorithm', 'digits', 'period', 'counter'];

/** A value from the link shown in a message: short, printable only. */
const shown = (value: string): string => {
  const clean = value.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 20 ? `${clean.slice(0, 20)}…` : clean;
};

const inRange = (raw: string | null, min: number, max: number): boolean =>
  raw === null || (/^\d{1,16}$/.test(raw) && Number(raw) >= min && Number(raw) <= max);

function decodes(label: string): boolean {
  try {
    decodeURIComponent(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a pasted `otpauth://` link as the services will read it (Key Uri Format, the
 * `otpRules` limits), so the person learns what is wrong before any request: the scheme,
 * the type (totp, hotp; steam too), a repeated or missing parameter, the secret, the
 * algorithm, digits, period and an HOTP counter. Never repeats the secret.
 */
export function checkOtpauthUri(uri: string): UriProblem | undefined {
  const text = uri.trim();
  if (text === '') return { problem: 'empty' };
  if (text.length > maxUriLength) return { problem: 'tooLong', length: text.length };
  if (!/^otpauth:\/\//i.test(text)) return { problem: 'notOtpauth' };
  const match = uriPattern.exec(text);
  if (match === null) return { problem: 'noType' };
  const [, rawType = '', rawLabel = '', query = ''] = match;
  const type = rawType.toLowerCase();
  if (type === '') return { problem: 'noType' };
  if (type !== 'totp' && type !== 'hotp' && type !== 'steam') return { problem: 'unknownType', type: shown(rawType) };
  const params = new URLSearchParams(query);
  const repeated = parameters.find((name) => params.getAll(name).length > 1);
  if (repeated !== undefined) return { problem: 'repeated', name: repeated };
  const secret = params.get('secret') ?? '';
  if (secret.trim() === '') return { problem: 'noSecret' };
  const secretProblem = checkSecret(secret);
  if (secretProblem !== undefined) return secretProblem;
  if (!decodes(rawLabel)) return { problem: 'badLabel' };
  const algorithm = params.get('algorithm');
  if (algorithm !== null && !(otpAlgorithms as readonly string[]).includes(algorithm.toUpperCase().replace('-', ''))) {
    return { problem: 'algorithm', algorithm: shown(algorithm) };
  }
  if (type === 'steam') return undefined;
  const { minDigits, maxDigits, minPeriod, maxPeriod } = otpLimits;
  if (!inRange(params.get('digits'), minDigits, maxDigits))
    return { problem: 'digits', min: minDigits, max: maxDigits };
  if (type === 'hotp') {
    return inRange(params.get('counter') ?? '', 0, Number.MAX_SAFE_INTEGER) ? undefined : { problem: 'counter' };
  }
  return inRange(params.get('period'), minPeriod, maxPeriod)
    ? undefined
    : { problem: 'period', min: minPeriod, max: maxPeriod };
}
