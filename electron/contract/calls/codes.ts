import { z } from 'zod';
import { otpLimits } from '../otpRules';
import { bodyLimits, reorderBodyBytes } from './bodyLimits';
import { done, noInput } from './noInput';

/**
 * The accounts one person may order at once (`codes.reorder`), and an account's id: the
 * end of its vault entry's id (`account:<id>`), so only of the vault's id alphabet
 * (services/vault/entryId.ts); an id of any other character could name no entry.
 */
const maxAccounts = 10_000;
const maxAccountIdLength = 100;
const accountId = z
  .string()
  .min(1)
  .max(maxAccountIdLength)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'Expected an account id.');
const names = {
  /** Who issued the account ("GitHub"); may be empty. */
  issuer: z.string().max(otpLimits.maxLabelLength),
  /** The account at the issuer ("alice@example.com"); may be empty. */
  label: z.string().max(otpLimits.maxLabelLength),
};

/**
 * An account of the unlocked person as the codes screen shows it. Steam Guard accounts
 * come as `totp` (their 5 characters are a code like any other). `code` is absent when
 * codes are hidden until clicked (`codes.reveal`) and for HOTP until "next code".
 */
export const codeAccountSchema = z
  .object({
    id: z.string(),
    ...names,
    type: z.enum(['totp', 'hotp']),
    digits: z.number().int(),
    /** Seconds per code (TOTP). */
    period: z.number().int().optional(),
    code: z.string().optional(),
    /** Start and end (epoch ms) of the current TOTP step. */
    validFrom: z.number().int().optional(),
    validUntil: z.number().int().optional(),
    /** This step's code was already copied here: the server would refuse it again. */
    alreadyUsed: z.boolean(),
  })
  .strict();

/** The open person's authenticator accounts and their codes. `vault_locked` when nobody is unlocked. */
export const codesCalls = {
  'codes.list': {
    input: noInput,
    output: z.object({ accounts: z.array(codeAccountSchema), hideUntilClicked: z.boolean() }).strict(),
  },
  /** One account's current code, when codes are hidden until clicked (TOTP). */
  'codes.reveal': {
    input: z.object({ id: accountId }).strict(),
    output: z.object({ code: z.string(), validUntil: z.number().int().optional() }).strict(),
  },
  /**
   * Records a copy (audit `code_copied`, the "already used" tracker). In the browser host
   * the page writes the clipboard (`copiedBy: 'page'`, with the code) and clears it after
   * `clearAfterSeconds` if it still holds that code; in Electron the main process does.
   */
  'codes.copy': {
    input: z.object({ id: accountId }).strict(),
    output: z.discriminatedUnion('copiedBy', [
      z
        .object({
          copiedBy: z.literal('page'),
          code: z.string(),
          alreadyUsed: z.boolean(),
          clearAfterSeconds: z.number().int(),
        })
        .strict(),
      z.object({ copiedBy: z.literal('host'), alreadyUsed: z.boolean(), clearAfterSeconds: z.number().int() }).strict(),
    ]),
  },
  /** HOTP: the next code (the counter moves on and is saved first). */
  'codes.nextHotp': {
    input: z.object({ id: accountId }).strict(),
    output: z.object({ code: z.string() }).strict(),
  },
  'codes.rename': {
    input: z
      .object({ id: accountId, issuer: names.issuer.trim(), label: names.label.trim() })
      .strict()
      .refine((names) => names.issuer !== '' || names.label !== '', {
        message: 'Give the account an issuer or a label.',
      }),
    output: codeAccountSchema,
    maxBodyBytes: bodyLimits.form,
  },
  /** The new order: every account id once. */
  'codes.reorder': {
    input: z
      .object({ ids: z.array(accountId).max(maxAccounts) })
      .strict()
      .refine(({ ids }) => new Set(ids).size === ids.length, { message: 'Each account once.' }),
    output: done,
    maxBodyBytes: reorderBodyBytes(maxAccounts, maxAccountIdLength),
  },
  'codes.remove': { input: z.object({ id: accountId }).strict(), output: done },
} as const;
