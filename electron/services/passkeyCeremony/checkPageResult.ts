import { z } from 'zod';
import {
  authenticationResponseSchema,
  registrationResponseSchema,
  type AuthenticationResponse,
  type RegistrationResponse,
} from '../../../protocol/webauthn';
import { ceremonyProblemSchema } from '../../contract/calls/passkeyCeremony';
import type { CeremonyProblem } from '../../contract/ceremonyPage';

/** How a ceremony ended: the checked WebAuthn result, or why there is none. */
export type CeremonyOutcome<R> = { ok: true; response: R } | { ok: false; problem: CeremonyProblem };

const problemResult = z.object({ ok: z.literal(false), problem: ceremonyProblemSchema }).strict();
const registrationResult = z.object({ ok: z.literal(true), response: registrationResponseSchema }).strict();
const authenticationResult = z.object({ ok: z.literal(true), response: authenticationResponseSchema }).strict();

/** The result schema for each kind of ceremony; the page's answer is untrusted until it passes. */
export const pageResultSchemas = {
  register: z.union([registrationResult, problemResult]),
  authenticate: z.union([authenticationResult, problemResult]),
};

/** The response each kind of ceremony yields. */
export interface CeremonyResponses {
  register: RegistrationResponse;
  authenticate: AuthenticationResponse;
}

/**
 * Checks what the ceremony page handed back: a WebAuthn JSON result of the right kind, or
 * a named problem. Anything else is `failed` (the page is ours, but what it hands back
 * crosses a process boundary, so it is checked like any input).
 */
export function checkPageResult<K extends keyof CeremonyResponses>(
  kind: K,
  raw: unknown,
): CeremonyOutcome<CeremonyResponses[K]> {
  const parsed = pageResultSchemas[kind].safeParse(raw);
  if (!parsed.success) return { ok: false, problem: 'failed' };
  return parsed.data as CeremonyOutcome<CeremonyResponses[K]>;
}
