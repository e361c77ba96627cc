import type { CallHandlers } from '../../../contract/dispatcher';
import { PinResetFlow } from '../../pinReset/PinResetFlow';
import { probeKeychain } from '../getAppInfo';
import type { HostState } from './HostState';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `profiles.${string}`>>;

/**
 * The `profiles.*` calls: the people on this desktop, their PINs, and locking (Lock all,
 * switch person: `app.locked` to every page). PIN rules and
 * shared-desktop mode are the services' own (`ProfileStore`, `Vault`). A PIN reset by
 * ID-server sign-in runs in one `PinResetFlow` per host, forgotten on every lock.
 */
export function profilesHandlers(state: HostState, resets = new PinResetFlow({ profiles: state.profiles })): Handlers {
  const { profiles, context } = state;
  // Every lock (Lock all, switch person, idle, OS lock) forgets a PIN-reset sign-in in progress.
  const lockAll = state.lockAll.bind(state);
  state.lockAll = (reason) => {
    resets.forget();
    return lockAll(reason);
  };
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
    'profiles.pinResetInfo': ({ id }) => resets.info(id),
    'profiles.resetPinSignIn': ({ id, password }) => resets.signIn(id, password),
    'profiles.resetPinSendCode': ({ factorId, channel }) => resets.sendPhoneCode(factorId, channel),
    'profiles.resetPinProve': async (proof) => {
      await resets.prove(proof);
      return { done: true };
    },
    'profiles.resetPinFinish': async ({ newPin }) => {
      const id = await resets.finish(newPin);
      // The reset left the vault locked: open it with the new PIN, as the person would.
      return profiles.unlock(id, newPin);
    },
    'profiles.setUpPinReset': async ({ currentPin }) => {
      await resets.setUp(currentPin);
      return { done: true };
    },
    'profiles.resetPinCancel': () => {
      resets.forget();
      return Promise.resolve({ done: true as const });
    },
  };
}
