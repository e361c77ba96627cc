import { z } from 'zod';
import {
  addPhoneBody,
  addPhoneReply,
  addTotpBody,
  addTotpReply,
  createAccountBody,
  createAccountReply,
  meReply,
  passkeyRegistrationOptionsBody,
  passkeyRegistrationOptionsReply,
  passkeyRegistrationVerifyBody,
  renameFactorBody,
  resendBody,
  verifyFactorBody,
} from './account';
import { factorParamsSchema, factorSchema } from './common';
import type { ApiErrorCode } from './errors';
import { confirmRecoveryCodeBody, confirmRecoveryCodeReply, recoveryCodeReply } from './recoveryCode';
import { healthReply, outboxQuery, outboxReply, serverInfoReply } from './serverInfo';
import {
  codeSentReply,
  passkeyOptionsBody,
  passkeyOptionsReply,
  passkeyVerifyBody,
  passwordSignInBody,
  passwordSignInReply,
  phoneSendBody,
  phoneVerifyBody,
  recoveryCodeSignInBody,
  signedInSchema,
  stepUpReply,
  totpSignInBody,
} from './signIn';

/**
 * Who may call a route: anyone, any session (`enroll` or `full`), or a `full` session only
 * (an `enroll` session gets `403 forbidden_scope`). The server enforces it from this table.
 */
export type RouteAuth = 'none' | 'session' | 'full';

/** One operation of the protocol: its address, inputs, success reply and error codes. */
export interface RouteSpec {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly summary: string;
  readonly auth: RouteAuth;
  /** A `full` session must be fresh (within its step-up window), else `401 step_up_required`. */
  readonly fresh?: true;
  readonly body?: z.ZodType;
  readonly query?: z.ZodType;
  readonly params?: z.ZodType;
  readonly status: number;
  readonly reply: z.ZodType;
  readonly errors: readonly ApiErrorCode[];
}

const mfaErrors = [
  'invalid_request',
  'invalid_code',
  'code_already_used',
  'code_expired',
  'transaction_not_found',
  'factor_locked',
  'rate_limited',
] as const satisfies readonly ApiErrorCode[];
const sessionErrors = ['invalid_request', 'unauthorized'] as const satisfies readonly ApiErrorCode[];
const codeErrors = ['invalid_code', 'code_already_used', 'code_expired', 'factor_locked'] as const;
const phoneErrors = [
  'phone_extension_not_allowed',
  'phone_invalid',
  'phone_type_not_allowed',
  'channel_not_supported',
  'phone_already_enrolled',
  'too_many_codes',
] as const;

/**
 * Every route of `shared/api.md`. The server registers exactly these, the OpenAPI
 * document is generated from them, and the desktop client calls them by name.
 */
