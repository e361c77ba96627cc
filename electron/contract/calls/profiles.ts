import { z } from 'zod';
import { done, noInput } from './noInput';

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
    input: z.object({ name: z.string().trim().min(1).max(64), pin: z.string().min(1).max(64).optional() }).strict(),
    output: profileSchema,
  },
  'profiles.unlock': {
    input: z.object({ id: z.string().min(1).max(64), pin: z.string().min(1).max(64).optional() }).strict(),
    output: profileSchema,
  },
  /** Locks every profile and forgets the ID-server session (switch person). */
  'profiles.lockAll': { input: noInput, output: done },
} as const;
