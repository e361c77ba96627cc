import { z } from 'zod';

/** Every error code of the ID server protocol (`shared/api.md`, "Error codes"). */
export const errorCodes = [
  'invalid_request',
  'payload_too_large',
  'unauthorized',
  'forbidden_scope',
  'step_up_required',
  'invalid_username',
  'username_taken',
  'weak_password',
  'invalid_credentials',
  'account_locked',
  'rate_limited',
  'too_many_codes',
  'transaction_not_found',
  'invalid_code',
  'code_already_used',
  'code_expired',
  'factor_locked',
  'passkey_verification_failed',
  'phone_extension_not_allowed',
  'phone_invalid',
  'phone_type_not_allowed',
  'channel_not_supported',
  'phone_already_enrolled',
  'email_recovery_not_allowed',
  'last_method',
  'factor_not_found',
  'recovery_code_not_issued',
  'recovery_code_mismatch',
  'internal',
] as const;

/** A protocol error code. */
export type ApiErrorCode = (typeof errorCodes)[number];

export const errorCodeSchema = z.enum(errorCodes);

/** The HTTP status that goes with each error code. */
export const errorStatus: Readonly<Record<ApiErrorCode, number>> = {
  invalid_request: 400,
  payload_too_large: 413,
  unauthorized: 401,
  forbidden_scope: 403,
  step_up_required: 401,
  invalid_username: 400,
  username_taken: 409,
  weak_password: 400,
  invalid_credentials: 401,
  account_locked: 423,
  rate_limited: 429,
  too_many_codes: 429,
  transaction_not_found: 404,
  invalid_code: 400,
  code_already_used: 400,
  code_expired: 400,
  factor_locked: 423,
  passkey_verification_failed: 400,
  phone_extension_not_allowed: 400,
  phone_invalid: 400,
  phone_type_not_allowed: 400,
  channel_not_supported: 400,
  phone_already_enrolled: 409,
  email_recovery_not_allowed: 400,
  last_method: 409,
  factor_not_found: 404,
  recovery_code_not_issued: 404,
  recovery_code_mismatch: 400,
  internal: 500,
};

/** `{"error": {"code", "message", "details"?}}`: every error answer of the server. */
export const errorReplySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string().min(1),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

export type ErrorReply = z.infer<typeof errorReplySchema>;
