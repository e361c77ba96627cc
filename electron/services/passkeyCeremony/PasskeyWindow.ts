import type { CeremonyProblem } from '../../contract/ceremonyPage';

/** Whether this computer can run a passkey ceremony, decided before any options are fetched. */
export interface CeremonyAvailability {
  available: boolean;
  /** When not: why, as the renderer names it (`no_platform_authenticator`). */
  reason?: CeremonyProblem;
}

/** Which account the server expects, for a sign-in where the OS finds several passkeys. */
export interface ExpectedAccount {
  /** The credential ids the server's request options allow (base64url); empty: any. */
  allowCredentialIds: string[];
  /** The username of the open sign-in step, when there is one. */
  username?: string | undefined;
}

/** One ceremony window to open: the page's URL on the ID server's origin, and who is expected. */
export interface CeremonyWindowRequest {
  /** The ID server's WebAuthn origin, e.g. `http://localhost:4799`. */
  origin: string;
  /** The ceremony page on that origin, its request in the fragment. */
  url: string;
  expected: ExpectedAccount;
}

/** What the window tells the ceremony; each may come at most once, and whichever comes first wins. */
export interface CeremonyWindowEvents {
  /** The page handed back its result (unchecked: the ceremony checks it). */
  result(raw: unknown): void;
  /** The window closed before a result: the person closed it, or its page went away. */
  closed(): void;
}

/** An open ceremony window. `close()` may be called more than once. */
export interface OpenedCeremonyWindow {
  close(): void;
}

/**
 * What a host that runs ceremonies itself provides (Electron main: `electron/main/ceremony`):
 * whether a platform authenticator can be used here, and a way to open the ceremony page on
 * the ID server's origin. Everything else (the options, the timeout, checking the result,
 * posting it) is the services' `runCeremony` and the `passkeyCeremony.*` handlers.
 */
export interface PasskeyWindow {
  availability(): CeremonyAvailability;
  open(request: CeremonyWindowRequest, events: CeremonyWindowEvents): OpenedCeremonyWindow;
}
