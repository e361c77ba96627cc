import type { CallHandlers } from '../../../contract/dispatcher';
import { probeKeychain } from '../getAppInfo';
import type { HostState } from './HostState';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `profiles.${string}`>>;

/**
 * The `profiles.*` calls: the people on this desktop, their PINs, and locking (Lock all,
 * switch person: `app.locked` to every page). PIN rules and
 * shared-desktop mode are the services' own (`ProfileStore`, `Vault`).
 */
export function profilesHandlers(state: HostState): Handlers {
  const { profiles, context } = state;
  return {
    'profiles.list': async () => {
      const keychain = await probeKeychain(context.keychain);
      return {
        profiles: keychain.reachable ? await profiles.list() : [],
        pinRequired: await profiles.pinRequired(),
        keychain:
          keychain.problem === undefined
            ? { reachable: keychain.reachable }
            : { reachable: keychain.reachable, problem: keychain.problem },
      };
    },
    'profiles.create': ({ name, pin }) => profiles.create(name, pin),
    'profiles.unlock': ({ id, pin }) => profiles.unlock(id, pin),
    'profiles.lockAll': async () => {
      await state.lockAll('user');
      return { done: true };
    },
    // One profile is open at a time, so switching person locks it (and signs out) as Lock all does.
    'profiles.lock': async () => {
      await state.lockAll('switch_person');
      return { done: true };
    },
    'profiles.changePin': async ({ currentPin, newPin }) => {
      await profiles.changePin(currentPin, newPin);
      return { done: true };
    },
  };
}
