import { z } from 'zod';
import { channelSchema, mfaMethodSchema, missingSchema, phoneChoiceSchema, sessionSchema } from './common';
import { authenticationResponseSchema, requestOptionsSchema } from './webauthn';

const transaction = z.string().min(1).max(128);
const code = z.string().min(1).max(64);

/** `POST /api/v1/sign-in/password` body. */
export const passwordSignInBody = z.strictObject({
  username: z.string().max(256),
  password: z.string().max(1024),
});

/** The MFA step the client must take next. */
export const mfaRequiredSchema = z.object({
  status: z.literal('mfa_required'),
  transaction: z.string(),
  methods: z.array(mfaMethodSchema),
  phones: z.array(phoneChoiceSchema),
});

/** Policy enforced and no verified method: an `enroll` session. */
export const enrollmentRequiredSchema = z.object({
  status: z.literal('enrollment_required'),
  session: sessionSchema,
  missing: z.array(missingSchema),
});

/** A finished sign-in (or step-up). */
export const signedInSchema = z.object({
  status: z.literal('signed_in'),
  session: sessionSchema,
  amr: z.array(z.string()).optional(),
  warnings: z.array(z.string()),
  recoveryCodeConsumed: z.literal(true).optional(),
});

/** Every answer of the password step. */
export const passwordSignInReply = z.discriminatedUnion('status', [
  mfaRequiredSchema,
  enrollmentRequiredSchema,
  signedInSchema,
]);

export const totpSignInBody = z.strictObject({ transaction, code });
export const phoneSendBody = z.strictObject({
  transaction,
  factorId: z.string().min(1).max(64),
  channel: channelSchema,
});
export const phoneVerifyBody = z.strictObject({ transaction, factorId: z.string().min(1).max(64), code });
export const recoveryCodeSignInBody = z.strictObject({ transaction, code });
export const passkeyOptionsBody = z.strictObject({ transaction: transaction.optional() });
export const passkeyVerifyBody = z.strictObject({ transaction, response: authenticationResponseSchema });

/** `202` after a code was sent. */
export const codeSentReply = z.object({ expiresIn: z.number().int(), resendAfter: z.number().int() });

export const passkeyOptionsReply = z.object({ transaction: z.string(), options: requestOptionsSchema });

/** `POST /api/v1/session/step-up` answer. */
export const stepUpReply = z.object({
  transaction: z.string(),
  methods: z.array(mfaMethodSchema),
  phones: z.array(phoneChoiceSchema),
});

export type PasswordSignInReply = z.infer<typeof passwordSignInReply>;
export type SignedIn = z.infer<typeof signedInSchema>;
export type StepUpReply = z.infer<typeof stepUpReply>;
