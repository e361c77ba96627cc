import type { Method, SignInStep } from '../../../electron/contract/accountStatus';

/** Why a passkey ceremony did not finish; each has its own message and a way on. */
export type PasskeyProblem =
  /** The person closed or declined the OS prompt. */
  | 'cancelled'
  /** The OS prompt was left open until it expired. */
  | 'timeout'
  /** This computer has no platform authenticator (Windows Hello, Touch ID) that can make one. */
  | 'no_platform_authenticator'
  /** This computer already holds a passkey for this account. */
  | 'already_registered'
  /** Anything else (the server refused the result, the page is not on an allowed origin, …). */
  | 'failed';

/** A passkey ceremony that did not finish, with the reason. */
export class PasskeyCeremonyError extends Error {
  override readonly name = 'PasskeyCeremonyError';
  constructor(
    readonly problem: PasskeyProblem,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/**
 * Runs WebAuthn ceremonies for the ID server. Two implementations, chosen at start by the
 * host: in the browser host the page itself runs them (`@simplewebauthn/browser` on
 * http://localhost, the RP ID's origin); in Electron an `app://` page never can, so the
 * main process runs them in its ceremony window (the Electron issue). Screens use only
 * this interface. Failures reject with `PasskeyCeremonyError`; the ID server's refusals
 * (`DeskIdError`) pass through.
 */
export interface PasskeyCeremony {
  /** Whether this computer can make and use a passkey (a user-verifying platform authenticator). */
  available(): Promise<boolean>;
  /** Creates a passkey for the signed-in account and answers the new method. */
  register(label?: string): Promise<Method>;
  /** Proves the open sign-in or step-up with a passkey and answers the next step. */
  signIn(): Promise<SignInStep>;
}
