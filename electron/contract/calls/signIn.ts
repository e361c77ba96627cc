import { z } from 'zod';
import { accountStatusSchema, channelSchema, signInStepSchema } from '../accountStatus';
import { authenticationResponseSchema, requestOptionsSchema } from '../../../protocol/webauthn';
import { bodyLimits } from './bodyLimits';
import { done, noInput } from './noInput';

const code = z.string().trim().min(1).max(64);
const factorId = z.string().min(1).max(64);

/**
 * Signing in to the ID server, and stepping up an existing session. The ID server's
 * tokens and transactions live in the host's session service; the renderer only learns
 * which step comes next. The MFA calls (`signIn.code`, `signIn.passkey`, …) finish
 * whichever transaction is open: a sign-in or a step-up (`signIn.stepUp`).
 */
export const signInCalls = {
  /** The server the app talks to and its policy: which methods it offers, the enforcement date. */
  'signIn.server': {
    input: noInput,
    output: z
      .object({
        url: z.string(),
        /** The mock ID server runs inside this app (no server configured). */
        embedded: z.boolean(),
        enforceFrom: z.iso.date(),
        enforced: z.boolean(),
        methods: z.array(z.enum(['passkey', 'totp', 'phone'])),
        phoneChannels: z.array(channelSchema),
        defaultCountry: z.string(),
      })
      .strict(),
  },
  /** Username and password. */
  'signIn.password': {
    input: z.object({ username: z.string().trim().min(1).max(256), password: z.string().min(1).max(1024) }).strict(),
    output: signInStepSchema,
    maxBodyBytes: bodyLimits.form,
  },
  /** Sends a sign-in code to one of the account's phones. */
  'signIn.sendPhoneCode': {
    input: z.object({ factorId, channel: channelSchema }).strict(),
    output: z.object({ expiresIn: z.number().int(), resendAfter: z.number().int() }).strict(),
  },
  /** Finishes the open transaction with a typed code. */
  'signIn.code': {
    input: z.discriminatedUnion('method', [
      z.object({ method: z.literal('totp'), code }).strict(),
      z.object({ method: z.literal('phone'), factorId, code }).strict(),
      z.object({ method: z.literal('recovery_code'), code }).strict(),
    ]),
    output: signInStepSchema,
  },
  /** Finishes the open transaction with a code from this computer's unlocked DeskID profile. */
  'signIn.codeFromThisComputer': { input: noInput, output: signInStepSchema },
  /** Request options for a passkey ceremony on the open transaction (the browser host runs it in the page). */
  'signIn.passkeyOptions': { input: noInput, output: z.object({ options: requestOptionsSchema }).strict() },
  /** Finishes the open transaction with the passkey ceremony's result. */
  'signIn.passkey': {
    input: z.object({ response: authenticationResponseSchema }).strict(),
    output: signInStepSchema,
    maxBodyBytes: bodyLimits.passkeyAuthentication,
  },
  /** Opens a step-up transaction on the current session (for removing a method, the recovery code). */
  'signIn.stepUp': { input: noInput, output: signInStepSchema },
  /** The signed-in account, or null when nobody is signed in. */
  'signIn.status': { input: noInput, output: accountStatusSchema.nullable() },
  /** Ends the session on the server and forgets it here. */
  'signIn.signOut': { input: noInput, output: done },
} as const;
