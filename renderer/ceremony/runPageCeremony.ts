import {
  platformAuthenticatorIsAvailable,
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import type { CeremonyPageRequest, CeremonyPageResult } from '../../electron/contract/ceremonyPage';
import { passkeyProblemOf } from '../src/platform/passkeyProblemOf';

/** Reads the request the main process put in the URL fragment; undefined when it is not one. */
export function readPageRequest(hash: string): CeremonyPageRequest | undefined {
  try {
    const request = JSON.parse(decodeURIComponent(hash.replace(/^#/, ''))) as Partial<CeremonyPageRequest>;
    const kindOk = request.kind === 'register' || request.kind === 'authenticate';
    return kindOk && typeof request.options === 'object' ? (request as CeremonyPageRequest) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the ceremony with `@simplewebauthn/browser`, as the in-page ceremony does, and
 * answers the WebAuthn JSON result or the problem (named by `passkeyProblemOf`, with the
 * time the prompt was open). The main process checks whatever this answers.
 */
export async function runPageCeremony(request: CeremonyPageRequest | undefined): Promise<CeremonyPageResult> {
  if (request === undefined) return { ok: false, problem: 'failed' };
  if (!(await platformAuthenticatorIsAvailable())) return { ok: false, problem: 'no_platform_authenticator' };
  const timeoutMs = typeof request.options.timeout === 'number' ? request.options.timeout : undefined;
  const started = performance.now();
  try {
    const response =
      request.kind === 'register'
        ? await startRegistration({ optionsJSON: request.options as unknown as PublicKeyCredentialCreationOptionsJSON })
        : await startAuthentication({
            optionsJSON: request.options as unknown as PublicKeyCredentialRequestOptionsJSON,
          });
    return { ok: true, response };
  } catch (error) {
    return { ok: false, problem: passkeyProblemOf(error, { elapsedMs: performance.now() - started, timeoutMs }) };
  }
}
