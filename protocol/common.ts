import { z } from 'zod';

/** An ISO-8601 UTC time string. */
export const isoTime = z.iso.datetime();

/** A sign-in method an account can finish an MFA step with. */
export const mfaMethodSchema = z.enum(['passkey', 'totp', 'phone', 'recovery_code']);
export type MfaMethod = z.infer<typeof mfaMethodSchema>;

/** A code channel for phone factors. */
export const channelSchema = z.enum(['sms', 'voice']);
export type Channel = z.infer<typeof channelSchema>;

export const scopeSchema = z.enum(['enroll', 'full']);
export type Scope = z.infer<typeof scopeSchema>;

/** What is still missing for compliance. */
export const missingSchema = z.enum(['mfa_method', 'recovery_code']);

/** A session handed to the client. */
export const sessionSchema = z.object({
  token: z.string().min(43),
  scope: scopeSchema,
  expiresAt: isoTime,
});
export type Session = z.infer<typeof sessionSchema>;

/** A phone the account can receive a sign-in code on. */
export const phoneChoiceSchema = z.object({
  factorId: z.string(),
  masked: z.string(),
  channels: z.array(channelSchema),
});

export const lineTypeSchema = z.enum(['mobile', 'fixed_line', 'fixed_line_or_mobile', 'unknown']);
export type LineType = z.infer<typeof lineTypeSchema>;

/** A sign-in method of the account, as `/me` and the factor routes show it. */
export const factorSchema = z.object({
  id: z.string(),
  type: z.enum(['passkey', 'totp', 'phone']),
  label: z.string(),
  verified: z.boolean(),
  createdAt: isoTime,
  lastUsedAt: isoTime.optional(),
  phone: z
    .object({
      e164: z.string(),
      masked: z.string(),
      lineType: lineTypeSchema,
      channels: z.array(channelSchema),
    })
    .optional(),
  passkey: z
    .object({
      credentialId: z.string(),
      deviceType: z.enum(['singleDevice', 'multiDevice']),
      backedUp: z.boolean(),
      transports: z.array(z.string()),
    })
    .optional(),
});
export type Factor = z.infer<typeof factorSchema>;

/** A label a person gives a method. */
export const labelSchema = z.string().trim().min(1).max(64);

/** `/api/v1/me/factors/{id}` path parameters. */
export const factorParamsSchema = z.strictObject({ id: z.string().min(1).max(64) });

/** Replies with no body (204). */
export const emptySchema = z.undefined();
