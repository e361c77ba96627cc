import { z } from 'zod';
import { methodSchema, signInStepSchema } from '../accountStatus';
import { noInput } from './noInput';

/** Why a ceremony did not finish (the renderer's `PasskeyProblem`). */
export const ceremonyProblemSchema = z.enum([
  'cancelled',
  'timeout',
  'no_platform_authenticator',
  'already_registered',
  'failed',
]);

const failed = z.object({ status: z.literal('failed'), problem: ceremonyProblemSchema }).strict();

/**
 * Passkey ceremonies the host runs itself (Electron: the ceremony window on the ID
 * server's origin). The host fetches the options, runs the ceremony, posts the result to
 * the ID server and answers what came of it; the options and the WebAuthn result never
 * reach the renderer. A ceremony that did not finish is an answer (`failed` with the
 * problem); the ID server's refusals are errors, as everywhere.
 */
export const passkeyCeremonyCalls = {
  /**
   * Whether this host can run a ceremony here, asked before any options are fetched
   * (they are single use): Linux has no platform authenticator, so it answers false
   * with `no_platform_authenticator`, and the screens offer the other methods.
   */
  'passkeyCeremony.available': {
    input: noInput,
    output: z.object({ available: z.boolean(), reason: ceremonyProblemSchema.optional() }).strict(),
  },
  /** Creates a passkey on this computer for the signed-in account. */
  'passkeyCeremony.register': {
    input: z.object({ label: z.string().trim().min(1).max(64).optional() }).strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('done'), method: methodSchema }).strict(),
      failed,
    ]),
  },
  /** Finishes the open sign-in or step-up with a passkey. */
  'passkeyCeremony.signIn': {
    input: noInput,
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('done'), step: signInStepSchema }).strict(),
      failed,
    ]),
  },
} as const;
