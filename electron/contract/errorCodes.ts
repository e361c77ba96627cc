import { z } from 'zod';
import { errorCodes } from '../../protocol/errors';

/**
 * Error codes of the ID server protocol (`shared/api.md`), from `protocol/`, so that a
 * server error can travel through the bridge unchanged.
 */
export const protocolErrorCodes = errorCodes;

/** Error codes that only the desktop app produces (bridge, vault, keychain, files). */
export const appErrorCodes = [
  'unknown_call',
  'forbidden_origin',
  'keychain_unavailable',
  'server_unreachable',
  'server_protocol_error',
  'vault_damaged',
  'vault_locked',
  'vault_not_found',
  'wrong_pin',
  'invalid_pin',
  'pin_throttled',
  'pin_reset_required',
  'profile_not_found',
  'profile_exists',
  'account_not_found',
  'duplicate_account',
  'invalid_otpauth_uri',
  'invalid_secret',
  'invalid_image',
  'image_too_large',
  'no_qr_code',
  'import_failed',
  'wrong_password',
  'unsupported_format',
  'password_required',
  'invalid_account',
  'export_disabled',
  'import_disabled',
  'issuer_not_allowed',
  'method_not_allowed',
  'set_by_policy',
  'file_error',
] as const;

export const errorCodeSchema = z.enum([...protocolErrorCodes, ...appErrorCodes]);

/** Every error code a DeskID component may report. `switch (err.code)` narrows on it. */
export type ErrorCode = z.infer<typeof errorCodeSchema>;
