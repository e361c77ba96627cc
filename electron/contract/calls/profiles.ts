import { z } from 'zod';
import { done, noInput } from './noInput';

const pin = z.string().min(1).max(64);

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
    input: z.object({ id: z.string().min(1).max(64), pin: pin.optional() }).strict(),
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
} as const;
