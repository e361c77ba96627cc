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
}

/**
 * Whether the OS keychain answers, for the people list only. A probe writes and deletes a
 * throw-away item (about 20 ms on the Secret Service here), and the list is loaded after
 * every lock and switch of person, often several times a minute on a shared desktop, so a
 * success is remembered for {@link keychainTrustedForMs}. A failure never is: the next list
 * probes again, so a keychain unlocked meanwhile shows at once.
 * Nothing that uses a key relies on this: opening, creating and erasing a profile check
 * the keychain themselves (`UnlockedProfiles`, `Vault`). When one of them finds it gone,
 * {@link KeychainForList.failedWith} forgets the success, so the list says so too.
 */
export function keychainForList(keychain: Keychain, now: () => number = Date.now): KeychainForList {
  let trustedUntil = Number.NEGATIVE_INFINITY;
  // Two lists asked at once (the header and the people screen) share one probe.
  let probing: Promise<AppInfo['keychain']> | undefined;
  return {
    async reachability() {
      if (now() < trustedUntil) return { reachable: true, backend: keychain.backend };
      probing ??= probeKeychain(keychain).finally(() => {
        probing = undefined;
      });
      const answer = await probing;
      if (answer.reachable) trustedUntil = now() + keychainTrustedForMs;
      return answer;
    },
    failedWith(error) {
      if (error instanceof DeskIdError && error.code === 'keychain_unavailable')
        trustedUntil = Number.NEGATIVE_INFINITY;
    },
  };
}
