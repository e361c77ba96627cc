/**
 * What the passkey ceremony window's page and the main process agree on. Import-free on
 * purpose: the sandboxed ceremony preload bundles it, and the page needs only these names.
 */

/**
 * Where the ceremony page lives on the ID server's origin. The main process serves it
 * from the app bundle (the request never reaches the server); nothing else on that origin
 * is served from the bundle.
 */
export const ceremonyPagePath = '/__deskid-passkey-ceremony/';

/** The IPC channel on which the ceremony preload hands the page's result to the main process. */
export const ceremonyResultChannel = 'deskid:ceremony-result';

/** The global the ceremony preload exposes to the page: `window.deskidCeremony.finish(result)`. */
export const ceremonyGlobal = 'deskidCeremony';

/** Why a ceremony did not finish; the renderer's `PasskeyProblem`. */
export type CeremonyProblem = 'cancelled' | 'timeout' | 'no_platform_authenticator' | 'already_registered' | 'failed';

/** What the page runs, carried in its URL fragment (never sent anywhere): the server's options, as JSON. */
export interface CeremonyPageRequest {
  /** `register`: `startRegistration` with creation options; `authenticate`: `startAuthentication` with request options. */
  kind: 'register' | 'authenticate';
  options: Record<string, unknown>;
}

/** What the page hands back: the WebAuthn JSON result, or why there is none. Checked by the main process. */
export type CeremonyPageResult = { ok: true; response: unknown } | { ok: false; problem: CeremonyProblem };

/** What the preload exposes to the page, and nothing else. */
export interface CeremonyPageApi {
  finish(result: CeremonyPageResult): void;
}
