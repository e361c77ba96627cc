import { platformAuthenticatorIsAvailable } from '@simplewebauthn/browser';
import type { CeremonyPageRequest, CeremonyPageResult } from '../../electron/contract/ceremonyPage';
import { runPasskeyPrompt } from '../src/platform/runPasskeyPrompt';

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
 * Runs the ceremony (`runPasskeyPrompt`, as the in-page ceremony does) and answers the
 * WebAuthn JSON result or the problem. The main process checks whatever this answers.
 */
export async function runPageCeremony(request: CeremonyPageRequest | undefined): Promise<CeremonyPageResult> {
  if (request === undefined) return { ok: false, problem: 'failed' };
  if (!(await platformAuthenticatorIsAvailable())) return { ok: false, problem: 'no_platform_authenticator' };
  const outcome = await runPasskeyPrompt(request.kind, request.options);
  return outcome.ok ? { ok: true, response: outcome.response } : { ok: false, problem: outcome.problem };
}
