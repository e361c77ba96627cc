import { generateSecret, verify } from 'otplib';
import type { AppContext } from '../AppContext';
import type { FactorRecord } from '../store/Store';

/** The outcome of checking an authenticator code. */
export type TotpCheck = 'ok' | 'invalid' | 'used';

/** A new 160-bit base32 secret. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** `otpauth://totp/<issuer>:<username>?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30`. */
export function otpauthUri(issuer: string, username: string, secret: string): string {
  const query = new URLSearchParams({ secret, issuer, algorithm: 'SHA1', digits: '6', period: '30' });
  return `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(username)}?${query.toString()}`;
}

/**
 * Checks a 6-digit code against the factor's secret: ±1 time step, and a step already
 * used (or an earlier one) never again — the last used step is kept in the store.
 */
export async function checkTotp(ctx: AppContext, factor: FactorRecord, code: string): Promise<TotpCheck> {
  if (factor.totp === null || !/^\d{6}$/.test(code.replace(/\s/g, ''))) return 'invalid';
  const secret = ctx.box.open(factor.totp.secretCipher, `totp:${factor.id}`);
  const result = await verify({
    secret,
    token: code.replace(/\s/g, ''),
    epoch: Math.floor(ctx.config.now() / 1000),
    epochTolerance: 30,
  });
  if (!result.valid || !('timeStep' in result)) return 'invalid';
  return ctx.store.advanceTotpStep(factor.id, result.timeStep) ? 'ok' : 'used';
}
