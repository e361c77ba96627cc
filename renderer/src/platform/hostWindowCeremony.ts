import type { GroupedBridge } from '../../../electron/contract/groupedClient';
import { PasskeyCeremonyError, type PasskeyCeremony, type PasskeyProblem } from './PasskeyCeremony';

/** A ceremony that did not finish, with its problem; the screens say it in the person's language. */
function notFinished(problem: PasskeyProblem): PasskeyCeremonyError {
  return new PasskeyCeremonyError(problem, `The passkey window did not finish: ${problem}.`);
}

/**
 * The Electron window's ceremony. An `app://` page can never run WebAuthn for the ID
 * server's RP ID, so the host runs the whole ceremony in its ceremony window on the
 * server's origin (`passkeyCeremony.*`): it fetches the options, runs the prompt, posts
 * the result and answers the new method or the next sign-in step. Where the computer has
 * no platform authenticator (Linux) the host says so before anything is asked of the
 * server, as `no_platform_authenticator`. The ID server's refusals (`DeskIdError`) pass through.
 */
export function createHostWindowCeremony(bridge: GroupedBridge): PasskeyCeremony {
  return {
    available: async () => (await bridge.passkeyCeremony.available({})).available,
    async register(label) {
      const answer = await bridge.passkeyCeremony.register(label === undefined ? {} : { label });
      if (answer.status === 'failed') throw notFinished(answer.problem);
      return answer.method;
    },
    async signIn() {
      const answer = await bridge.passkeyCeremony.signIn({});
      if (answer.status === 'failed') throw notFinished(answer.problem);
      return answer.step;
    },
  };
}
