import { DeskIdError, isDeskIdError } from '../../../contract/DeskIdError';
import type { CallHandlers } from '../../../contract/dispatcher';
import type { ProfileSummary } from '../../session/UnlockedProfiles';
import { PinResetFlow } from '../../pinReset/PinResetFlow';
import { keychainUnreachable } from '../getAppInfo';
import { prepareCodeList } from './codeList';
import { keychainForList } from './keychainForList';
import type { HostState } from './HostState';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `profiles.${string}`>>;

/**
 * The `profiles.*` calls: the people on this desktop, their PINs, and locking (Lock all,
 * switch person: `app.locked` to every page). PIN rules and
 * shared-desktop mode are the services' own (`ProfileStore`, `Vault`). A PIN reset by
 * ID-server sign-in runs in one `PinResetFlow` per host, forgotten on every lock. A lock
 * while a profile opens (its key derivation) wins: the profile is locked again and the
 * call answers `vault_locked`.
 */
export function profilesHandlers(state: HostState, resets = new PinResetFlow({ profiles: state.profiles })): Handlers {
  const { profiles, context } = state;
  const keychainShown = keychainForList(context.keychain);
  // Every lock (Lock all, switch person, idle, OS lock) forgets a PIN-reset sign-in in progress.
  state.onLock((reason) => {
    resets.forget();
    // The OS session's keyring is often locked with it: the next people list asks again.
    if (reason === 'os_lock' || reason === 'suspend') keychainShown.forget();
  });
  // ...and while one is in progress (the profile locked), activity counts toward the idle lock.
  state.holdsOpen(() => resets.inProgress);

  /** Runs `open` (it opens a profile); if a lock came meanwhile, locks it again and says so. */
  async function openUnlessLocked(open: () => Promise<ProfileSummary>): Promise<ProfileSummary> {
    const epoch = state.lockEpoch;
    const opened = await open().catch((error: unknown) => {
      keychainShown.failedWith(error);
      throw error;
    });
    if (state.lockEpoch === epoch) {
      // The codes screen asks for the codes next: make them now, alongside this answer.
      const book = profiles.open?.book;
      if (book !== undefined) {
        setImmediate(() => {
          if (profiles.open?.book === book) prepareCodeList(state, book);
        });
      }
      return opened;
    }
    if (profiles.open?.profile.id === opened.id) profiles.lockAll();
    throw lockedMeanwhile();
  }

  return {
    'profiles.list': async () => {
      let keychain = await keychainShown.reachability();
      let people: ProfileSummary[] = [];
      if (keychain.reachable) {
        try {
          // Reads each person's PIN state from the keychain: a keychain gone since the
          // success was remembered shows here.
          people = await profiles.list();
        } catch (error) {
          if (!isDeskIdError(error) || error.code !== 'keychain_unavailable') throw error;
          keychainShown.failedWith(error);
          keychain = keychainUnreachable(context.keychain, error);
        }
      }
      return {
        profiles: people,
        pinRequired: await profiles.pinRequired(),
        keychain:
          keychain.problem === undefined
            ? { reachable: keychain.reachable }
            : { reachable: keychain.reachable, problem: keychain.problem },
      };
    },
    'profiles.create': ({ name, pin }) => openUnlessLocked(() => profiles.create(name, pin)),
    'profiles.unlock': ({ id, pin }) => openUnlessLocked(() => profiles.unlock(id, pin)),
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
      const epoch = state.lockEpoch;
      const id = await resets.finish(newPin);
      // The new PIN is set; a lock during the re-key means the person opens it themselves.
      if (state.lockEpoch !== epoch) throw lockedMeanwhile();
      // The reset left the vault locked: open it with the new PIN, as the person would.
      return openUnlessLocked(() => profiles.unlock(id, newPin));
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

/** A lock came while the call waited: nothing is left open. */
function lockedMeanwhile(): DeskIdError {
  return new DeskIdError(
    'vault_locked',
    'DeskID locked while your profile was opening, so it stays locked. Choose your name and type your PIN again.',
  );
}
