import type { CallOutput } from '../../contract/calls';
import type { CallHandlers } from '../../contract/dispatcher';
import { refuseMethodUnlessAllowed } from '../policy/policyLimits';
import { toMethod } from '../session/toMethod';
import type { HostState } from '../app/handlers/HostState';
import { signedInStepOf } from '../app/handlers/signInSteps';
import { ceremonyOrigin } from './ceremonyOrigin';
import type { CeremonyTimers } from './runCeremony';
import { runCeremony } from './runCeremony';
import type { PasskeyWindow } from './PasskeyWindow';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `passkeyCeremony.${string}`>>;
type Failed = Extract<CallOutput<'passkeyCeremony.signIn'>, { status: 'failed' }>;

/** Options of {@link passkeyCeremonyHandlers}; `timers` let a test move the ceremony's timeout by hand. */
export interface PasskeyCeremonyHandlerOptions {
  timers?: CeremonyTimers;
}

/**
 * The `passkeyCeremony.*` calls: the host runs the whole ceremony in its window
 * (`context.passkeyWindow`, Electron's ceremony window). It fetches the ID server's options
 * through the session, opens the window on the server's WebAuthn origin, posts the checked
 * result back through the session and answers the new method or the next sign-in step.
 * The options and the WebAuthn result never reach the renderer.
 *
 * - Availability is asked first: with no platform authenticator (Linux) no options are
 *   fetched (they are single use) and the answer is `no_platform_authenticator`.
 * - One ceremony at a time: a second while one is open answers `failed`.
 * - A host without a window (the browser host runs ceremonies in its page) answers `failed`.
 * - Machine policy without passkeys in `allowedMethods` refuses both: `method_not_allowed`.
 * - Every lock cancels the open ceremony: its window closes and it answers `cancelled`.
 */
export function passkeyCeremonyHandlers(state: HostState, { timers }: PasskeyCeremonyHandlerOptions = {}): Handlers {
  const { session } = state;
  /** The open ceremony's abort, while one runs. */
  let running: AbortController | undefined;
  state.onLock(() => running?.abort());

  /** Runs `ceremony` with the window, or answers why it cannot run. */
  async function withWindow<T>(
    ceremony: (window: PasskeyWindow, signal: AbortSignal) => Promise<T | Failed>,
  ): Promise<T | Failed> {
    refuseMethodUnlessAllowed('passkey', state.context.policy);
    const window = state.context.passkeyWindow;
    if (window === undefined || running !== undefined) return { status: 'failed', problem: 'failed' };
    const availability = window.availability();
    if (!availability.available) return { status: 'failed', problem: availability.reason ?? 'failed' };
    const controller = new AbortController();
    running = controller;
    try {
      return await ceremony(window, controller.signal);
    } finally {
      running = undefined;
    }
  }

  return {
    'passkeyCeremony.available': () => {
      const window = state.context.passkeyWindow;
      return window === undefined ? { available: false, reason: 'failed' } : window.availability();
    },
    'passkeyCeremony.register': ({ label }) =>
      withWindow(async (window, signal) => {
        const { options } = await session.withToken((token) =>
          session.client.passkeyRegistrationOptions({ token, body: {} }),
        );
        const origin = ceremonyOrigin(session.serverUrl, options.rp.id ?? new URL(session.serverUrl).hostname);
        const outcome = await runCeremony({
          window,
          kind: 'register',
          options,
          origin,
          signal,
          ...(timers === undefined ? {} : { timers }),
        });
        if (!outcome.ok) return { status: 'failed', problem: outcome.problem };
        const body = label === undefined ? { response: outcome.response } : { response: outcome.response, label };
        const factor = await session.withToken((token) => session.client.passkeyRegistrationVerify({ token, body }));
        return { status: 'done', method: toMethod(factor) };
      }),
    'passkeyCeremony.signIn': () =>
      withWindow(async (window, signal) => {
        const username = session.openStep?.username;
        const { options } = await session.onOpenStep(
          (transaction) => session.client.signInPasskeyOptions({ body: { transaction } }),
          (answer) => answer.transaction,
        );
        const origin = ceremonyOrigin(session.serverUrl, options.rpId ?? new URL(session.serverUrl).hostname);
        const outcome = await runCeremony({
          window,
          kind: 'authenticate',
          options,
          origin,
          expected: {
            allowCredentialIds: (options.allowCredentials ?? []).map((credential) => credential.id),
            username,
          },
          signal,
          ...(timers === undefined ? {} : { timers }),
        });
        if (!outcome.ok) return { status: 'failed', problem: outcome.problem };
        const response = outcome.response;
        const finished = await session.finishStep((transaction) =>
          session.client.signInPasskeyVerify({ body: { transaction, response } }),
        );
        return { status: 'done', step: await signedInStepOf(state, finished) };
      }),
  };
}
