import { generateSync } from 'otplib';
import type { Account } from './accountSchema';
import { decodeBase32 } from './decodeBase32';
import { nodeHmac } from './nodeHmac';
import { readingGuardrails } from './otpLimits';

/** A code ready to show, with how long it stays valid. */
export interface GeneratedCode {
  code: string;
  /** Seconds until the next code (TOTP, Steam); `null` for HOTP, which changes on use. */
  secondsLeft: number | null;
  /** The time step (TOTP, Steam) or counter (HOTP) the code belongs to. */
  step: number;
}

const steamAlphabet = '23456789BCDFGHJKMNPQRTVWXY';

/** Steam Guard's encoding of the truncated HMAC: 5 characters, least significant first. */
function encodeSteam(value: number, length: number): string {
  let code = '';
  let rest = value;
  for (let index = 0; index < length; index++) {
    code += steamAlphabet.charAt(rest % steamAlphabet.length);
    rest = Math.floor(rest / steamAlphabet.length);
  }
  return code;
}

/**
 * With 10 digits, otplib's numeric code is the whole 31-bit truncated value (it is below
 * 10^10). Steam codes are re-encoded from it. (otplib 13.5's `generateSync` drops the
 * `hooks.encodeToken` option that would do this directly; only the async path keeps it.)
 */
const fullTruncationDigits = 10;

/**
 * The current code of an account, computed by otplib (its HMAC through Node's `crypto`,
 * `nodeHmac`) with guardrails relaxed to read 80-bit secrets. TOTP and Steam use `now` (ms since the epoch, default `Date.now()`);
 * HOTP uses the account's counter, and the caller moves the counter on after use.
 */
export function generateCode(account: Account, now: number = Date.now()): GeneratedCode {
  const secret = decodeBase32(account.secret);
  if (secret === null) throw new TypeError(`Account ${account.id} holds a secret that is not base32`);
  const algorithm = account.algorithm === 'SHA1' ? 'sha1' : account.algorithm === 'SHA256' ? 'sha256' : 'sha512';
  if (account.type === 'hotp') {
    const code = generateSync({
      strategy: 'hotp',
      secret,
      counter: account.counter,
      algorithm,
      digits: account.digits,
      guardrails: readingGuardrails,
      crypto: nodeHmac,
    });
    return { code, secondsLeft: null, step: account.counter };
  }
  const epoch = Math.floor(now / 1000);
  const steam = account.type === 'steam';
  const numeric = generateSync({
    strategy: 'totp',
    secret,
    epoch,
    period: account.period,
    algorithm,
    digits: steam ? fullTruncationDigits : account.digits,
    guardrails: readingGuardrails,
    crypto: nodeHmac,
  });
  const code = steam ? encodeSteam(Number(numeric), account.digits) : numeric;
  const step = Math.floor(epoch / account.period);
  return { code, secondsLeft: (step + 1) * account.period - epoch, step };
}
