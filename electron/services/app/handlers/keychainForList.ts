import type { AppInfo } from '../../../contract/appInfo';
import { DeskIdError } from '../../../contract/DeskIdError';
import type { Keychain } from '../../keychain/Keychain';
import { probeKeychain } from '../getAppInfo';

/** How long the people list takes a keychain that answered as still answering, in ms. */
export const keychainTrustedForMs = 30_000;

/** The keychain's reachability as the people list shows it (see {@link keychainForList}). */
export interface KeychainForList {
  /** Whether the keychain answers: probed, or a success less than {@link keychainTrustedForMs} old. */
  reachability(): Promise<AppInfo['keychain']>;
  /** Forgets a remembered success after `error`, when it says the keychain did not answer. */
  failedWith(error: unknown): void;
  /** Forgets a remembered success: the next list probes again. */
  forget(): void;
}

/**
 * Whether the OS keychain answers, for the people list only. A probe writes and deletes a
 * throw-away item (about 20 ms on the Secret Service here), and the list is loaded after
 * every lock and switch of person, often several times a minute on a shared desktop, so a
 * success is remembered for {@link keychainTrustedForMs}, counted from the probe's start on
 * a monotonic clock (a wall clock set back would stretch it). A failure never is: the next
 * list probes again, so a keychain unlocked meanwhile shows at once.
 * Nothing that uses a key relies on this: opening and creating a profile check the
 * keychain themselves (`UnlockedProfiles`, `Vault`). The handlers call
 * {@link KeychainForList.failedWith} when one of those, or the list's own reading of each
 * person's PIN state, finds the keychain gone, so the list says so at once; and they
 * forget on an OS lock or a suspend, when a keyring is often locked with the session.
 * Only an empty list with nothing tried can show a keychain gone meanwhile as there, for
 * at most 30 s.
 */
export function keychainForList(keychain: Keychain, now: () => number = () => performance.now()): KeychainForList {
  let trustedUntil = Number.NEGATIVE_INFINITY;
  // Lists asked at once (two windows, or a page and its reload) share one probe.
  let probing: Promise<AppInfo['keychain']> | undefined;
  // Moved on by every forget: a probe started before it may not be remembered after it.
  let generation = 0;
  const forget = () => {
    trustedUntil = Number.NEGATIVE_INFINITY;
    probing = undefined;
    generation += 1;
  };
  return {
    reachability() {
      if (now() < trustedUntil) return Promise.resolve({ reachable: true, backend: keychain.backend });
      if (probing !== undefined) return probing;
      const started = now();
      const asOf = generation;
      const probe = probeKeychain(keychain).then((answer) => {
        if (generation === asOf) {
          probing = undefined;
          if (answer.reachable) trustedUntil = started + keychainTrustedForMs;
        }
        return answer;
      });
      probing = probe;
      return probe;
    },
    failedWith(error) {
      if (error instanceof DeskIdError && error.code === 'keychain_unavailable') forget();
    },
    forget,
  };
}
