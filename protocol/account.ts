import { z } from 'zod';
import {
  channelSchema,
  factorSchema,
  isoTime,
  labelSchema,
  lineTypeSchema,
  missingSchema,
  scopeSchema,
} from './common';
import { creationOptionsSchema, registrationResponseSchema } from './webauthn';

/** `POST /api/v1/accounts` body. Username and password rules are checked by the server. */
export const createAccountBody = z.strictObject({
  username: z.string().max(256),
  password: z.string().max(1024),
  displayName: z.string().trim().min(1).max(128),
  email: z.email().max(254).optional(),
});

export const createAccountReply = z.object({ accountId: z.string(), username: z.string() });

/** `GET /api/v1/me`. */
export const meReply = z.object({
  accountId: z.string(),
  username: z.string(),
  displayName: z.string(),
  session: z.object({ scope: scopeSchema, fresh: z.boolean(), expiresAt: isoTime }),
  factors: z.array(factorSchema),
  recoveryCode: z.object({
    status: z.enum(['none', 'issued', 'confirmed']),
    issuedAt: isoTime.optional(),
    confirmedAt: isoTime.optional(),
  }),
  compliance: z.object({
    enforceFrom: z.iso.date(),
    compliant: z.boolean(),
    missing: z.array(missingSchema),
  }),
});
export type Me = z.infer<typeof meReply>;

/** `POST /api/v1/me/factors/phone` body. */
export const addPhoneBody = z.strictObject({
  number: z.string().min(1).max(64),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'Expected an ISO 3166 alpha-2 country code such as "US".')
    .optional(),
  channel: channelSchema,
});

export const addPhoneReply = z.object({
  factorId: z.string(),
  e164: z.string(),
  masked: z.string(),
  lineType: lineTypeSchema,
  expiresIn: z.number().int(),
  resendAfter: z.number().int(),
});

export const verifyFactorBody = z.strictObject({ code: z.string().min(1).max(64) });
export const resendBody = z.strictObject({ channel: channelSchema });

export const addTotpBody = z.strictObject({ label: labelSchema.optional() });
export const addTotpReply = z.object({
  factorId: z.string(),
  secret: z.string(),
  otpauthUri: z.string(),
  algorithm: z.literal('SHA1'),
  digits: z.literal(6),
  period: z.literal(30),
});

export const passkeyRegistrationOptionsBody = z.strictObject({ label: labelSchema.optional() });
export const passkeyRegistrationOptionsReply = z.object({ options: creationOptionsSchema });
export const passkeyRegistrationVerifyBody = z.strictObject({
  response: registrationResponseSchema,
  label: labelSchema.optional(),
});

export const renameFactorBody = z.strictObject({ label: labelSchema });
