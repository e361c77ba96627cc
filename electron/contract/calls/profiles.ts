import { z } from 'zod';
import { phoneChoiceSchema } from '../accountStatus';
import { bodyLimits } from './bodyLimits';
import { done, noInput } from './noInput';
import { signInCalls } from './signIn';

const pin = z.string().min(1).max(64);
const profileId = z.string().min(1).max(64);
const code = z.string().trim().min(1).max(64);
const factorId = z.string().min(1).max(64);

const profileSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    hasPin: z.boolean(),
    /** This profile is unlocked in this window. */
    unlocked: z.boolean(),
  })
  .strict();

/**
 * A forgotten PIN (or too many wrong ones, `pin_reset_required`) is reset by signing in
 * to the ID-server account the profile is linked to: `resetPinSignIn` (password),
 * `resetPinSendCode` (for a phone), `resetPinProve` (the code), then `resetPinFinish`
 * (the new PIN; the profile opens with its accounts). The same sign-in, for the open
 * profile, ends with `setUpPinReset` instead: it makes the reset possible. The host
 * keeps the sign-in and the recovery code it downloads; no answer carries either.
 */
const pinResetCalls = {
  /** Whether the profile's PIN can be reset, and through which ID-server account (`account: null`: not linked). */
  'profiles.pinResetInfo': {
    input: z.object({ id: profileId }).strict(),
    output: z
      .object({
        account: z.object({ server: z.string(), username: z.string() }).strict().nullable(),
        /** The reset is set up for this profile (`setUpPinReset`). */
        ready: z.boolean(),
      })
      .strict(),
  },
  /** The password of the profile's linked account; answers the ways to finish (authenticator, phones). */
  'profiles.resetPinSignIn': {
    input: z.object({ id: profileId, password: z.string().min(1).max(1024) }).strict(),
    output: z.object({ methods: z.array(z.enum(['totp', 'phone'])), phones: z.array(phoneChoiceSchema) }).strict(),
    maxBodyBytes: bodyLimits.form,
  },
  /** Sends the sign-in code to one of the account's phones (as `signIn.sendPhoneCode` does). */
  'profiles.resetPinSendCode': signInCalls['signIn.sendPhoneCode'],
  /**
   * Finishes the sign-in with an authenticator or phone code; a wrong one is
   * `invalid_code` (`attemptsLeft`) and may be typed again.
   */
  'profiles.resetPinProve': {
    input: z.discriminatedUnion('method', [
      z.object({ method: z.literal('totp'), code }).strict(),
      z.object({ method: z.literal('phone'), factorId, code }).strict(),
    ]),
    output: done,
  },
  /** Sets the new PIN (the PIN rules: `invalid_pin`); the profile opens, its accounts kept. */
  'profiles.resetPinFinish': {
    input: z.object({ newPin: pin }).strict(),
    output: profileSchema,
  },
  /** For the open profile after the sign-in: its current PIN, checked as an unlock checks it. */
  'profiles.setUpPinReset': {
    input: z.object({ currentPin: pin }).strict(),
    output: done,
  },
  /** Forgets the PIN-reset sign-in in progress. */
  'profiles.resetPinCancel': { input: noInput, output: done },
} as const;

/**
 * The people on this desktop, as far as the wizard needs them: DeskID as the
 * authenticator keeps the secret in one person's profile, unlocked with their PIN.
 */
export const profilesCalls = {
  'profiles.list': {
    input: noInput,
    output: z
      .object({
        profiles: z.array(profileSchema),
        /** Shared-desktop mode: every profile needs a PIN. */
        pinRequired: z.boolean(),
        /** The OS keychain answers; without it no profile can be made or opened. */
        keychain: z.object({ reachable: z.boolean(), problem: z.string().optional() }).strict(),
      })
      .strict(),
  },
  'profiles.create': {
    input: z.object({ name: z.string().trim().min(1).max(64), pin: pin.optional() }).strict(),
    output: profileSchema,
  },
  'profiles.unlock': {
    input: z.object({ id: profileId, pin: pin.optional() }).strict(),
    output: profileSchema,
  },
  /** Locks every profile and forgets the ID-server session; emits `app.locked` {reason: 'user'}. */
  'profiles.lockAll': { input: noInput, output: done },
  /** Locks the current person's profile (switch person); emits `app.locked` {reason: 'switch_person'}. */
  'profiles.lock': { input: noInput, output: done },
  /**
   * Changes the open profile's PIN. `currentPin` is checked as an unlock would (`wrong_pin`,
   * `pin_throttled`); leave it out for a profile without a PIN. `invalid_pin` states the rule.
   */
  'profiles.changePin': {
    input: z.object({ currentPin: pin.optional(), newPin: pin }).strict(),
    output: done,
  },
  ...pinResetCalls,
} as const;
