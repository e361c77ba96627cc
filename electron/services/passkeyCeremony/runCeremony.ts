import { ceremonyPagePath, type CeremonyPageRequest } from '../../contract/ceremonyPage';
import { checkPageResult, type CeremonyOutcome, type CeremonyResponses } from './checkPageResult';
import type { ExpectedAccount, OpenedCeremonyWindow, PasskeyWindow } from './PasskeyWindow';

/** The timers a ceremony waits with; Node's unless a test moves time by hand. */
export interface CeremonyTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const nodeTimers: CeremonyTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** The ID server's options live 5 minutes (api.md); a prompt is never waited for longer. */
export const optionsLifetimeMs = 5 * 60_000;
/** Time beyond the options' own timeout for the page to report it before the window is closed. */
export const timeoutGraceMs = 15_000;

/** How long the window may stay open: the options' timeout (at most their lifetime) and a grace. */
export function ceremonyTimeoutMs(optionsTimeout: number | undefined): number {
  const prompt = optionsTimeout === undefined || optionsTimeout <= 0 ? optionsLifetimeMs : optionsTimeout;
  return Math.min(prompt, optionsLifetimeMs) + timeoutGraceMs;
}

/** The ceremony page's URL on `origin`, its request in the fragment (never sent to any server). */
export function ceremonyPageUrl(origin: string, request: CeremonyPageRequest): string {
  return `${origin}${ceremonyPagePath}index.html#${encodeURIComponent(JSON.stringify(request))}`;
}

/** One ceremony to run in a window. */
export interface RunCeremonyOptions<K extends keyof CeremonyResponses> {
  window: PasskeyWindow;
  kind: K;
  /** The ID server's options, handed to the page unchanged. */
  options: Record<string, unknown> & { timeout?: number | undefined };
  /** The origin the page runs on (`ceremonyOrigin`). */
  origin: string;
  expected?: ExpectedAccount;
  timers?: CeremonyTimers;
  /** Aborting it (a lock) settles the ceremony as `cancelled` and closes its window. */
  signal?: AbortSignal;
}

/**
 * Runs one ceremony in a window and answers how it ended. A one-shot: the first of the
 * page's result, the window closing or `signal` aborting (`cancelled`) and the timeout (`timeout`) settles it,
 * later ones are ignored, and the window is closed on every path. The page's result is
 * checked (`checkPageResult`); a window that cannot open rejects with the host's error.
 */
export function runCeremony<K extends keyof CeremonyResponses>({
  window,
  kind,
  options,
  origin,
  expected = { allowCredentialIds: [] },
  timers = nodeTimers,
  signal,
}: RunCeremonyOptions<K>): Promise<CeremonyOutcome<CeremonyResponses[K]>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let opened: OpenedCeremonyWindow | undefined;
    const isSettled = () => settled;
    const cancel = () => settle({ ok: false, problem: 'cancelled' });
    const settle = (outcome: CeremonyOutcome<CeremonyResponses[K]>) => {
      if (settled) return;
      settled = true;
      timers.clear(timer);
      signal?.removeEventListener('abort', cancel);
      opened?.close();
      resolve(outcome);
    };
    if (signal?.aborted === true) {
      settled = true;
      resolve({ ok: false, problem: 'cancelled' });
      return;
    }
    signal?.addEventListener('abort', cancel, { once: true });
    const timer = timers.set(() => settle({ ok: false, problem: 'timeout' }), ceremonyTimeoutMs(options.timeout));
    const request = { kind, options };
    try {
      opened = window.open(
        { origin, url: ceremonyPageUrl(origin, request), expected },
        {
          result: (raw) => settle(checkPageResult(kind, raw)),
          closed: cancel,
        },
      );
    } catch (error) {
      // The host could not open its window: an internal error, logged by the dispatcher.
      settled = true;
      timers.clear(timer);
      signal?.removeEventListener('abort', cancel);
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    // Settled while opening (a window that closed at once): close what was opened.
    if (isSettled()) opened.close();
  });
}
