import { describe, expect, it } from 'vitest';
import { passkeyProblemOf } from './passkeyProblemOf';

/** What `@simplewebauthn/browser` throws: a WebAuthnError named after the browser's exception, with a code. */
function webAuthnError(name: string, code: string): Error {
  return Object.assign(new Error('from the browser'), { name, code });
}

describe('passkeyProblemOf', () => {
  const quick = { elapsedMs: 1_200, timeoutMs: 60_000 };

  it('a prompt closed early is cancelled; one open until its timeout has timed out', () => {
    const notAllowed = webAuthnError('NotAllowedError', 'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY');
    expect(passkeyProblemOf(notAllowed, quick)).toBe('cancelled');
    expect(passkeyProblemOf(notAllowed, { elapsedMs: 60_000, timeoutMs: 60_000 })).toBe('timeout');
    expect(passkeyProblemOf(notAllowed, { elapsedMs: 59_999, timeoutMs: 60_000 })).toBe('cancelled');
    // Options without a timeout never time out from the page's point of view.
    expect(passkeyProblemOf(notAllowed, { elapsedMs: 600_000 })).toBe('cancelled');
  });

  it('a plain DOMException-like NotAllowedError (no code) is read by its name', () => {
    expect(passkeyProblemOf({ name: 'NotAllowedError' }, quick)).toBe('cancelled');
  });

  it('an authenticator that already holds a passkey for the account is already_registered', () => {
    expect(
      passkeyProblemOf(webAuthnError('InvalidStateError', 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED'), quick),
    ).toBe('already_registered');
    expect(passkeyProblemOf({ name: 'InvalidStateError' }, quick)).toBe('already_registered');
  });

  it('an authenticator that cannot verify the person is no_platform_authenticator', () => {
    expect(
      passkeyProblemOf(
        webAuthnError('ConstraintError', 'ERROR_AUTHENTICATOR_MISSING_USER_VERIFICATION_SUPPORT'),
        quick,
      ),
    ).toBe('no_platform_authenticator');
  });

  it('anything else failed', () => {
    expect(passkeyProblemOf(webAuthnError('SecurityError', 'ERROR_INVALID_RP_ID'), quick)).toBe('failed');
    expect(passkeyProblemOf(new Error('WebAuthn is not supported in this browser'), quick)).toBe('failed');
    expect(passkeyProblemOf('a string', quick)).toBe('failed');
    expect(passkeyProblemOf(null, quick)).toBe('failed');
  });
});
