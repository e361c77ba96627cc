import { z } from 'zod';

const isoTime = z.iso.datetime();
const isoDate = z.iso.date();

export const methodTypeSchema = z.enum(['passkey', 'totp', 'phone']);
export const channelSchema = z.enum(['sms', 'voice']);
export const lineTypeSchema = z.enum(['mobile', 'fixed_line', 'fixed_line_or_mobile', 'unknown']);
export const mfaChoiceSchema = z.enum(['passkey', 'totp', 'phone', 'recovery_code']);

/**
 * A sign-in method of the account as the renderer sees it: what a person needs to
 * recognise and manage it. The full number and the credential id stay on the host side.
 */
export const methodSchema = z
  .object({
    id: z.string(),
    type: methodTypeSchema,
    label: z.string(),
    verified: z.boolean(),
    createdAt: isoTime,
    lastUsedAt: isoTime.optional(),
    phone: z
      .object({ masked: z.string(), lineType: lineTypeSchema, channels: z.array(channelSchema) })
      .strict()
      .optional(),
    passkey: z.object({ syncs: z.boolean(), backedUp: z.boolean() }).strict().optional(),
  })
  .strict();
export type Method = z.infer<typeof methodSchema>;

/**
 * The signed-in account and how far it is with the policy, from the ID server's `/me`.
 * The wizard derives its steps from this, never from screen state alone.
 */
export const accountStatusSchema = z
  .object({
    username: z.string(),
    displayName: z.string(),
    /** The ID server's address (origin). */
    server: z.string(),
    scope: z.enum(['enroll', 'full']),
    /** A `full` session proved a method in the last 10 minutes (no step-up needed). */
    fresh: z.boolean(),
    methods: z.array(methodSchema),
    recoveryCode: z
      .object({
        status: z.enum(['none', 'issued', 'confirmed']),
        issuedAt: isoTime.optional(),
        confirmedAt: isoTime.optional(),
      })
      .strict(),
    compliance: z
      .object({
        enforceFrom: isoDate,
        /** The enforcement date has passed: without a method the account cannot sign in. */
        enforced: z.boolean(),
        compliant: z.boolean(),
        missing: z.array(z.enum(['mfa_method', 'recovery_code'])),
      })
      .strict(),
  })
  .strict();
export type AccountStatus = z.infer<typeof accountStatusSchema>;

/** A phone the account can get a sign-in code on (masked). */
export const phoneChoiceSchema = z
  .object({ factorId: z.string(), masked: z.string(), channels: z.array(channelSchema) })
  .strict();

/** The next MFA step: which methods can finish it. The transaction stays on the host side. */
export const mfaStepSchema = z
  .object({
    status: z.literal('mfa_required'),
    methods: z.array(mfaChoiceSchema),
    phones: z.array(phoneChoiceSchema),
    /** This computer's unlocked DeskID profile holds the account's authenticator. */
    codeFromThisComputer: z.boolean(),
    /**
     * A DeskID profile on this computer is linked to this account but is locked: opened
     * with its PIN (`profiles.unlock`), its authenticator code can finish the step.
     */
    lockedProfile: z.object({ id: z.string(), name: z.string() }).strict().optional(),
  })
  .strict();
export type MfaStep = z.infer<typeof mfaStepSchema>;

/** Signed in (or stepped up): the account as the server now sees it. */
export const signedInStepSchema = z
  .object({
    status: z.literal('signed_in'),
    account: accountStatusSchema,
    /** Before the enforcement date, an account with no method is let in with this deadline. */
    setUpBy: isoDate.optional(),
    /** The recovery code was used to sign in and no longer works; a new one is needed. */
    recoveryCodeUsed: z.boolean(),
  })
  .strict();

export const signInStepSchema = z.discriminatedUnion('status', [mfaStepSchema, signedInStepSchema]);
export type SignInStep = z.infer<typeof signInStepSchema>;

/**
 * The recovery code, to be shown once to the person who must save it: four groups of
 * four digits. It is the one value of its kind that crosses the bridge, on purpose (see
 * docs/architecture.md); the renderer keeps it only while its screen is open.
 */
export const recoveryCodeShownSchema = z
  .object({
    groups: z.tuple([z.string(), z.string(), z.string(), z.string()]),
    issuedAt: isoTime,
  })
  .strict();
export type RecoveryCodeShown = z.infer<typeof recoveryCodeShownSchema>;
