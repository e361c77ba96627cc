import { platformAuthenticatorIsAvailable } from '@simplewebauthn/browser';
import type { CallInput } from '../../../electron/contract/calls';
import type { GroupedBridge } from '../../../electron/contract/groupedClient';
import { PasskeyCeremonyError, type PasskeyCeremony, type PasskeyProblem } from './PasskeyCeremony';
import { runPasskeyPrompt } from './runPasskeyPrompt';

// The library's result types are the same JSON, typed more loosely (transports as
// strings, extension outputs as a DOM type); the host validates them against these schemas.
type RegistrationResult = CallInput<'enrollment.passkey'>['response'];
type AuthenticationResult = CallInput<'signIn.passkey'>['response'];

const messages: Record<PasskeyProblem, string> = {
  cancelled: 'The passkey prompt was closed before it finished.',
  timeout: 'The passkey prompt was left open until it expired.',
  no_platform_authenticator: 'This computer has no built-in way (Windows Hello, Touch ID) to make or use a passkey.',
  already_registered: 'This computer already holds a passkey for this account.',
  failed: 'The passkey prompt failed.',
};

/**
 * The browser host's ceremony: the page itself runs WebAuthn with
 * `@simplewebauthn/browser` (it is served from http://localhost, the RP ID's origin).
 * Options come from the host (`*.passkeyOptions`), the result goes back to it; the ID
 * server's refusals (`DeskIdError`) pass through unchanged.
 */
export function createInPageCeremony(bridge: GroupedBridge): PasskeyCeremony {
  // Checked before asking the server for options (they are single use) and before the
  // prompt: with no platform authenticator the browser would offer other devices (a
  // phone, a security key) that this app's passkeys are not made for.
  async function requirePlatformAuthenticator(): Promise<void> {
    if (!(await platformAuthenticatorIsAvailable())) {
      throw new PasskeyCeremonyError('no_platform_authenticator', messages.no_platform_authenticator);
    }
  }

  async function prompt(kind: 'register' | 'authenticate', options: { timeout?: unknown }): Promise<unknown> {
    const outcome = await runPasskeyPrompt(kind, options);
    if (!outcome.ok) throw new PasskeyCeremonyError(outcome.problem, messages[outcome.problem], outcome.cause);
    return outcome.response;
  }

  return {
    available: () => platformAuthenticatorIsAvailable(),
    async register(label) {
      await requirePlatformAuthenticator();
      const { options } = await bridge.enrollment.passkeyOptions({});
      const response = (await prompt('register', options)) as RegistrationResult;
      return bridge.enrollment.passkey(label === undefined ? { response } : { response, label });
    },
    async signIn() {
      await requirePlatformAuthenticator();
      const { options } = await bridge.signIn.passkeyOptions({});
      const response = (await prompt('authenticate', options)) as AuthenticationResult;
      return bridge.signIn.passkey({ response });
    },
  };
}
