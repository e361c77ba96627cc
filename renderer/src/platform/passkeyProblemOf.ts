import type { PasskeyProblem } from './PasskeyCeremony';

/** How long the OS prompt was open, and how long the options let it stay open. */
export interface CeremonyTiming {
  /** Milliseconds from starting the prompt to its failure. */
  elapsedMs: number;
  /** The options' `timeout` in milliseconds, when they set one. */
  timeoutMs?: number | undefined;
}

/**
 * Names why a WebAuthn prompt failed, from the error `@simplewebauthn/browser` threw
 * (a `WebAuthnError` whose `name` is the browser's `DOMException` name, or that
 * exception itself). Browsers answer both "closed the prompt" and "left it open until it
 * expired" with `NotAllowedError`, so the time the prompt was open tells them apart.
 */
export function passkeyProblemOf(error: unknown, { elapsedMs, timeoutMs }: CeremonyTiming): PasskeyProblem {
  if (typeof error !== 'object' || error === null) return 'failed';
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (name === 'InvalidStateError' || code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') {
    return 'already_registered';
  }
  if (name === 'NotAllowedError' || name === 'AbortError' || code === 'ERROR_CEREMONY_ABORTED') {
    return timeoutMs !== undefined && elapsedMs >= timeoutMs ? 'timeout' : 'cancelled';
  }
  if (
    code === 'ERROR_AUTHENTICATOR_MISSING_USER_VERIFICATION_SUPPORT' ||
    code === 'ERROR_AUTHENTICATOR_MISSING_DISCOVERABLE_CREDENTIAL_SUPPORT'
  ) {
    return 'no_platform_authenticator';
  }
  return 'failed';
}
