import {
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import type { PasskeyProblem } from './PasskeyCeremony';
import { passkeyProblemOf } from './passkeyProblemOf';

/** What one prompt came to: the WebAuthn JSON result, or why it did not finish (and the error behind it). */
export type PasskeyPromptOutcome =
  { ok: true; response: unknown } | { ok: false; problem: PasskeyProblem; cause: unknown };

/**
 * One WebAuthn prompt with `@simplewebauthn/browser`, from the ID server's options: the
 * result, or the problem named by `passkeyProblemOf` with the time the prompt was open
 * (a cancel and a timeout look alike otherwise). The in-page ceremony (browser host) and
 * the Electron ceremony page both run it; the host validates whatever it answers.
 */
export async function runPasskeyPrompt(
  kind: 'register' | 'authenticate',
  options: { timeout?: unknown },
): Promise<PasskeyPromptOutcome> {
  const timeoutMs = typeof options.timeout === 'number' ? options.timeout : undefined;
  const started = performance.now();
  try {
    const response =
      kind === 'register'
        ? await startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON })
        : await startAuthentication({ optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON });
    return { ok: true, response };
  } catch (error) {
    const problem = passkeyProblemOf(error, { elapsedMs: performance.now() - started, timeoutMs });
    return { ok: false, problem, cause: error };
  }
}
