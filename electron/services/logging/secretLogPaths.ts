/**
 * Field names whose values never reach a log, at any of the first three levels of a logged
 * object (pino's `redact` paths take one `*` a level): ID-server tokens, TOTP secrets and
 * codes, PINs, passphrases, passwords and recovery codes.
 */
export const secretLogKeys = [
  'password',
  'passphrase',
  'pin',
  'newPin',
  'oldPin',
  'secret',
  'token',
  'accessToken',
  'refreshToken',
  'authorization',
  'code',
  'recoveryCode',
  'otpauth',
  'uri',
] as const;

/** pino `redact` paths for {@link secretLogKeys}: `key`, `*.key` and `*.*.key`. */
export const secretLogPaths: string[] = secretLogKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);
