import type { CallHandlers } from '../../../contract/dispatcher';
import { DeskIdError } from '../../../contract/DeskIdError';
import { probeKeychain } from '../getAppInfo';
import type { HostState } from './HostState';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `profiles.${string}`>>;

/**
 * The `profiles.*` calls: the people on this desktop, as far as the wizard needs them
 * (DeskID as the authenticator keeps the secret in one person's profile). PIN rules and
 * shared-desktop mode are the services' own (`ProfileStore`, `Vault`).
 */
export function profilesHandlers(state: HostState): Handlers {
  const { profiles, session, context } = state;
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
      profiles.lockAll();
      // Switch person: the next one signs in to their own ID account.
      await session.signOut();
      return { done: true };
    },
    'profiles.lock': () => {
      throw new DeskIdError('internal', 'not built yet');
    },
    'profiles.changePin': () => {
      throw new DeskIdError('internal', 'not built yet');
    },
  };
}
