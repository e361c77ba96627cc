import { z } from 'zod';
import {
  lineTypeSchema,
  methodSchema,
  recoveryCodeShownSchema,
  channelSchema,
  accountStatusSchema,
} from '../accountStatus';
import { creationOptionsSchema, registrationResponseSchema } from '../../../protocol/webauthn';
import { bodyLimits } from './bodyLimits';
import { noInput } from './noInput';

const label = z.string().trim().min(1).max(64);
const factorId = z.string().min(1).max(64);

/** A file handed to the person: saved through a dialog (Electron) or downloaded (browser host). */
export const savedFileSchema = z.discriminatedUnion('savedAs', [
  /** Electron wrote the file where the person chose. */
  z.object({ savedAs: z.literal('file'), fileName: z.string() }).strict(),
  /** The person closed the save dialog without saving. */
  z.object({ savedAs: z.literal('cancelled') }).strict(),
  /** The browser host: the page offers these bytes as a download. */
  z.object({ savedAs: z.literal('download'), fileName: z.string(), text: z.string() }).strict(),
]);

/**
 * Adding sign-in methods and the recovery code: the wizard. Every call works in an
 * `enroll` session and in a fresh `full` one.
 */
export const enrollmentCalls = {
  /** Adds a phone and sends the first code. An extension is refused before any request. */
  'enrollment.addPhone': {
    input: z
      .object({
        number: z.string().trim().min(1).max(64),
        country: z.string().regex(/^[A-Z]{2}$/),
        channel: channelSchema,
      })
      .strict(),
    output: z
      .object({
        factorId: z.string(),
        masked: z.string(),
        lineType: lineTypeSchema,
        expiresIn: z.number().int(),
        resendAfter: z.number().int(),
      })
      .strict(),
  },
  /** Sends the phone's code again, by the same or the other channel. */
  'enrollment.resendPhoneCode': {
    input: z.object({ factorId, channel: channelSchema }).strict(),
    output: z.object({ resendAfter: z.number().int() }).strict(),
  },
  /** Verifies a new phone or phone-app authenticator with the code the person typed. */
  'enrollment.verifyMethod': {
    input: z.object({ factorId, code: z.string().trim().min(1).max(64) }).strict(),
    output: methodSchema,
  },
  /**
   * DeskID as the authenticator: the host adds the factor, keeps its secret in this
   * computer's unlocked profile and verifies it with a code it makes itself. Nothing
   * secret comes back.
   */
  'enrollment.addAuthenticatorHere': {
    input: z.object({ label: label.optional() }).strict(),
    output: z.object({ method: methodSchema, profileName: z.string() }).strict(),
  },
  /**
   * An authenticator app on a phone: the QR code (an SVG drawn on the host side) and the
   * setup key for typing in by hand, shown once. Verified with `enrollment.verifyMethod`.
   */
  'enrollment.addAuthenticatorPhone': {
    input: z.object({ label: label.optional() }).strict(),
    output: z.object({ factorId: z.string(), qrSvg: z.string(), setupKey: z.string() }).strict(),
  },
  /** Creation options for a passkey on this computer (the browser host runs the ceremony in the page). */
  'enrollment.passkeyOptions': { input: noInput, output: z.object({ options: creationOptionsSchema }).strict() },
  /** Sends the passkey ceremony's result to the server. */
  'enrollment.passkey': {
    input: z.object({ response: registrationResponseSchema, label: label.optional() }).strict(),
    output: methodSchema,
    maxBodyBytes: bodyLimits.passkeyRegistration,
  },
  /**
   * The recovery code to show: the one this session issued, or a new one when none is
   * issued (or an earlier session issued it and it cannot be read back here).
   */
  'enrollment.recoveryCode': { input: noInput, output: recoveryCodeShownSchema },
  /** Saves the recovery-code file (`DeskID-recovery-code-<username>-<yyyy-mm-dd>.txt`). */
  'enrollment.saveRecoveryFile': {
    // The language of the words around the code in the file: the one the window speaks.
    input: z.object({ language: z.enum(['en', 'es']).optional() }).strict(),
    output: savedFileSchema,
  },
  /** Confirms the person kept the code: its last four digits. */
  'enrollment.confirmRecoveryCode': {
    input: z.object({ lastDigits: z.string().regex(/^\d{4}$/) }).strict(),
    output: accountStatusSchema,
  },
} as const;
