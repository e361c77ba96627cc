import type { Account, NewAccount } from './accountSchema';

/**
 * Writes an account as an `otpauth://` URI per the Key Uri Format, for exports and QR
 * codes: `otpauth://totp/Issuer:label?secret=…&issuer=Issuer&algorithm=…&digits=…&period=…`
 * (`counter` for HOTP). `parseOtpauthUri` reads it back to the same account. The URI
 * holds the secret: treat it as one.
 */
export function formatOtpauthUri(account: NewAccount | Account): string {
  const { issuer, label } = account;
  const path = issuer === '' ? encodeURIComponent(label) : `${encodeURIComponent(issuer)}:${encodeURIComponent(label)}`;
  const params = [`secret=${account.secret}`];
  // With no issuer, an empty issuer parameter keeps a colon in the label from reading as a prefix.
  if (issuer !== '' || label.includes(':')) params.push(`issuer=${encodeURIComponent(issuer)}`);
  params.push(`algorithm=${account.algorithm}`, `digits=${account.digits}`);
  params.push(account.type === 'hotp' ? `counter=${account.counter}` : `period=${account.period}`);
  return `otpauth://${account.type}/${path}?${params.join('&')}`;
}