export const routes = {
  health: {
    method: 'GET',
    path: '/healthz',
    summary: 'Liveness',
    auth: 'none',
    status: 200,
    reply: healthReply,
    errors: [],
  },
  serverInfo: {
    method: 'GET',
    path: '/api/v1/server-info',
    summary: 'Server name, version and policy',
    auth: 'none',
    status: 200,
    reply: serverInfoReply,
    errors: [],
  },
  createAccount: {
    method: 'POST',
    path: '/api/v1/accounts',
    summary: 'Create an account',
    auth: 'none',
    body: createAccountBody,
    status: 201,
    reply: createAccountReply,
    errors: [
      'invalid_request',
      'invalid_username',
      'username_taken',
      'weak_password',
      'payload_too_large',
      'rate_limited',
    ],
  },
  signInPassword: {
    method: 'POST',
    path: '/api/v1/sign-in/password',
    summary: 'First sign-in step: username and password',
    auth: 'none',
    body: passwordSignInBody,
    status: 200,
    reply: passwordSignInReply,
    errors: ['invalid_request', 'invalid_credentials', 'account_locked', 'rate_limited'],
  },
  signInTotp: {
    method: 'POST',
    path: '/api/v1/sign-in/totp',
    summary: 'Finish sign-in with an authenticator code',
    auth: 'none',
    body: totpSignInBody,
    status: 200,
    reply: signedInSchema,
    errors: [...mfaErrors, 'factor_not_found'],
  },
  signInPhoneSend: {
    method: 'POST',
    path: '/api/v1/sign-in/phone/send',
    summary: 'Send a sign-in code by SMS or voice',
    auth: 'none',
    body: phoneSendBody,
    status: 202,
    reply: codeSentReply,
    errors: [
      'invalid_request',
      'transaction_not_found',
      'factor_not_found',
      'channel_not_supported',
      'too_many_codes',
      'factor_locked',
      'rate_limited',
    ],
  },
  signInPhoneVerify: {
    method: 'POST',
    path: '/api/v1/sign-in/phone/verify',
    summary: 'Finish sign-in with an SMS or voice code',
    auth: 'none',
    body: phoneVerifyBody,
    status: 200,
    reply: signedInSchema,
    errors: [...mfaErrors, 'factor_not_found'],
  },
  signInRecoveryCode: {
    method: 'POST',
    path: '/api/v1/sign-in/recovery-code',
    summary: 'Finish sign-in with the recovery code (spends it)',
    auth: 'none',
    body: recoveryCodeSignInBody,
    status: 200,
    reply: signedInSchema,
    errors: [...mfaErrors, 'factor_not_found'],
  },
  signInPasskeyOptions: {
    method: 'POST',
    path: '/api/v1/sign-in/passkey/options',
    summary: 'Passkey request options; without a transaction, a passwordless sign-in',
    auth: 'none',
    body: passkeyOptionsBody,
    status: 200,
    reply: passkeyOptionsReply,
    errors: ['invalid_request', 'transaction_not_found', 'rate_limited'],
  },
  signInPasskeyVerify: {
    method: 'POST',
    path: '/api/v1/sign-in/passkey/verify',
    summary: 'Finish sign-in with a passkey assertion',
    auth: 'none',
    body: passkeyVerifyBody,
    status: 200,
    reply: signedInSchema,
    errors: ['invalid_request', 'passkey_verification_failed', 'transaction_not_found', 'rate_limited'],
  },
  stepUp: {
    method: 'POST',
    path: '/api/v1/session/step-up',
    summary: 'Start an MFA step that makes the current session fresh again',
    auth: 'session',
    status: 200,
    reply: stepUpReply,
    errors: sessionErrors,
  },
  signOut: {
    method: 'DELETE',
    path: '/api/v1/session',
    summary: 'Revoke the session token',
    auth: 'session',
    status: 204,
    reply: z.undefined(),
    errors: sessionErrors,
  },
  me: {
    method: 'GET',
    path: '/api/v1/me',
    summary: 'The signed-in account, its methods and its compliance',
    auth: 'session',
    status: 200,
    reply: meReply,
    errors: sessionErrors,
  },
  addPhone: {
    method: 'POST',
    path: '/api/v1/me/factors/phone',
    summary: 'Add a phone and send it a code',
    auth: 'session',
    fresh: true,
    body: addPhoneBody,
    status: 202,
    reply: addPhoneReply,
    errors: [...sessionErrors, 'step_up_required', ...phoneErrors],
  },
  addTotp: {
    method: 'POST',
    path: '/api/v1/me/factors/totp',
    summary: 'Add an authenticator (unverified until its first code)',
    auth: 'session',
    fresh: true,
    body: addTotpBody,
    status: 201,
    reply: addTotpReply,
    errors: [...sessionErrors, 'step_up_required'],
  },
  passkeyRegistrationOptions: {
    method: 'POST',
    path: '/api/v1/me/factors/passkey/options',
    summary: 'Passkey creation options',
    auth: 'session',
    fresh: true,
    body: passkeyRegistrationOptionsBody,
    status: 200,
    reply: passkeyRegistrationOptionsReply,
    errors: [...sessionErrors, 'step_up_required'],
  },
  passkeyRegistrationVerify: {
    method: 'POST',
    path: '/api/v1/me/factors/passkey/verify',
    summary: 'Register a passkey',
    auth: 'session',
    fresh: true,
    body: passkeyRegistrationVerifyBody,
    status: 201,
    reply: factorSchema,
    errors: [...sessionErrors, 'step_up_required', 'passkey_verification_failed'],
  },
  addEmail: {
    method: 'POST',
    path: '/api/v1/me/factors/email',
    summary: 'Always refused: email is not a recovery or MFA method',
    auth: 'session',
    status: 400,
    reply: z.never(),
    errors: ['unauthorized', 'email_recovery_not_allowed'],
  },
  verifyFactor: {
    method: 'POST',
    path: '/api/v1/me/factors/{id}/verify',
    summary: 'Verify a phone or authenticator with its code',
    auth: 'session',
    fresh: true,
    params: factorParamsSchema,
    body: verifyFactorBody,
    status: 200,
    reply: factorSchema,
    errors: [...sessionErrors, 'step_up_required', ...codeErrors, 'factor_not_found'],
  },
  resendCode: {
    method: 'POST',
    path: '/api/v1/me/factors/{id}/resend',
    summary: 'Send a phone factor a new code',
    auth: 'session',
    fresh: true,
    params: factorParamsSchema,
    body: resendBody,
    status: 202,
    reply: codeSentReply,
    errors: [...sessionErrors, 'step_up_required', 'factor_not_found', 'too_many_codes', 'channel_not_supported'],
  },
  renameFactor: {
    method: 'PATCH',
    path: '/api/v1/me/factors/{id}',
    summary: 'Rename a method',
    auth: 'full',
    params: factorParamsSchema,
    body: renameFactorBody,
    status: 200,
    reply: factorSchema,
    errors: [...sessionErrors, 'forbidden_scope', 'factor_not_found'],
  },
  deleteFactor: {
    method: 'DELETE',
    path: '/api/v1/me/factors/{id}',
    summary: 'Remove a method (needs a fresh session)',
    auth: 'full',
    fresh: true,
    params: factorParamsSchema,
    status: 204,
    reply: z.undefined(),
    errors: [...sessionErrors, 'forbidden_scope', 'step_up_required', 'last_method', 'factor_not_found'],
  },
  issueRecoveryCode: {
    method: 'POST',
    path: '/api/v1/me/recovery-code',
    summary: 'Issue a new recovery code; the earlier one stops working',
    auth: 'session',
    fresh: true,
    status: 201,
    reply: recoveryCodeReply,
    errors: [...sessionErrors, 'step_up_required', 'forbidden_scope'],
  },
  getRecoveryCode: {
    method: 'GET',
    path: '/api/v1/me/recovery-code',
    summary: 'Download the recovery code again',
    auth: 'session',
    fresh: true,
    status: 200,
    reply: recoveryCodeReply,
    errors: [...sessionErrors, 'step_up_required', 'forbidden_scope', 'recovery_code_not_issued'],
  },
  confirmRecoveryCode: {
    method: 'POST',
    path: '/api/v1/me/recovery-code/confirm',
    summary: 'Confirm the recovery code was saved',
    auth: 'session',
    body: confirmRecoveryCodeBody,
    status: 200,
    reply: confirmRecoveryCodeReply,
    errors: [...sessionErrors, 'recovery_code_mismatch', 'recovery_code_not_issued', 'factor_locked'],
  },
  devOutbox: {
    method: 'GET',
    path: '/api/v1/dev/outbox',
    summary: 'Development outbox: codes sent to a number, newest first (404 when off)',
    auth: 'none',
    query: outboxQuery,
    status: 200,
    reply: outboxReply,
    errors: ['invalid_request'],
  },
} as const satisfies Record<string, RouteSpec>;

/** The name of a protocol operation. */
export type RouteName = keyof typeof routes;
/** The parsed body type an operation takes (`undefined` when it has none). */
export type BodyOf<N extends RouteName> = (typeof routes)[N] extends { body: infer B extends z.ZodType }
  ? z.input<B>
  : undefined;
/** The reply type of an operation. */
export type ReplyOf<N extends RouteName> = z.output<(typeof routes)[N]['reply']>;
